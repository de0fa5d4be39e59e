// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/tier_scheme.h"
#include "core/storage/creator_filter.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

// Counts creators on a worker thread with its own connection, so typing in the filters never
// waits for a count over a million rows. Only the newest request is answered.
class CreatorCounter : public QObject
{
    Q_OBJECT
public:
    explicit CreatorCounter(QObject *parent = nullptr);
    ~CreatorCounter() override;

    void setWorkspace(core::Workspace *workspace); // stops counting for the previous one
    // Counts all creators and those matching the filter; answers with counted(generation, …).
    void request(quint64 generation, const core::CreatorFilter &filter,
                 const core::TierScheme &scheme);

signals:
    // total or shown is -1 when it could not be counted; then `error` says why.
    void counted(quint64 generation, qint64 total, qint64 shown, const QString &error);

private:
    struct Worker;
    void stop();

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread
    std::shared_ptr<Worker> m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace tierscope::ui
