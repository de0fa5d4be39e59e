// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace faults as a user meets them on the command line: the file on a read-only disk, a full
// disk, another program holding the workspace. Each gives a specific message and a non-zero exit,
// never a crash, and the workspace file stays byte-identical.
//
// As root, `chmod 444` does not stop SQLite writing, so the read-only and full-disk cases run the
// binary in a private mount namespace (`unshare -rm`): a read-only bind mount of the test folder,
// and a 1 MiB tmpfs. Where namespaces are not allowed those two cases are skipped (they say so).
#include "core/storage/workspace.h"
#include "core/storage/workspace_backup.h"
#include "tests/cli/support/cli_run.h"
#include "tests/cli/support/fault_pause.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::core;
using namespace Qt::StringLiterals;
using tierscope::test::Run;
using tierscope::test::sha;
using tierscope::test::writeFile;

namespace {

constexpr int kTimeoutMs = 300'000;

Run runProgram(const QString &program, const QStringList &args)
{
    return tierscope::test::runProgram(program, args, kTimeoutMs);
}

Run runTierscope(const QStringList &args)
{
    return tierscope::test::runTierscope(args, kTimeoutMs);
}

// Runs a shell script as root of a private user and mount namespace; $BIN is the binary.
Run runInNamespace(const QString &script)
{
    return runProgram(u"unshare"_s, {u"-rm"_s, u"sh"_s, u"-c"_s,
                                     u"BIN='%1'; "_s.arg(tierscope::test::tierscopeBinary())
                                         + script});
}

QByteArray importFile(int rows)
{
    QByteArray bytes = "platform,handle,followers,notes\n";
    for (int i = 0; i < rows; ++i)
        bytes += "youtube,fault" + QByteArray::number(i) + ',' + QByteArray::number(2000 + i)
                 + ",\"" + QByteArray(200, 'n') + "\"\n";
    return bytes;
}

} // namespace

class TestCliWorkspaceFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readOnlyDisk_importSaysReadOnlyAndLeavesFileUntouched();
    void readOnlyDisk_listStillReads();
    void fullDisk_importSaysDiskFullAndLeavesFileUntouched();
    void anotherProgramWriting_importSaysLockedAndLeavesFileUntouched();
    void olderFormat_readingVerbUpgradesOnceAndReads();
    void olderFormatOnReadOnlyDisk_saysSoAndLeavesFileUntouched();
    void twoProcessesCreateTheSameWorkspace_bothUseIt();
    void namedWorkspaceThatWasLost_isNotCreatedEmptyAgain();
    void newWorkspaceByImport_isStillCreated();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A fresh copy of the sample workspace, turned back into format 2 (the narrow ER index).
    QString olderWorkspaceIn(const QString &folder);
    // A fresh copy of the sample workspace in its own folder.
    QString workspaceIn(const QString &folder);

    QTemporaryDir m_dir;
    QString m_sample;
    QString m_csv;
    bool m_namespaces = false;
};

void TestCliWorkspaceFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariable("TIERSCOPE_BIN").isEmpty(), "TIERSCOPE_BIN must name the binary");
    m_sample = path(u"sample.tierscope"_s);
    const Run demo = runTierscope({u"demo"_s, u"--creators"_s, u"300"_s, u"--workspace"_s, m_sample});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_csv = path(u"import.csv"_s);
    QVERIFY(writeFile(m_csv, importFile(20'000)));
    m_namespaces = runProgram(u"unshare"_s, {u"-rm"_s, u"true"_s}).exitCode == 0;
}

QString TestCliWorkspaceFaults::workspaceIn(const QString &folder)
{
    QDir(m_dir.path()).mkpath(folder);
    const QString ws = path(folder + u"/ws.tierscope"_s);
    QFile::remove(ws);
    return QFile::copy(m_sample, ws) ? ws : QString();
}

void TestCliWorkspaceFaults::readOnlyDisk_importSaysReadOnlyAndLeavesFileUntouched()
{
    if (!m_namespaces)
        QSKIP("unshare -rm is not allowed here: no read-only mount to test on");
    const QString ws = workspaceIn(u"ro-import"_s);
    QVERIFY(!ws.isEmpty());
    const QByteArray before = sha(ws);
    const QString dir = QFileInfo(ws).absolutePath();
    const Run r = runInNamespace(
        u"mount --bind '%1' '%1' && mount -o remount,bind,ro '%1' || exit 99; "
        "exec \"$BIN\" import '%2' --workspace '%3'"_s.arg(dir, m_csv, ws));
    QVERIFY2(r.exitCode != 99, "the read-only bind mount failed");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"read-only"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"ws.tierscope"_s), qPrintable(r.err));
    QCOMPARE(sha(ws), before);
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{u"ws.tierscope"_s});
}

