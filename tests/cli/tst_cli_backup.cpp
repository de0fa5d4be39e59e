// SPDX-License-Identifier: GPL-3.0-or-later
// tierscope backup / tierscope restore, as a user runs them: the real binary, real files. With
// other processes: this test as a writer holding the workspace, a second `tierscope`, kill -9
// at points where core pauses for the test (tests/cli/support/fault_pause.h).
#include "core/storage/workspace.h"
#include "core/storage/workspace_backup.h"
#include "tests/cli/support/cli_run.h"
#include "tests/cli/support/fault_pause.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace tierscope::core;
using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

// A demo workspace of n creators at dir/name.
QString demoWorkspace(const QTemporaryDir &dir, int n, const QString &name = u"plan.tierscope"_s)
{
    const QString ws = dir.filePath(name);
    const Run r = runTierscope({u"demo"_s, u"--creators"_s, QString::number(n), u"--workspace"_s, ws});
    return r.exitCode == 0 ? ws : QString();
}

// A manual backup through the binary; its path ("" on failure).
QString backupOf(const QString &ws)
{
    const Run r = runTierscope({u"backup"_s, u"--workspace"_s, ws});
    const QStringList backups = WorkspaceBackup::backups(ws);
    return r.exitCode == 0 && !backups.isEmpty() ? backups.constFirst() : QString();
}

// Deletes the n creators with the smallest ids, as later work on the workspace.
bool deleteCreators(const QString &ws, int n)
{
    auto open = Workspace::open(ws);
    if (!open)
        return false;
    QSqlQuery q((*open)->database());
    // Not the demo's roster and shortlist creators, whom the campaigns and lists keep.
    return q.exec(u"DELETE FROM creators WHERE id IN (SELECT id FROM creators WHERE id NOT IN "
                  "(SELECT creator_id FROM roster_entries) AND id NOT IN (SELECT creator_id FROM "
                  "shortlist_entries) ORDER BY id LIMIT %1)"_s.arg(n))
           && q.numRowsAffected() == n;
}

QStringList filesIn(const QString &folder, QDir::Filters extra = {})
{
    return QDir(folder).entryList(QDir::Files | extra, QDir::Name);
}

QStringList keptFiles(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({u"plan.tierscope.before-restore-*"_s}, QDir::Files, QDir::Name);
}

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

// Another program's connection to the workspace (this test process), closed when it goes.
class Writer
{
public:
    explicit Writer(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        m_open = db.open();
    }
    ~Writer()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    qint64 count()
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(u"SELECT count(*) FROM creators"_s) && q.next() ? q.value(0).toLongLong() : -1;
    }

