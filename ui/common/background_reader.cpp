// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/background_reader.h"

#include "core/storage/workspace.h"

#include <QThread>

namespace tierscope::ui {

// The worker's state; touched on the worker thread only.
struct BackgroundReader::Worker
{
    core::Workspace *workspace = nullptr;
    QString connectionName;
    QSqlDatabase db;

    QSqlDatabase connection()
    {
        if (!db.isOpen()) {
            auto opened = workspace->openWorkerConnection(connectionName);
            db = opened ? *opened : QSqlDatabase();
        }
        return db;
    }
    void close()
    {
        if (!db.isValid())
            return;
        db = QSqlDatabase();
        core::Workspace::closeConnection(connectionName);
    }
};

BackgroundReader::BackgroundReader(QString name, QObject *parent)
    : QObject(parent), m_name(std::move(name))
{
}

BackgroundReader::~BackgroundReader()
{
    stop();
}

void BackgroundReader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    setPending(0);
}

void BackgroundReader::stop()
{
    if (!m_thread)
        return;
    cancel();
    // The connection is closed on the thread that opened it, after the work in progress.
    QMetaObject::invokeMethod(m_context, [worker = m_worker] { worker->close(); },
                              Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
    m_context = nullptr;
    m_thread = nullptr;
    m_worker.reset();
}

void BackgroundReader::setWorkspace(core::Workspace *workspace)
{
    stop();
    if (!workspace)
        return;
    static std::atomic_int serial{0};
    m_worker = std::make_shared<Worker>();
    m_worker->workspace = workspace;
    m_worker->connectionName = QStringLiteral("tierscope-%1-%2").arg(m_name).arg(++serial);
    m_thread = new QThread;
    m_thread->setObjectName(m_name);
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

void BackgroundReader::setPending(int pending)
{
    const bool wasBusy = isBusy();
    m_pending = pending;
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

void BackgroundReader::post(Job job)
{
    if (!m_thread)
        return;
    if (m_cancel)
        m_cancel->store(true);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelled;
    setPending(1);
    QMetaObject::invokeMethod(m_context, [this, worker = m_worker, cancelled,
                                          job = std::move(job)] {
        if (cancelled->load())
            return; // a newer request is queued behind this one
        std::function<void()> deliver = job(worker->connection());
        if (cancelled->load())
            return;
        // `this` outlives the worker thread (stop() waits for it). The flag is read again on
        // this object's thread, where cancel() runs.
        QMetaObject::invokeMethod(
            this,
            [this, cancelled, deliver = std::move(deliver)] {
                if (cancelled->load())
                    return;
                m_cancel.reset();
                setPending(0);
                deliver();
            },
            Qt::QueuedConnection);
    });
}

} // namespace tierscope::ui