void TestCliWorkspaceFaults::readOnlyDisk_listStillReads()
{
    if (!m_namespaces)
        QSKIP("unshare -rm is not allowed here: no read-only mount to test on");
    const QString ws = workspaceIn(u"ro-list"_s);
    QVERIFY(!ws.isEmpty());
    const QByteArray before = sha(ws);
    const QString dir = QFileInfo(ws).absolutePath();
    const Run r = runInNamespace(u"mount --bind '%1' '%1' && mount -o remount,bind,ro '%1' || exit 99; "
                                 "exec \"$BIN\" stats --workspace '%2'"_s.arg(dir, ws));
    // A WAL workspace needs its -shm file, which cannot be created on a read-only disk: reading
    // opens it as an immutable URI there.
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"300"_s), qPrintable(r.out));
    QCOMPARE(sha(ws), before);
}

void TestCliWorkspaceFaults::fullDisk_importSaysDiskFullAndLeavesFileUntouched()
{
    if (!m_namespaces)
        QSKIP("unshare -rm is not allowed here: no small tmpfs to fill");
    const QString mountPoint = path(u"tmpfs"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    // In the namespace: a 1 MiB disk holding the workspace; import 20,000 rows (about 5 MB);
    // then the hashes before and after, and the creator count from `stats`.
    const Run r = runInNamespace(
        u"mount -t tmpfs -o size=1m tmpfs '%1' || exit 99; cp '%2' '%1/ws.tierscope'; "
        "sha256sum '%1/ws.tierscope'; \"$BIN\" import '%3' --workspace '%1/ws.tierscope'; "
        "echo \"import exit $?\"; sha256sum '%1/ws.tierscope'; "
        "\"$BIN\" stats --workspace '%1/ws.tierscope'"_s.arg(mountPoint, m_sample, m_csv));
    QVERIFY2(r.exitCode != 99, "mounting the tmpfs failed");
    QVERIFY2(r.out.contains(u"import exit 1\n"_s), qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(u"the disk is full"_s), qPrintable(r.err));
    const QStringList hashes = r.out.split(u'\n').filter(u"/ws.tierscope"_s);
    QCOMPARE(hashes.size(), 2);
    QCOMPARE(hashes[0], hashes[1]);
    QCOMPARE(hashes[0].left(64), QString::fromLatin1(sha(m_sample)));
    QVERIFY2(r.out.contains(u"300"_s), qPrintable(r.out)); // stats still reads the sample
}

void TestCliWorkspaceFaults::anotherProgramWriting_importSaysLockedAndLeavesFileUntouched()
{
    const QString ws = workspaceIn(u"locked"_s);
    QVERIFY(!ws.isEmpty());
    {
        // Another program (this test) holds the write lock for the whole run.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(ws);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
        const QByteArray before = sha(ws);
        const Run r = runTierscope({u"import"_s, m_csv, u"--workspace"_s, ws});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"locked by another program"_s), qPrintable(r.err));
        QCOMPARE(sha(ws), before);
        QVERIFY(q.exec(u"ROLLBACK"_s));
        q = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    const Run r = runTierscope({u"import"_s, m_csv, u"--workspace"_s, ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // free again: it goes in
    QVERIFY2(r.out.contains(u"20,000 new"_s), qPrintable(r.out));
}

QString TestCliWorkspaceFaults::olderWorkspaceIn(const QString &folder)
{
    const QString ws = workspaceIn(folder);
    if (ws.isEmpty())
        return {};
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        db.setDatabaseName(ws);
        ok = db.open();
        QSqlQuery q(db);
        // Without format 4's columns (and the index on one of them), as format 2 had none.
        for (const QString &sql : {u"DROP INDEX idx_creators_er"_s,
                                   u"CREATE INDEX idx_creators_er ON creators(engagement_rate)"_s,
                                   u"DROP INDEX IF EXISTS idx_creators_cpe"_s,
                                   u"ALTER TABLE creators DROP COLUMN er_basis"_s,
                                   u"ALTER TABLE creators DROP COLUMN quality_flags"_s,
                                   u"PRAGMA user_version = 2"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s})
            ok = ok && q.exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);
    return ok ? ws : QString();
}

// A workspace of an older format is upgraded by the first verb that opens it, with a copy of the
// old file kept, and then read; the next run finds nothing to upgrade.
void TestCliWorkspaceFaults::olderFormat_readingVerbUpgradesOnceAndReads()
{
    const QString ws = olderWorkspaceIn(u"older"_s);
    QVERIFY(!ws.isEmpty());
    const Run first = runTierscope({u"stats"_s, u"--workspace"_s, ws});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(u"300"_s), qPrintable(first.out));
    QVERIFY2(first.err.contains(u"was upgraded to this version's format"_s), qPrintable(first.err));
    const QStringList backups = QDir(QFileInfo(ws).absolutePath()).entryList({u"ws.tierscope.v2-*.bak"_s});
    QCOMPARE(backups.size(), 1);
    QVERIFY2(first.err.contains(backups.first()), qPrintable(first.err));
    const Run second = runTierscope({u"list"_s, u"--workspace"_s, ws, u"--sort"_s, u"er"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.err.isEmpty(), qPrintable(second.err));
}

void TestCliWorkspaceFaults::olderFormatOnReadOnlyDisk_saysSoAndLeavesFileUntouched()
{
    if (!m_namespaces)
        QSKIP("unshare -rm is not allowed here: no read-only mount to test on");
    const QString ws = olderWorkspaceIn(u"older-ro"_s);
    QVERIFY(!ws.isEmpty());
    const QByteArray before = sha(ws);
    const QString dir = QFileInfo(ws).absolutePath();
    const Run r = runInNamespace(u"mount --bind '%1' '%1' && mount -o remount,bind,ro '%1' || exit 99; "
                                 "exec \"$BIN\" stats --workspace '%2'"_s.arg(dir, ws));
    QVERIFY2(r.exitCode != 99, "the read-only bind mount failed");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"read-only"_s), qPrintable(r.err));
    QCOMPARE(sha(ws), before);
}

