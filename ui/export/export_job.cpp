// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/export_job.h"

#include "core/io/creator_csv_exporter.h"
#include "core/storage/workspace.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

namespace tierscope::ui {

ExportJob::ExportJob(const core::Workspace &workspace, const Request &request, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_request(request)
{
}

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

core::Result<qint64> ExportJob::run()
{
    const core::Error cancelled {core::Error::Code::Cancelled,
                                 tr("The export was cancelled; no file was written.")};
    if (m_cancel)
        return cancelled;
    QSaveFile file(m_request.path);
    if (!file.open(QIODevice::WriteOnly)) {
        return core::Error {core::Error::Code::Io,
                            tr("Cannot write “%1”: %2. Choose a folder you may write to.")
                                .arg(QFileInfo(m_request.path).fileName(), file.errorString())};
    }
    const QString connection = QStringLiteral("tierscope-export-%1").arg(quintptr(this), 0, 16);
    core::Result<qint64> written = cancelled;
    {
        const auto db = m_workspace.openWorkerConnection(connection);
        if (!db) {
            written = db.error();
        } else {
            core::CsvExportOptions options;
            options.byteOrderMark = m_request.byteOrderMark;
            options.progress = [this](qint64 rows) {
                QMetaObject::invokeMethod(
                    this, [this, rows] { emit progress(rows); }, Qt::QueuedConnection);
                return !m_cancel.load();
            };
            written = core::CreatorCsvExporter::exportCreators(*db, m_request.filter,
                                                               m_request.scheme, &file, options);
        }
    } // every handle on the connection is gone before it is removed
    core::Workspace::closeConnection(connection);
    if (!written) {
        file.cancelWriting();
        if (written.error().code == core::Error::Code::Cancelled)
            return cancelled;
        return written;
    }
    if (!file.commit()) {
        return core::Error {core::Error::Code::Io,
                            tr("Cannot write “%1”: %2.")
                                .arg(QFileInfo(m_request.path).fileName(), file.errorString())};
    }
    return written;
}

void ExportJob::start()
{
    if (m_thread)
        return;
    m_cancel = false;
    m_thread = QThread::create([this] {
        const core::Result<qint64> result = run();
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
    m_thread->setObjectName(QStringLiteral("csv-export"));
    m_thread->start();
}

} // namespace tierscope::ui
