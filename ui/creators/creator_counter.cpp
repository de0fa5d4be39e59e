// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/creators/creator_counter.h"

#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"

#include <QThread>

namespace tierscope::ui {

// The worker's state; touched on the worker thread only.
struct CreatorCounter::Worker
{
    core::Workspace *workspace = nullptr;
    QString connectionName;
    QSqlDatabase db;

    core::Result<QSqlDatabase> connection()
    {
        if (db.isOpen())
            return db;
        auto opened = workspace->openWorkerConnection(connectionName);
        if (opened)
            db = *opened;
        return opened;
    }
    void close()
    {
        if (!db.isValid())
            return;
        db = QSqlDatabase();
        core::Workspace::closeConnection(connectionName);
    }
};

CreatorCounter::CreatorCounter(QObject *parent)
    : QObject(parent), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
}

CreatorCounter::~CreatorCounter()
{
    stop();
}

void CreatorCounter::stop()
{
    if (!m_thread)
        return;
    // Closing happens on the worker thread, after any count in progress.
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

void CreatorCounter::setWorkspace(core::Workspace *workspace)
{
    stop();
    if (!workspace)
        return;
    static std::atomic_int serial{0};
    m_worker = std::make_shared<Worker>();
    m_worker->workspace = workspace;
    m_worker->connectionName = QStringLiteral("tierscope-count-%1").arg(++serial);
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("creator-count"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

void CreatorCounter::request(quint64 generation, const core::CreatorFilter &filter,
                             const core::TierScheme &scheme)
{
    if (!m_thread)
        return;
    m_latest->store(generation);
    QMetaObject::invokeMethod(m_context, [this, worker = m_worker, latest = m_latest, generation,
                                          filter, scheme] {
        if (latest->load() != generation)
            return; // a newer request is queued behind this one
        qint64 total = -1;
        qint64 shown = -1;
        QString error;
        const auto db = worker->connection();
        if (!db) {
            error = db.error().message;
        } else {
            const core::CreatorRepository repo(*db);
            const auto all = repo.totalCount();
            const auto matching = filter.isEmpty() ? all : repo.count(filter, scheme);
            total = all ? *all : -1;
            shown = matching ? *matching : -1;
            if (!all || !matching)
                error = (all ? matching.error() : all.error()).message;
        }
        if (latest->load() != generation)
            return;
        // `this` outlives the worker thread (stop() waits for it), so the post is safe.
        QMetaObject::invokeMethod(this, [this, generation, total, shown, error] {
            emit counted(generation, total, shown, error);
        }, Qt::QueuedConnection);
    });
}

} // namespace tierscope::ui