// Two processes making the same new workspace at once (both stopped after seeing no file, then
// let go together): the one that gets the write lock second waits for it and then finds the
// workspace made, instead of failing to create the tables again.
void TestCliWorkspaceFaults::twoProcessesCreateTheSameWorkspace_bothUseIt()
{
    QVERIFY(QDir(m_dir.path()).mkpath(u"create-race/faults"_s));
    const QString ws = path(u"create-race/new.tierscope"_s);
    const QString csv = path(u"create-race/few.csv"_s);
    QVERIFY(writeFile(csv, importFile(40)));
    tierscope::test::FaultPause pause(path(u"create-race/faults"_s), u"workspace-before-migrate"_s);
    QProcess *first = pause.start({u"import"_s, csv, u"--workspace"_s, ws});
    QProcess *second = pause.start({u"import"_s, csv, u"--workspace"_s, ws});
    QVERIFY2(pause.waitReached(2), qPrintable(QString::fromUtf8(first->readAllStandardError()
                                                                + second->readAllStandardError())));
    pause.release();
    for (QProcess *p : {first, second}) {
        const int code = tierscope::test::finish(*p);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY2(!err.contains(u"already exists"_s), qPrintable(err));
    }
    QCOMPARE(tierscope::test::creatorCount(ws), 40);
}

// A workspace named on the command line that is gone (moved, deleted, lost in a crash) while
// its backups are still beside it: a writing verb does not quietly start an empty one there.
void TestCliWorkspaceFaults::namedWorkspaceThatWasLost_isNotCreatedEmptyAgain()
{
    const QString ws = workspaceIn(u"lost"_s);
    QVERIFY(!ws.isEmpty());
    QCOMPARE(runTierscope({u"backup"_s, u"--workspace"_s, ws}).exitCode, 0);
    QVERIFY(QFile::remove(ws));
    const Run r = runTierscope({u"import"_s, m_csv, u"--workspace"_s, ws});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"does not exist, but backups of a workspace of that name"_s), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(ws));
    const Run stats = runTierscope({u"stats"_s, u"--workspace"_s, ws});
    QCOMPARE(stats.exitCode, 1);
    QVERIFY(!QFileInfo::exists(ws));
    // Restoring a backup is how it comes back.
    const QStringList backups = tierscope::core::WorkspaceBackup::backups(ws);
    QCOMPARE(backups.size(), 1);
    const Run restore = runTierscope({u"restore"_s, backups[0], u"--workspace"_s, ws});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
    QCOMPARE(tierscope::test::creatorCount(ws), 300);
}

// Importing into a file that never existed makes the workspace, as before.
void TestCliWorkspaceFaults::newWorkspaceByImport_isStillCreated()
{
    QVERIFY(QDir(m_dir.path()).mkpath(u"fresh"_s));
    const QString ws = path(u"fresh/new.tierscope"_s);
    const QString csv = path(u"fresh/few.csv"_s);
    QVERIFY(writeFile(csv, importFile(25)));
    const Run r = runTierscope({u"import"_s, csv, u"--workspace"_s, ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(tierscope::test::creatorCount(ws), 25);
}

QTEST_GUILESS_MAIN(TestCliWorkspaceFaults)
#include "tst_cli_workspace_faults.moc"
