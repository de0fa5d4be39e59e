// SPDX-License-Identifier: GPL-3.0-or-later
// tierscope backup / tierscope restore, as a user runs them: the real binary, real files.
#include "core/storage/workspace.h"
#include "core/storage/workspace_backup.h"
#include "tests/cli/support/cli_run.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::core;
using namespace tierscope::test;

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
        QCOMPARE(creatorCount(backups[0]), 50);

        {   // later work: 50 → 40 creators
            auto open = Workspace::open(ws);
            QVERIFY(open);
            QSqlQuery q((*open)->database());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM creators WHERE id IN "
                                          "(SELECT id FROM creators ORDER BY id LIMIT 10)")));
        }
        QCOMPARE(creatorCount(ws), 40);
        const Run restore = runTierscope({QStringLiteral("restore"), backups[0],
                                          QStringLiteral("--workspace"), ws});
        QCOMPARE(restore.exitCode, 0);
        QCOMPARE(creatorCount(ws), 50);
        const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("plan.tierscope.before-restore-*")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(creatorCount(dir.filePath(kept[0])), 40);
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
        const QByteArray before = readFile(ws);
        const QString junk = dir.filePath(QStringLiteral("junk.tierscope"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("platform,handle\ninstagram,anna\n");
        f.close();
        const Run r = runTierscope({QStringLiteral("restore"), junk, QStringLiteral("--workspace"), ws});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("tierscope restore: ")), qPrintable(r.err));
        QCOMPARE(readFile(ws), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 (QStringList{QStringLiteral("junk.tierscope"), QStringLiteral("plan.tierscope")}));
        QCOMPARE(runTierscope({QStringLiteral("restore"), QStringLiteral("--workspace"), ws}).exitCode,
                 2); // no backup named
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
