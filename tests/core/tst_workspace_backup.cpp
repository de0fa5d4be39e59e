// SPDX-License-Identifier: GPL-3.0-or-later
// Save a copy, back up now, the daily backup and restoring a backup (WorkspaceBackup).
#include "support/test_workspace.h"

#include "core/storage/creator_repository.h"
#include "core/storage/partial_file.h"
#include "core/storage/workspace_backup.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <sys/file.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

using namespace tierscope::core;
using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

qint64 countIn(const QString &path)
{
    auto ws = Workspace::open(path, Workspace::Mode::ReadOnly);
    return ws ? CreatorRepository((*ws)->database()).totalCount().value() : -1;
}

const QDateTime kNow(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

bool setMode(const QString &path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

// A workspace of n creators with a backup of it; later work leaves `later` creators.
QString workspaceWithBackup(const QTemporaryDir &dir, qint64 n, qint64 later, QString *backup)
{
    const QString path = dir.filePath(u"plan.tierscope"_s);
    auto ws = openWorkspace(path);
    if (!ws || !bulkInsertDemo(*ws, n))
        return {};
    const auto made = WorkspaceBackup::backupNow(path, kNow);
    if (!made)
        return {};
    *backup = *made;
    QSqlQuery q(ws->database());
    if (!q.exec(u"DELETE FROM creators WHERE id > %1"_s.arg(later)))
        return {};
    return path;
}

} // namespace

class TestWorkspaceBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saveCopy_whileOpenHoldsTheCommittedData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plan.tierscope"_s);
        auto ws = openWorkspace(path);
        QVERIFY(ws && bulkInsertDemo(*ws, 250));
        const QString copy = dir.filePath(u"copy.tierscope"_s);
        TS_VERIFY_OK(WorkspaceBackup::saveCopy(path, copy));
        QCOMPARE(countIn(copy), 250);
        const Status again = WorkspaceBackup::saveCopy(path, copy);
        QCOMPARE(again.code, Error::Code::Conflict); // never overwrites
        QCOMPARE(WorkspaceBackup::saveCopy(path, path).code, Error::Code::InvalidArgument);
    }

    void backupNow_thenRestore_bringsTheDataBackAndKeepsTheCurrentFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plan.tierscope"_s);
        QString backup;
        {
            auto ws = openWorkspace(path);
            QVERIFY(ws && bulkInsertDemo(*ws, 100));
            const auto made = WorkspaceBackup::backupNow(path, kNow);
            TS_VERIFY_OK(made);
            backup = *made;
            QCOMPARE(backup, WorkspaceBackup::backupFolder(path) + u"/plan-20261102-093000.tierscope"_s);
            QVERIFY(bulkInsertDemo(*ws, 300)); // later work: 100 → 300 creators
        }
        QCOMPARE(WorkspaceBackup::backups(path), QStringList{backup});
        QCOMPARE(countIn(path), 300);
        const auto kept = WorkspaceBackup::restore(backup, path, kNow.addDays(1));
        TS_VERIFY_OK(kept);
        QCOMPARE(countIn(path), 100);
        QCOMPARE(countIn(*kept), 300); // the replaced file is kept
        QVERIFY(kept->endsWith(u".before-restore-20261103-093000"_s));
    }

    void restore_refusesAFileThatIsNotAWorkspaceAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plan.tierscope"_s);
        {
            auto ws = openWorkspace(path);
            QVERIFY(ws && bulkInsertDemo(*ws, 10));
        }
        const QByteArray before = fileBytes(path);
        const QString junk = dir.filePath(u"junk.tierscope"_s);
        QVERIFY(writeFileBytes(junk, "platform,handle\n"));
        const auto r = WorkspaceBackup::restore(junk, path, kNow);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::NotAWorkspace);
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(dirEntries(dir.path()), (QStringList{u"junk.tierscope"_s, u"plan.tierscope"_s}));
    }

    // Another connection (a writer in another process) is in the middle of a transaction: the
    // restore gives up after the busy timeout, says so, and changes nothing (it used to go on,
    // swapping the file underneath the writer).
    void restore_whileAnotherConnectionWrites_isRefusedAsInUse()
    {
        QTemporaryDir dir;
        QString backup;
        const QString path = workspaceWithBackup(dir, 100, 80, &backup);
        QVERIFY(!path.isEmpty());
        {
            RawDb writer(path);
            QVERIFY(writer.exec(u"BEGIN IMMEDIATE"_s));
            QVERIFY(writer.exec(u"DELETE FROM creators WHERE id > 70"_s));
            const auto r = WorkspaceBackup::restore(backup, path, kNow.addDays(1));
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::Locked);
            QVERIFY2(r.error().message.contains(u"in use by another process"_s),
                     qPrintable(r.error().message));
            QVERIFY(writer.exec(u"COMMIT"_s));
        }
        QCOMPARE(countIn(path), 70);
        QCOMPARE(dirEntries(dir.path()).filter(u"before-restore"_s), QStringList());
        const auto again = WorkspaceBackup::restore(backup, path, kNow.addDays(1));
        TS_VERIFY_OK(again);
        QCOMPARE(countIn(path), 100);
        QCOMPARE(countIn(*again), 70);
    }

    // A connection opened before the restore and written through after it: the rows are in the
    // restored workspace (the restore went through SQLite into the same file, not a new one).
    void restore_keepsWhatAConnectionOpenedBeforeWritesAfterIt()
    {
        QTemporaryDir dir;
        QString backup;
        const QString path = workspaceWithBackup(dir, 100, 80, &backup);
        QVERIFY(!path.isEmpty());
        RawDb writer(path);
        QCOMPARE(writer.scalar(u"SELECT count(*) FROM creators"_s).toInt(), 80);
        const auto kept = WorkspaceBackup::restore(backup, path, kNow.addDays(1));
        TS_VERIFY_OK(kept);
        QCOMPARE(writer.scalar(u"SELECT count(*) FROM creators"_s).toInt(), 100);
        QVERIFY(writer.exec(u"DELETE FROM creators WHERE id > 90"_s));
        QCOMPARE(countIn(path), 90);
        QCOMPARE(countIn(*kept), 80);
        QCOMPARE(writer.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    void restore_twiceInTheSameSecondKeepsBothFiles()
    {
        QTemporaryDir dir;
        QString backup;
        const QString path = workspaceWithBackup(dir, 30, 20, &backup);
        QVERIFY(!path.isEmpty());
        const auto first = WorkspaceBackup::restore(backup, path, kNow.addDays(1));
        TS_VERIFY_OK(first);
        const auto second = WorkspaceBackup::restore(backup, path, kNow.addDays(1));
        TS_VERIFY_OK(second);
        QCOMPARE(*second, *first + u"-2"_s);
        QCOMPARE(countIn(*first), 20);
        QCOMPARE(countIn(*second), 30);
        QCOMPARE(WorkspaceBackup::kindOf(*second), WorkspaceBackup::Kind::BeforeRestore);
    }

    // Restoring is how a lost workspace comes back: the backup becomes the file.
    void restore_ofAMissingWorkspaceMakesItFromTheBackup()
    {
        QTemporaryDir dir;
        QString backup;
        const QString path = workspaceWithBackup(dir, 30, 20, &backup);
        QVERIFY(!path.isEmpty());
        QVERIFY(QFile::remove(path));
        const auto kept = WorkspaceBackup::restore(backup, path, kNow.addDays(1));
        TS_VERIFY_OK(kept);
        QVERIFY(kept->isEmpty());
        QCOMPARE(countIn(path), 30);
    }

    // chmod 444 is the owner saying "do not change this"; root's writes ignore it, so the mode
    // bits are checked.
    void restore_refusesAReadOnlyWorkspace()
    {
        QTemporaryDir dir;
        QString backup;
        const QString path = workspaceWithBackup(dir, 30, 20, &backup);
        QVERIFY(!path.isEmpty());
        QVERIFY(setMode(path, 0444));
        const QByteArray before = fileBytes(path);
        const auto r = WorkspaceBackup::restore(backup, path, kNow.addDays(1));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::ReadOnly);
        QVERIFY2(r.error().message.contains(u"is read-only"_s), qPrintable(r.error().message));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(dirEntries(dir.path()).filter(u"before-restore"_s), QStringList());
    }

    // Copies of a private (0600) workspace are private: backups, Save a Copy (new and replacing
    // a file), the copy a restore keeps; the restored workspace keeps its mode. As root, the
    // owner is kept too (a backup run as root stays readable by the workspace's owner).
    void copies_keepTheModeAndOwnerOfTheWorkspace()
    {
        QTemporaryDir dir;
        QString backup;
        const QString path = workspaceWithBackup(dir, 30, 20, &backup);
        QVERIFY(!path.isEmpty());
        QVERIFY(setMode(path, 0600));
        const bool root = ::geteuid() == 0;
        if (root)
            QVERIFY(::chown(QFile::encodeName(path).constData(), 4242, 4343) == 0);
        const auto made = WorkspaceBackup::backupNow(path, kNow.addSecs(60), WorkspaceBackup::Kind::Manual);
        TS_VERIFY_OK(made);
        const QString copy = dir.filePath(u"copy.tierscope"_s);
        TS_VERIFY_OK(WorkspaceBackup::saveCopy(path, copy));
        const QString replaced = dir.filePath(u"replaced.tierscope"_s);
        QVERIFY(writeFileBytes(replaced, "an older file"));
        QVERIFY(setMode(replaced, 0644));
        TS_VERIFY_OK(WorkspaceBackup::saveCopy(path, replaced, CopyTarget::Replace));
        QCOMPARE(countIn(replaced), 20);
        const auto kept = WorkspaceBackup::restore(backup, path, kNow.addDays(1));
        TS_VERIFY_OK(kept);
        for (const QString &f : {*made, copy, replaced, *kept, path}) {
            QCOMPARE(modeOf(f), mode_t(0600));
            if (root) {
                QCOMPARE(QFileInfo(f).ownerId(), 4242u);
                QCOMPARE(QFileInfo(f).groupId(), 4343u);
            }
        }
        QVERIFY(setMode(path, 0640)); // other modes are kept as they are, not made 0600
        const auto group = WorkspaceBackup::backupNow(path, kNow.addSecs(120));
        TS_VERIFY_OK(group);
        QCOMPARE(modeOf(*group), mode_t(0640));
    }

    // A killed run's temporary is removed by the next copy into that folder; one that is being
    // written (locked) or is newer than this process is not; none is ever listed.
    void backupNow_removesStaleTemporariesOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plan.tierscope"_s);
        auto ws = openWorkspace(path);
        QVERIFY(ws && bulkInsertDemo(*ws, 10));
        const QString folder = WorkspaceBackup::backupFolder(path);
        QVERIFY(QDir().mkpath(folder));
        const QString stale = folder + u"/.plan-20261101-080000-manual.tierscope.partial"_s;
        const QString busy = folder + u"/.plan-20261101-090000-manual.tierscope.partial"_s;
        const QString fresh = folder + u"/.plan-20261101-100000-manual.tierscope.partial"_s;
        const QString foreign = folder + u"/.notes.txt.partial"_s;
        for (const QString &f : {stale, busy, fresh})
            QVERIFY(writeFileBytes(f, QByteArray("SQLite format 3\0", 16) + QByteArray(100, 'x')));
        QVERIFY(writeFileBytes(foreign, "someone else's"));
        const QDateTime old = QDateTime::currentDateTime().addSecs(-3600);
        for (const QString &f : {stale, busy, foreign}) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
        }
        const int held = ::open(QFile::encodeName(busy).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(held >= 0);
        QCOMPARE(::flock(held, LOCK_EX | LOCK_NB), 0); // another process writing it
        QCOMPARE(WorkspaceBackup::backups(path), QStringList());

        const auto made = WorkspaceBackup::backupNow(path, kNow, WorkspaceBackup::Kind::Manual);
        ::close(held);
        TS_VERIFY_OK(made);
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(busy));
        QVERIFY(QFileInfo::exists(fresh)); // written after this process started
        QVERIFY(QFileInfo::exists(foreign)); // not a copy of ours
        QCOMPARE(WorkspaceBackup::backups(path), QStringList{*made});
        QVERIFY(PartialFile::isPartialName(QFileInfo(busy).fileName()));
    }

    void dailyBackup_takesOneADayAndDeletesOnesOlderThanKeepDays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plan.tierscope"_s);
        auto ws = openWorkspace(path);
        QVERIFY(ws && bulkInsertDemo(*ws, 10));
        const QDateTime now = QDateTime::currentDateTime();
        const auto first = WorkspaceBackup::dailyBackup(path, now, 7);
        TS_VERIFY_OK(first);
        QVERIFY(!first->isEmpty());
        const auto sameDay = WorkspaceBackup::dailyBackup(path, now.addSecs(3600), 7);
        TS_VERIFY_OK(sameDay);
        QVERIFY(sameDay->isEmpty()); // not due yet

        // Age the first backup ten days: the next run takes a new one and deletes the old one.
        QFile old(*first);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(now.addDays(-10), QFileDevice::FileModificationTime));
        old.close();
        const auto next = WorkspaceBackup::dailyBackup(path, now.addSecs(7200), 7);
        TS_VERIFY_OK(next);
        QVERIFY(!next->isEmpty());
        QVERIFY(!QFileInfo::exists(*first));
        QCOMPARE(WorkspaceBackup::backups(path), QStringList{*next});
        QCOMPARE(countIn(*next), 10);
    }

    void manualBackups_areTaggedAndNeverPrunedByTheDailyBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plan.tierscope"_s);
        auto ws = openWorkspace(path);
        QVERIFY(ws && bulkInsertDemo(*ws, 5));
        const QDateTime now = QDateTime::currentDateTime();
        const auto manual = WorkspaceBackup::backupNow(path, now.addDays(-30),
                                                       WorkspaceBackup::Kind::Manual);
        TS_VERIFY_OK(manual);
        QVERIFY(manual->endsWith(u"-manual.tierscope"_s));
        QCOMPARE(WorkspaceBackup::kindOf(*manual), WorkspaceBackup::Kind::Manual);
        QFile old(*manual);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(now.addDays(-30), QFileDevice::FileModificationTime));
        old.close();
        // A manual backup made minutes ago does not count as today's daily backup either.
        const auto again = WorkspaceBackup::backupNow(path, now, WorkspaceBackup::Kind::Manual);
        TS_VERIFY_OK(again);
        const auto daily = WorkspaceBackup::dailyBackup(path, now, 7);
        TS_VERIFY_OK(daily);
        QVERIFY(!daily->isEmpty());
        QCOMPARE(WorkspaceBackup::kindOf(*daily), WorkspaceBackup::Kind::Daily);
        QVERIFY(QFileInfo::exists(*manual)); // 30 days old, kept
        QCOMPARE(WorkspaceBackup::backups(path).size(), 3);
    }

    void backups_listsEveryKindNewestFirstByTheTimeInTheName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plan.tierscope"_s);
        {
            auto ws = openWorkspace(path);
            QVERIFY(ws && bulkInsertDemo(*ws, 5));
        }
        const QString folder = WorkspaceBackup::backupFolder(path);
        QVERIFY(QDir().mkpath(folder));
        const QString daily = folder + u"/plan-20261101-080000.tierscope"_s;
        const QString manual = folder + u"/plan-20261103-120000-manual-2.tierscope"_s;
        const QString migration = dir.filePath(u"plan.tierscope.v1-20261102-100000.bak"_s);
        const QString replaced = dir.filePath(u"plan.tierscope.before-restore-20261104-090000"_s);
        for (const QString &f : {manual, migration, daily, replaced})
            QVERIFY(writeFileBytes(f, "x")); // written in this order: modification times differ
        for (const QString &sidecar : {u"-wal"_s, u"-shm"_s}) // of a backup someone opened
            QVERIFY(writeFileBytes(replaced + sidecar, "x"));
        QCOMPARE(WorkspaceBackup::backups(path), (QStringList{replaced, manual, migration, daily}));
        QCOMPARE(WorkspaceBackup::kindOf(daily), WorkspaceBackup::Kind::Daily);
        QCOMPARE(WorkspaceBackup::kindOf(manual), WorkspaceBackup::Kind::Manual);
        QCOMPARE(WorkspaceBackup::kindOf(migration), WorkspaceBackup::Kind::PreMigration);
        QCOMPARE(WorkspaceBackup::kindOf(replaced), WorkspaceBackup::Kind::BeforeRestore);
        QCOMPARE(WorkspaceBackup::takenAt(manual),
                 QDateTime(QDate(2026, 11, 3), QTime(12, 0)));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceBackup)
#include "tst_workspace_backup.moc"
