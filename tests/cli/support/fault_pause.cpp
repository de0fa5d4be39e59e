// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/support/fault_pause.h"

#include "tests/cli/support/cli_run.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

namespace tierscope::test {

FaultPause::FaultPause(const QString &folder, const QString &point)
    : m_folder(folder), m_point(point)
{
}

FaultPause::~FaultPause()
{
    release();
    for (auto &p : m_processes) {
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(10'000);
        }
    }
}

QProcess *FaultPause::start(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("TIERSCOPE_FAULT_PAUSE"), m_point);
    env.insert(QStringLiteral("TIERSCOPE_FAULT_DIR"), m_folder);
    p->setProcessEnvironment(env);
    p->setProgram(tierscopeBinary());
    p->setArguments(args);
    p->start();
    p->waitForStarted();
    m_processes.push_back(std::move(p));
    return m_processes.back().get();
}

bool FaultPause::waitReached(int count, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    const QStringList pattern{m_point + QStringLiteral(".reached.*")};
    while (QDir(m_folder).entryList(pattern, QDir::Files).size() < count) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(10);
    }
    return true;
}

void FaultPause::release()
{
    QFile go(m_folder + u'/' + m_point + QStringLiteral(".go"));
    if (go.open(QIODevice::WriteOnly))
        go.close();
}

int finish(QProcess &p, int timeoutMs)
{
    if (!p.waitForFinished(timeoutMs) && p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(10'000);
        return -1;
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace tierscope::test
