// SPDX-License-Identifier: GPL-3.0-or-later
// Save a copy, back up now, the daily backup and restoring a backup (WorkspaceBackup).
#include "support/test_workspace.h"

#include "core/storage/creator_repository.h"
#include "core/storage/workspace_backup.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

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
