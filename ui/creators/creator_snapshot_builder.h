// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/tier_scheme.h"
#include "core/storage/creator_filter.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

// Builds the id snapshot of a filter and sort (every matching id in page order, which also gives
// the count) on a worker thread with its own connection, so the view never waits for a pass over
// a million rows. A new request cancels the one in progress; only the newest is answered.
class CreatorSnapshotBuilder : public QObject
{
    Q_OBJECT
public:
    explicit CreatorSnapshotBuilder(QObject *parent = nullptr);
    ~CreatorSnapshotBuilder() override;

    void setWorkspace(core::Workspace *workspace); // cancels and stops work for the previous one
    // Counts all creators and lists the ids of those matching in sort order (only counts them
    // when withIds is false); answers with built(generation, …).
    void request(quint64 generation, const core::CreatorFilter &filter,
                 const core::TierScheme &scheme, const core::CreatorSort &sort, bool withIds);
    void cancel(); // the request in progress stops and is not answered

signals:
    // total or shown is -1 when it could not be read; then `error` says why. `ids` is empty
    // unless asked for.
    void built(quint64 generation, qint64 total, qint64 shown, const QList<qint64> &ids,
               const QString &error);

private:
    struct Worker;
    void stop();

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread
    std::shared_ptr<Worker> m_worker;
    std::shared_ptr<std::atomic_bool> m_cancel; // of the newest request
};

} // namespace tierscope::ui
