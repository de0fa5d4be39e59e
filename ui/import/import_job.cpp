// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/import_job.h"

#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"

#include <QThread>

namespace tierscope::ui {

ImportJob::ImportJob(const core::Workspace &workspace, const QString &csvPath,
                     const core::ImportOptions &options, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_path(csvPath)
    , m_options(options)
{
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

core::Result<core::ImportReport> ImportJob::run()
{
    const auto cancelled = [] {
        return core::Error {core::Error::Code::Cancelled,
                            tr("The import was cancelled; the workspace is unchanged.")};
    };
    if (m_cancel)
        return cancelled();
    const QString connection = QStringLiteral("tierscope-import-%1").arg(quintptr(this), 0, 16);
    core::Result<core::ImportReport> result = cancelled();
    {
        const auto db = m_workspace.openWorkerConnection(connection);
        if (!db) {
            result = db.error();
        } else {
            core::ImportOptions options = m_options;
            // The workspace's settings as this connection reads them, whatever the dialog knew.
            const core::SettingsRepository settings(*db);
            if (const auto currency = settings.defaultCurrency())
                options.defaultCurrency = *currency;
            if (const auto bases = settings.erBases())
                options.erBases = *bases;
            options.progress = [this](const core::ImportProgress &p) {
                QMetaObject::invokeMethod(
                    this, [this, p] { emit progress(p); }, Qt::QueuedConnection);
                return !m_cancel.load();
            };
            result = core::CreatorImporter::run(*db, m_path, options);
        }
    } // every handle on the connection is gone before it is removed
    core::Workspace::closeConnection(connection);
    return result;
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_cancel = false;
    m_thread = QThread::create([this] {
        const core::Result<core::ImportReport> result = run();
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                emit finished(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("csv-import"));
    m_thread->start();
}

} // namespace tierscope::ui
