// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace tierscope::ui {

// Runs one backup operation of core (a copy of the workspace file, a restore) on a worker
// thread: copying a large workspace takes seconds and must not freeze the window. The work
// reaches the files through SQLite connections of its own, never the window's connection.
class BackupJob : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<core::Result<QString>()>;

    explicit BackupJob(Work work, QObject *parent = nullptr);
    ~BackupJob() override; // waits for the work: a copy is never left half-written

    void start();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void finished(const tierscope::core::Result<QString> &result);

private:
    Work m_work;
    QThread *m_thread = nullptr;
};

} // namespace tierscope::ui
