// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace tierscope::ui {

// Writes the sample creators, shortlists and campaigns into an empty workspace on a worker
// thread, through the thread's own connection, so the window keeps responding.
class SampleWorkspaceJob : public QObject
{
    Q_OBJECT
public:
    SampleWorkspaceJob(const QString &workspacePath, qint64 creators, QObject *parent = nullptr);
    ~SampleWorkspaceJob() override; // cancels and waits

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }
    qint64 creators() const { return m_creators; }

signals:
    void progress(qint64 written);
    void finished(const tierscope::core::Status &status); // Cancelled when cancelled

private:
    core::Status run(); // on the worker thread

    QString m_path;
    qint64 m_creators;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};

} // namespace tierscope::ui
