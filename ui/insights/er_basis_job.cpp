// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/er_basis_job.h"

#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"
#include "ui/common/background_reader.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace tierscope::ui {

core::Status ErBasisJob::run(core::Workspace &workspace, const core::ErBases &bases,
                             QWidget *parent, bool cancellable)
{
    constexpr int kSteps = 1000;
    // Declared before the worker, which waits for its thread when it goes: progress posted to
    // `receiver` is then either delivered or dropped with it, never sent to a dead object.
    QObject receiver;
    QPointer<QProgressDialog> dialog;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    std::optional<core::Status> result;
    QEventLoop loop;
    BackgroundReader worker(QStringLiteral("er-basis"));
    worker.setWorkspace(&workspace);

    core::WorkspaceEvents *events = workspace.events();
    QObject *progressTarget = &receiver;
    QPointer<QProgressDialog> *shown = &dialog;
    worker.request(
        [bases, cancel, events, progressTarget, shown](const QSqlDatabase &db) {
            // The signals are emitted on this thread and reach the window's objects queued.
            return core::SettingsRepository(db, events)
                .setErBases(bases, [=](qint64 done, qint64 total) {
                    const int value = total > 0 ? int(double(done) / double(total) * kSteps) : 0;
                    QMetaObject::invokeMethod(
                        progressTarget,
                        [shown, value] {
                            if (*shown)
                                (*shown)->setValue(value);
                        },
                        Qt::QueuedConnection);
                    return !cancel->load();
                });
        },
        [&result, &loop](core::Status status) {
            result = std::move(status);
            loop.quit();
        });

    // First without user input: most recomputes end before anything needs showing.
    QTimer::singleShot(kShowAfterMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!result) {
        QProgressDialog progress(tr("Recomputing engagement rates on the new basis…"),
                                 cancellable ? tr("Cancel") : QString(), 0, kSteps, parent);
        progress.setWindowTitle(tr("ER Basis"));
        progress.setWindowModality(Qt::ApplicationModal);
        progress.setMinimumDuration(0);
        progress.setAutoClose(false);
        progress.setAutoReset(false);
        if (!cancellable)
            progress.setCancelButton(nullptr);
        QObject::connect(&progress, &QProgressDialog::canceled, &receiver, [&progress, cancel] {
            cancel->store(true);
            // Cancel hides the dialog; it stays up, without the button, until the worker stops
            // (the button is removed after its own signal has returned).
            QMetaObject::invokeMethod(
                &progress,
                [&progress] {
                    progress.setCancelButton(nullptr);
                    progress.setLabelText(tr("Cancelling…"));
                    progress.show();
                },
                Qt::QueuedConnection);
        });
        dialog = &progress;
        progress.show();
        while (!result)
            loop.exec();
        dialog = nullptr;
    }
    return *result;
}

} // namespace tierscope::ui
