// SPDX-License-Identifier: GPL-3.0-or-later
// Stops `tierscope` runs at a named point of core (core/storage/fault_point.h), so that a fault
// test kills a process or starts another one at a known moment rather than after a guessed delay.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace tierscope::test {

class FaultPause
{
public:
    // Runs started by start() stop at point (in folder, which must exist and be empty of
    // this point's files).
    FaultPause(const QString &folder, const QString &point);
    ~FaultPause(); // releases the point and kills what is still running

    // Starts tierscope with args (cliEnvironment() plus the pause); the process is owned here.
    QProcess *start(const QStringList &args);
    // Waits until count processes have reached the point; false after timeoutMs.
    bool waitReached(int count, int timeoutMs = 60'000) const;
    // Lets every process at the point (and any that reaches it later) go on.
    void release();

private:
    QString m_folder;
    QString m_point;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

// Waits for p to end; its exit code, or -1 when it crashed, was killed or did not end in time.
int finish(QProcess &p, int timeoutMs = 120'000);

} // namespace tierscope::test
