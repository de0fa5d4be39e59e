// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/creators/creator_snapshot_builder.h"

#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"

#include <QThread>

namespace tierscope::ui {

// The worker's state; touched on the worker thread only.
struct CreatorSnapshotBuilder::Worker
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

CreatorSnapshotBuilder::CreatorSnapshotBuilder(QObject *parent) : QObject(parent) {}

CreatorSnapshotBuilder::~CreatorSnapshotBuilder()
{
    stop();
}

void CreatorSnapshotBuilder::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
}

void CreatorSnapshotBuilder::stop()
{
    if (!m_thread)
        return;
    cancel(); // a snapshot in progress stops at its next progress check
    // Closing happens on the worker thread, after the work in progress.
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

void CreatorSnapshotBuilder::setWorkspace(core::Workspace *workspace)
{
    stop();
    if (!workspace)
        return;
    static std::atomic_int serial{0};
    m_worker = std::make_shared<Worker>();
    m_worker->workspace = workspace;
    m_worker->connectionName = QStringLiteral("tierscope-snapshot-%1").arg(++serial);
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("creator-snapshot"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

void CreatorSnapshotBuilder::request(quint64 generation, const core::CreatorFilter &filter,
                                     const core::TierScheme &scheme,
                                     const core::CreatorSort &sort, bool withIds)
{
    if (!m_thread)
        return;
    cancel();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelled;
    QMetaObject::invokeMethod(m_context, [this, worker = m_worker, cancelled, generation, filter,
                                          scheme, sort, withIds] {
        if (cancelled->load())
            return; // a newer request is queued behind this one
        qint64 total = -1;
        qint64 shown = -1;
        QList<qint64> ids;
        QString error;
        const auto db = worker->connection();
        if (!db) {
            error = db.error().message;
        } else {
            const core::CreatorRepository repo(*db);
            const auto all = repo.totalCount();
            total = all ? *all : -1;
            if (!all) {
                error = all.error().message;
            } else if (withIds) {
                auto ordered = repo.orderedIds(filter, scheme, sort, cancelled.get());
                if (ordered) {
                    ids = std::move(ordered).value();
                    shown = ids.size();
                } else {
                    error = ordered.error().message;
                }
            } else {
                const auto matching = filter.isEmpty() ? all : repo.count(filter, scheme);
                shown = matching ? *matching : -1;
                if (!matching)
                    error = matching.error().message;
            }
        }
        if (cancelled->load())
            return;
        // `this` outlives the worker thread (stop() waits for it), so the post is safe. The
        // flag is read again on the UI thread, where cancel() runs: a cancelled answer never
        // arrives.
        QMetaObject::invokeMethod(
            this,
            [this, cancelled, generation, total, shown, ids, error] {
                if (!cancelled->load())
                    emit built(generation, total, shown, ids, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace tierscope::ui
