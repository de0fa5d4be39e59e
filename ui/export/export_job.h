// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/tier_scheme.h"
#include "core/storage/creator_filter.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

// Writes the creators that match a filter to a CSV file (CreatorCsvExporter) on a worker thread
// through a connection of its own. The file is written beside the target and renamed at the
// end (QSaveFile): cancelled or failed, no half-written file is left.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString path;
        core::CreatorFilter filter;
        core::TierScheme scheme;
        bool byteOrderMark = false;
    };

    // The workspace must outlive the job (the main window refuses to close it while busy).
    ExportJob(const core::Workspace &workspace, const Request &request, QObject *parent = nullptr);
    ~ExportJob() override; // cancels and waits

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }
    const Request &request() const { return m_request; }

signals:
    void progress(qint64 written);
    void finished(const tierscope::core::Result<qint64> &written);

private:
    core::Result<qint64> run(); // on the worker thread

    const core::Workspace &m_workspace;
    Request m_request;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel {false};
};

} // namespace tierscope::ui