private:
    QString m_name = u"writer"_s;
    bool m_open = false;
};

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

    // The hostile case: an import (here this test, holding the write lock) is writing while a
    // restore starts. The restore must not go ahead underneath it: it gives up after the busy
    // timeout, says why, and nothing changes; the writer's rows then land in the workspace.
    void restore_whileAnotherProcessWrites_isRefusedAsInUse()
    {
        QTemporaryDir dir;
        const QString ws = demoWorkspace(dir, 50);
        QVERIFY(!ws.isEmpty());
        const QString backup = backupOf(ws);
        QVERIFY(!backup.isEmpty());
        {
            Writer writer(ws);
            QVERIFY(writer.isOpen());
            QVERIFY(writer.exec(u"BEGIN IMMEDIATE"_s));
            QVERIFY(writer.exec(u"DELETE FROM creators WHERE id IN (SELECT id FROM creators ORDER BY id LIMIT 5)"_s));
            const Run r = runTierscope({u"restore"_s, backup, u"--workspace"_s, ws});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"is in use by another process"_s), qPrintable(r.err));
            QVERIFY2(r.err.contains(u"the workspace is as it was"_s), qPrintable(r.err));
            QCOMPARE(keptFiles(dir), QStringList());
            QVERIFY(writer.exec(u"COMMIT"_s)); // the writer's work is not lost
        }
        QCOMPARE(creatorCount(ws), 45);
        for (const QString &f : filesIn(dir.path(), QDir::Hidden))
            QVERIFY2(f == u"plan.tierscope"_s || f == u"plan.tierscope-wal"_s || f == u"plan.tierscope-shm"_s,
                     qPrintable(f));
    }

    // A process that had the workspace open before the restore and writes after it: its
    // connection still refers to the file it opened. Its rows must land in the restored
    // workspace, not in a file that was swapped out underneath it.
    void restore_keepsWhatAnotherProcessWritesAfterIt()
    {
        QTemporaryDir dir;
        const QString ws = demoWorkspace(dir, 50);
        QVERIFY(!ws.isEmpty());
        const QString backup = backupOf(ws);
        QVERIFY(!backup.isEmpty());
        QVERIFY(deleteCreators(ws, 10));
        Writer writer(ws);
        QVERIFY(writer.isOpen());
        QCOMPARE(writer.count(), 40);

        const Run r = runTierscope({u"restore"_s, backup, u"--workspace"_s, ws});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(writer.count(), 50); // it sees the restored workspace
        QVERIFY(writer.exec(u"DELETE FROM creators WHERE id IN (SELECT id FROM creators ORDER BY id LIMIT 3)"_s));
        QCOMPARE(creatorCount(ws), 47);
        const QStringList kept = keptFiles(dir);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(creatorCount(dir.filePath(kept[0])), 40);
    }

    // While a restore holds the workspace (stopped there), an import in a third process fails
    // loudly instead of reporting success for rows that would then be in neither file.
    void restore_holdingTheLock_makesAConcurrentImportFail()
    {
        QTemporaryDir dir;
        const QString ws = demoWorkspace(dir, 50);
        QVERIFY(!ws.isEmpty());
        const QString backup = backupOf(ws);
        QVERIFY(!backup.isEmpty());
        const QString csv = dir.filePath(u"more.csv"_s);
        QVERIFY(writeFile(csv, "platform,handle,followers\ntiktok,late_one,12000\ntiktok,late_two,13000\n"));
        QVERIFY(QDir(dir.path()).mkdir(u"faults"_s));
        FaultPause pause(dir.filePath(u"faults"_s), u"restore-locked"_s);
        QProcess *restore = pause.start({u"restore"_s, backup, u"--workspace"_s, ws});
        QVERIFY(pause.waitReached(1));

        const Run import = runTierscope({u"import"_s, csv, u"--workspace"_s, ws});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(u"locked by another program"_s), qPrintable(import.err));
        pause.release();
        QCOMPARE(finish(*restore), 0);
        QCOMPARE(creatorCount(ws), 50);
        const QStringList kept = keptFiles(dir);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(creatorCount(dir.filePath(kept[0])), 50);
    }

    // Two restores at once, many times: one after the other, or the second refused as in use;
    // the workspace is there after every round, whole, and each restore kept its own copy.
    void restore_twoAtOnce_neverLoseTheWorkspace()
    {
        QTemporaryDir dir;
        const QString ws = demoWorkspace(dir, 30);
        QVERIFY(!ws.isEmpty());
        const QString backup = backupOf(ws);
        QVERIFY(!backup.isEmpty());
        int restored = 0;
        for (int round = 0; round < 12; ++round) {
            QProcess a, b;
            for (QProcess *p : {&a, &b}) {
                p->setProcessEnvironment(cliEnvironment());
                p->start(tierscopeBinary(), {u"restore"_s, backup, u"--workspace"_s, ws});
            }
            for (QProcess *p : {&a, &b}) {
                const int code = finish(*p);
                const QString err = QString::fromUtf8(p->readAllStandardError());
                QVERIFY2(code == 0 || (code == 1 && err.contains(u"in use by another process"_s)),
                         qPrintable(u"round %1: exit %2: %3"_s.arg(round).arg(code).arg(err)));
                restored += code == 0;
            }
            QVERIFY2(QFileInfo::exists(ws), qPrintable(u"round %1: the workspace is gone"_s.arg(round)));
            QCOMPARE(creatorCount(ws), 30);
            QCOMPARE(keptFiles(dir).size(), restored);
        }
        qInfo("%d of 24 restores went through (the rest were refused as in use)", restored);
        QVERIFY(restored >= 12);
        for (const QString &f : filesIn(dir.path(), QDir::Hidden))
            QVERIFY2(!f.contains(u"restoring"_s) && !f.endsWith(u".partial"_s), qPrintable(f));
    }

    // kill -9 while the backup's pages are going into the workspace: the write transaction
    // never committed, so the workspace is exactly as before; the next restore works.
    void restore_killedWhileCopying_leavesTheWorkspaceAsItWas()
    {
        QTemporaryDir dir;
        const QString ws = demoWorkspace(dir, 6000); // several copy steps
        QVERIFY(!ws.isEmpty());
        const QString backup = backupOf(ws);
        QVERIFY(!backup.isEmpty());
        QVERIFY(deleteCreators(ws, 1000));
        QVERIFY(QDir(dir.path()).mkdir(u"faults"_s));
        {
            FaultPause pause(dir.filePath(u"faults"_s), u"restore-copying"_s);
            QProcess *restore = pause.start({u"restore"_s, backup, u"--workspace"_s, ws});
            QVERIFY(pause.waitReached(1));
            restore->kill();
            QCOMPARE(finish(*restore), -1);
        }
        QCOMPARE(creatorCount(ws), 5000);
        const Run stats = runTierscope({u"stats"_s, u"--workspace"_s, ws});
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QVERIFY2(stats.out.contains(u"5,000"_s), qPrintable(stats.out));
        // The copy it kept under the lock is complete (it was renamed before the copying began).
        const QStringList kept = keptFiles(dir);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(creatorCount(dir.filePath(kept[0])), 5000);
        const Run again = runTierscope({u"restore"_s, backup, u"--workspace"_s, ws});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(creatorCount(ws), 6000);
    }

    // kill -9 while a restore copies the current workspace aside: the copy is a temporary,
    // never a "before-restore" file that looks whole; the workspace is untouched.
    void restore_killedWhileKeepingTheCurrentFile_leavesNoHalfCopy()
    {
        QTemporaryDir dir;
        const QString ws = demoWorkspace(dir, 6000);
        QVERIFY(!ws.isEmpty());
        const QString backup = backupOf(ws);
        QVERIFY(!backup.isEmpty());
        QVERIFY(deleteCreators(ws, 1000));
        QVERIFY(QDir(dir.path()).mkdir(u"faults"_s));
        {
            FaultPause pause(dir.filePath(u"faults"_s), u"backup-copying"_s);
            QProcess *restore = pause.start({u"restore"_s, backup, u"--workspace"_s, ws});
            QVERIFY(pause.waitReached(1));
            restore->kill();
            QCOMPARE(finish(*restore), -1);
        }
        QCOMPARE(keptFiles(dir), QStringList());
        QCOMPARE(creatorCount(ws), 5000);
        QVERIFY(QDir(dir.path()).entryList({u".*.partial"_s}, QDir::Files | QDir::Hidden).size() == 1);
        const Run again = runTierscope({u"restore"_s, backup, u"--workspace"_s, ws});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(creatorCount(ws), 6000);
        // The next run removed the killed one's temporary.
        QCOMPARE(QDir(dir.path()).entryList({u".*.partial"_s}, QDir::Files | QDir::Hidden), QStringList());
    }

    // kill -9 in the middle of `tierscope backup`: no file under a backup's name; the backup
    // list (CLI and the Restore dialog's core listing) shows none; the next backup removes the
    // killed one's temporary.
    void backup_killedMidCopy_leavesNoBackupAndTheNextRunCleansUp()
    {
        QTemporaryDir dir;
        const QString ws = demoWorkspace(dir, 6000);
        QVERIFY(!ws.isEmpty());
        QVERIFY(QDir(dir.path()).mkdir(u"faults"_s));
        {
            FaultPause pause(dir.filePath(u"faults"_s), u"backup-copying"_s);
            QProcess *backup = pause.start({u"backup"_s, u"--workspace"_s, ws});
            QVERIFY(pause.waitReached(1));
            backup->kill();
            QCOMPARE(finish(*backup), -1);
        }
        const QString folder = WorkspaceBackup::backupFolder(ws);
        QCOMPARE(filesIn(folder), QStringList());
        const QStringList partial = filesIn(folder, QDir::Hidden);
        QCOMPARE(partial.size(), 1);
        QVERIFY2(partial[0].startsWith(u".plan-"_s) && partial[0].endsWith(u"-manual.tierscope.partial"_s),
                 qPrintable(partial[0]));
        QCOMPARE(WorkspaceBackup::backups(ws), QStringList());
        const Run list = runTierscope({u"backup"_s, u"--list"_s, u"--workspace"_s, ws});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.startsWith(u"No backups of "_s), qPrintable(list.out));

        const QString made = backupOf(ws);
        QVERIFY(!made.isEmpty());
        QCOMPARE(filesIn(folder, QDir::Hidden), QStringList{QFileInfo(made).fileName()});
        QCOMPARE(creatorCount(made), 6000);
    }

    void backupList_showsEveryCompleteBackupNewestFirst()
    {
        QTemporaryDir dir;
        const QString ws = demoWorkspace(dir, 10);
        QVERIFY(!ws.isEmpty());
        const QString folder = WorkspaceBackup::backupFolder(ws);
        QVERIFY(QDir().mkpath(folder));
        const QString older = folder + u"/plan-20261101-080000.tierscope"_s;
        const QString newer = folder + u"/plan-20261103-120000-manual.tierscope"_s;
        QVERIFY(QFile::copy(ws, older) && QFile::copy(ws, newer));
        QVERIFY(writeFile(folder + u"/.plan-20261104-120000-manual.tierscope.partial"_s, "SQLite"));
        const Run r = runTierscope({u"backup"_s, u"--list"_s, u"--workspace"_s, ws});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"2026-11-03 12:00:00  manual          %1\n"
                        "2026-11-01 08:00:00  daily           %2\n"_s.arg(newer, older));
    }

    // A private workspace (0600: creators' contacts) stays private in every copy: the backup,
    // the copy a restore keeps, the restored workspace. As root, copies keep the owner too.
    void copies_keepTheWorkspacePermissionsAndOwner()
    {
        QTemporaryDir dir;
        const QString ws = demoWorkspace(dir, 20);
        QVERIFY(!ws.isEmpty());
        QVERIFY(::chmod(QFile::encodeName(ws).constData(), 0600) == 0);
        const bool root = ::geteuid() == 0;
        if (root)
            QVERIFY(::chown(QFile::encodeName(ws).constData(), 4242, 4343) == 0);
        const QString backup = backupOf(ws);
        QVERIFY(!backup.isEmpty());
        QCOMPARE(modeOf(backup), mode_t(0600));
        QVERIFY(deleteCreators(ws, 5));
        const Run r = runTierscope({u"restore"_s, backup, u"--workspace"_s, ws});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(creatorCount(ws), 20);
        QCOMPARE(modeOf(ws), mode_t(0600));
        const QStringList kept = keptFiles(dir);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(modeOf(dir.filePath(kept[0])), mode_t(0600));
        if (root) {
            for (const QString &f : {backup, ws, dir.filePath(kept[0])}) {
                QCOMPARE(QFileInfo(f).ownerId(), 4242u);
                QCOMPARE(QFileInfo(f).groupId(), 4343u);
            }
        }
    }

    // A workspace its owner made read-only (0444) is not replaced, even by root (who could).
    void restore_refusesAReadOnlyWorkspace()
    {
        QTemporaryDir dir;
        const QString ws = demoWorkspace(dir, 20);
        QVERIFY(!ws.isEmpty());
        const QString backup = backupOf(ws);
        QVERIFY(!backup.isEmpty());
        QVERIFY(deleteCreators(ws, 5));
        QVERIFY(::chmod(QFile::encodeName(ws).constData(), 0444) == 0);
        const QByteArray before = sha(ws);
        const Run r = runTierscope({u"restore"_s, backup, u"--workspace"_s, ws});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"is read-only"_s), qPrintable(r.err));
        QCOMPARE(sha(ws), before);
        QCOMPARE(keptFiles(dir), QStringList());
        QCOMPARE(creatorCount(ws), 15);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
