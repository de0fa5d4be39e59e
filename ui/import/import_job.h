// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/creator_importer.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

// Runs CreatorImporter on a worker thread through a connection of its own (opened and closed
// on that thread), so the window keeps responding. The import is one transaction: cancelled or
// failed, the workspace is as before.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    // The workspace must outlive the job (the main window refuses to close it while busy).
    ImportJob(const core::Workspace &workspace, const QString &csvPath,
              const core::ImportOptions &options, QObject *parent = nullptr);
    ~ImportJob() override; // cancels and waits

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }
    const QString &path() const { return m_path; }

signals:
    // The file is read twice (ImportProgress::Phase): first to learn how it writes numbers,
    // then to import; rows and bytesRead start again from 0 in the second phase. totalBytes is
    // -1 when unknown.
    void progress(const tierscope::core::ImportProgress &progress);
    void finished(const tierscope::core::Result<tierscope::core::ImportReport> &result);

private:
    core::Result<core::ImportReport> run(); // on the worker thread

    const core::Workspace &m_workspace;
    QString m_path;
    core::ImportOptions m_options;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel {false};
};

} // namespace tierscope::ui
