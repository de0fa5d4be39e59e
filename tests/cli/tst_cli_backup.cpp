// SPDX-License-Identifier: GPL-3.0-or-later
// tierscope backup / tierscope restore, as a user runs them: the real binary, real files.
#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"
#include "core/storage/workspace_backup.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::core;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runTierscope(const QStringList &args)
{
    QProcess p;
    p.setProgram(qEnvironmentVariable("TIERSCOPE_BIN"));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), QDir::tempPath() + QStringLiteral("/tierscope-cli-home"));
    p.setProcessEnvironment(env);
    p.start();
    p.waitForFinished(120'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

qint64 countIn(const QString &path)
{
    auto ws = Workspace::open(path, Workspace::Mode::ReadOnly);
    return ws ? CreatorRepository((*ws)->database()).totalCount().value() : -1;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariable("TIERSCOPE_BIN").isEmpty(), "TIERSCOPE_BIN must name the binary");
    }

    void backupThenRestore_bringsTheDataBackAndKeepsTheReplacedFile()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("plan.tierscope"));
        QCOMPARE(runTierscope({QStringLiteral("demo"), QStringLiteral("--creators"),
                               QStringLiteral("50"), QStringLiteral("--workspace"), ws})
                     .exitCode,
                 0);
        const Run backup = runTierscope({QStringLiteral("backup"), QStringLiteral("--workspace"), ws});
        QCOMPARE(backup.exitCode, 0);
        const QStringList backups = WorkspaceBackup::backups(ws);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(WorkspaceBackup::kindOf(backups[0]), WorkspaceBackup::Kind::Manual);
        QCOMPARE(backup.out, QStringLiteral("Backed up to %1\n").arg(backups[0]));
        QCOMPARE(countIn(backups[0]), 50);

        {   // later work: 50 → 40 creators
            auto open = Workspace::open(ws);
            QVERIFY(open);
            QSqlQuery q((*open)->database());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM creators WHERE id IN "
                                          "(SELECT id FROM creators ORDER BY id LIMIT 10)")));
        }
        QCOMPARE(countIn(ws), 40);
        const Run restore = runTierscope({QStringLiteral("restore"), backups[0],
                                          QStringLiteral("--workspace"), ws});
        QCOMPARE(restore.exitCode, 0);
        QCOMPARE(countIn(ws), 50);
        const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("plan.tierscope.before-restore-*")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(countIn(dir.filePath(kept[0])), 40);
        QVERIFY2(restore.out.contains(kept[0]), qPrintable(restore.out));
    }

    void restore_refusesAFileThatIsNotABackupAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("plan.tierscope"));
        QCOMPARE(runTierscope({QStringLiteral("demo"), QStringLiteral("--creators"),
                               QStringLiteral("20"), QStringLiteral("--workspace"), ws})
                     .exitCode,
                 0);
        const QByteArray before = bytesOf(ws);
        const QString junk = dir.filePath(QStringLiteral("junk.tierscope"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("platform,handle\ninstagram,anna\n");
        f.close();
        const Run r = runTierscope({QStringLiteral("restore"), junk, QStringLiteral("--workspace"), ws});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("tierscope restore: ")), qPrintable(r.err));
        QCOMPARE(bytesOf(ws), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 (QStringList{QStringLiteral("junk.tierscope"), QStringLiteral("plan.tierscope")}));
        QCOMPARE(runTierscope({QStringLiteral("restore"), QStringLiteral("--workspace"), ws}).exitCode,
                 2); // no backup named
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
