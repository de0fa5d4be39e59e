// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/support/cli_run.h"

#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tierscope::test {

QString tierscopeBinary()
{
    return qEnvironmentVariable("TIERSCOPE_BIN");
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, QDir::tempPath() + u"/tierscope-cli-home"_s);
    return env;
}

Run runProgram(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessEnvironment(cliEnvironment());
    p.start();
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Run runTierscope(const QStringList &args, int timeoutMs)
{
    return runProgram(tierscopeBinary(), args, timeoutMs);
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

qint64 creatorCount(const QString &workspace)
{
    auto ws = core::Workspace::open(workspace, core::Workspace::Mode::ReadOnly);
    if (!ws)
        return -1;
    const auto n = core::CreatorRepository((*ws)->database()).totalCount();
    return n ? *n : -1;
}

bool runSqlOnFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tierscope-test-sql");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                qWarning().noquote() << sql << q.lastError().text();
                ok = false;
            }
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace tierscope::test
