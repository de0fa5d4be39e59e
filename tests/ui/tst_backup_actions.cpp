// SPDX-License-Identifier: GPL-3.0-or-later
// File › Save a Copy, Back Up Now, Restore Backup, Backup Settings and the daily backup, driven
// through the main window.
#include "core/common/clock.h"
#include "core/storage/creator_repository.h"
#include "core/storage/workspace_backup.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/common/app_settings.h"
#include "ui/common/message_box.h"
#include "ui/main/backup_actions.h"
#include "ui/main/backup_settings_dialog.h"
#include "ui/main/backup_text.h"
#include "ui/main/main_window.h"
#include "ui/main/restore_backup_dialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace tierscope;
using core::WorkspaceBackup;

namespace {

qint64 countIn(const QString &path)
{
    auto ws = core::Workspace::open(path, core::Workspace::Mode::ReadOnly);
    return ws ? core::CreatorRepository((*ws)->database()).totalCount().value() : -1;
}

qint64 countOpen(const ui::MainWindow &w)
{
    return w.workspace() ? core::CreatorRepository(w.workspace()->database()).totalCount().value()
                         : -1;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestBackupActions : public QObject
{
    Q_OBJECT

private:
    // A workspace "known" with the twelve known creators, closed again.
    static QString knownWorkspace(const QTemporaryDir &dir)
    {
        test::addKnownCreators(*test::openWorkspace(dir, QStringLiteral("known")));
        return dir.filePath(QStringLiteral("known.tierscope"));
    }

    static bool idle(ui::MainWindow &w)
    {
        return QTest::qWaitFor([&w] { return !w.backupActions()->isBusy(); }, 30'000);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { ui::MessageBox::setAutoAnswers({}); }
    void cleanup() { ui::MessageBox::stopAutoAnswering(); }

    void fileMenu_offersTheBackupActions()
    {
        QTemporaryDir dir;
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(&settings);
        QStringList texts;
        for (QAction *m : w.menuBar()->actions()) {
            if (m->text().remove(u'&') == u"File") {
                for (QAction *a : m->menu()->actions())
                    texts << a->text().remove(u'&');
            }
        }
        for (const char *t : {"Save a Copy…", "Back Up Now", "Restore Backup…", "Backup Settings…"})
            QVERIFY2(texts.contains(QString::fromUtf8(t)), t);
        // Nothing to back up without a workspace.
        QVERIFY(!w.backupActions()->backUpNowAction()->isEnabled());
        QVERIFY(!w.backupActions()->restoreAction()->isEnabled());
    }

    void backUpNow_makesAManualBackupAndSaysWhereInTheStatusBar()
    {
        QTemporaryDir dir;
        const QString path = knownWorkspace(dir);
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(ui::settings::backupDaily, false);
        ui::MainWindow w(&settings);
        w.show();
        const core::FixedClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 30)));
        w.backupActions()->setClock(&clock);
        QVERIFY(w.openWorkspace(path));
        QVERIFY(w.backupActions()->backUpNowAction()->isEnabled());

        w.backupActions()->backUpNowAction()->trigger();
        QVERIFY(w.backupActions()->isBusy()); // on a worker thread
        QVERIFY(!w.backupActions()->backUpNowAction()->isEnabled());
        QVERIFY(idle(w));
        const QString expected = WorkspaceBackup::backupFolder(path)
                                 + QStringLiteral("/known-20261102-093000-manual.tierscope");
        QCOMPARE(WorkspaceBackup::backups(path), QStringList{expected});
        QCOMPARE(countIn(expected), 12);
        QCOMPARE(w.statusBar()->currentMessage(),
                 QStringLiteral("Backed up to %1").arg(QDir::toNativeSeparators(expected)));
        QVERIFY(w.backupActions()->folderLink()->isVisible());
        QVERIFY(w.backupActions()->backUpNowAction()->isEnabled());
        QCOMPARE(ui::MessageBox::shown().size(), 0);
    }

    void restoreDialog_listsTheBackupsNewestFirst()
    {
        QTemporaryDir dir;
        const QString path = knownWorkspace(dir);
        QVERIFY(WorkspaceBackup::backupNow(path, QDateTime(QDate(2026, 11, 1), QTime(8, 0))));
        QVERIFY(WorkspaceBackup::backupNow(path, QDateTime(QDate(2026, 11, 3), QTime(18, 5)),
                                           WorkspaceBackup::Kind::Manual));
        QVERIFY(WorkspaceBackup::backupNow(path, QDateTime(QDate(2026, 11, 2), QTime(12, 0))));
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(ui::settings::backupDaily, false);
        ui::MainWindow w(&settings);
        w.show();
        QVERIFY(w.openWorkspace(path));

        w.backupActions()->restoreAction()->trigger();
        ui::RestoreBackupDialog *dialog = w.backupActions()->restoreDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible()); // opened without blocking
        QTreeWidget *list = dialog->list();
        QCOMPARE(list->topLevelItemCount(), 3);
        const QString folder = WorkspaceBackup::backupFolder(path);
        QCOMPARE(dialog->backupAt(0), folder + QStringLiteral("/known-20261103-180500-manual.tierscope"));
        QCOMPARE(dialog->backupAt(1), folder + QStringLiteral("/known-20261102-120000.tierscope"));
        QCOMPARE(dialog->backupAt(2), folder + QStringLiteral("/known-20261101-080000.tierscope"));
        const QLocale locale;
        QCOMPARE(list->topLevelItem(0)->text(0),
                 ui::backupTimeText(QDateTime(QDate(2026, 11, 3), QTime(18, 5))));
        if (locale.name() == u"en_US") // what a user sees, to the second
            QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("11/3/26 6:05:00 PM"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("manual"));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("daily"));
        QCOMPARE(list->topLevelItem(0)->text(2),
                 locale.formattedDataSize(QFileInfo(dialog->backupAt(0)).size()));
        QCOMPARE(list->topLevelItem(2)->text(3), QStringLiteral("known-20261101-080000.tierscope"));
        QCOMPARE(dialog->selectedBackup(), dialog->backupAt(0)); // the newest, ready to restore
        QVERIFY(dialog->restoreButton()->isEnabled());
    }

    void restore_replacesTheDataAndKeepsTheCurrentFileBeforeRestore()
    {
        QTemporaryDir dir;
        const QString path = knownWorkspace(dir);
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(ui::settings::backupDaily, false);
        ui::MainWindow w(&settings);
        w.show();
        core::FixedClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 30)));
        w.backupActions()->setClock(&clock);
        QVERIFY(w.openWorkspace(path));
        w.backupActions()->backUpNow();
        QVERIFY(idle(w));
        core::CreatorRepository creators(w.workspace()->database());
        for (int i = 0; i < 3; ++i) // later work: 12 → 15 creators
            QVERIFY(creators.insert(test::makeCreator(QStringLiteral("later%1").arg(i),
                                                      core::Platform::TikTok, 20'000, 0.05,
                                                      QStringLiteral("US"))));
        QCOMPARE(countOpen(w), 15);

        clock.set(QDateTime(QDate(2026, 11, 4), QTime(16, 45)));
        ui::MessageBox::setAutoAnswers({QMessageBox::Yes});
        w.backupActions()->restoreInteractive();
        ui::RestoreBackupDialog *dialog = w.backupActions()->restoreDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->topLevelItemCount(), 1);
        dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
        QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
        QVERIFY(idle(w));

        // Asked first, saying where the current file goes.
        QCOMPARE(ui::MessageBox::shown().size(), 1);
        const ui::MessageBox::Shown asked = ui::MessageBox::shown().first();
        QCOMPARE(asked.icon, QMessageBox::Question);
        QVERIFY2(asked.informativeText.contains(
                     QStringLiteral("known.tierscope.before-restore-20261104-164500")),
                 qPrintable(asked.informativeText));
        QTRY_VERIFY(!w.backupActions()->restoreDialog()); // closed once confirmed

        // The backup's data is back, in the workspace the window has open again.
        QVERIFY(w.workspace());
        QCOMPARE(w.workspace()->path(), path);
        QCOMPARE(countOpen(w), 12);
        QTRY_COMPARE(w.statusText(), QStringLiteral("12 creators · 12 shown"));
        const QString kept = path + QStringLiteral(".before-restore-20261104-164500");
        QCOMPARE(countIn(kept), 15);
        QVERIFY(w.statusBar()->currentMessage().contains(QDir::toNativeSeparators(kept)));
        // The replaced file is offered for restoring as well: a restore can be undone.
        QCOMPARE(WorkspaceBackup::backups(path).first(), kept);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".restoring")));
    }

    // Another program is writing to the workspace: the restore (the core function the command
    // line uses too) waits the busy timeout, is refused as "in use by another process", and the
    // window opens the workspace again as it was; the other program's change is kept.
    void restore_whileAnotherProgramWrites_isRefusedAndTheWorkspaceReopens()
    {
        QTemporaryDir dir;
        const QString path = knownWorkspace(dir);
        const auto backup = WorkspaceBackup::backupNow(path, QDateTime(QDate(2026, 11, 1), QTime(8, 0)));
        QVERIFY(backup);
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(ui::settings::backupDaily, false);
        ui::MainWindow w(&settings);
        QVERIFY(w.openWorkspace(path));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM creators WHERE id IN (SELECT id FROM creators LIMIT 2)")));
            ui::MessageBox::setAutoAnswers({QMessageBox::Yes});
            w.backupActions()->restore(*backup);
            QVERIFY(idle(w));
            QCOMPARE(ui::MessageBox::shown().size(), 2); // asked, then told
            const ui::MessageBox::Shown told = ui::MessageBox::shown().last();
            QCOMPARE(told.icon, QMessageBox::Warning);
            QCOMPARE(told.text, QStringLiteral("The backup was not restored; the workspace is as it was."));
            QVERIFY2(told.informativeText.contains(QStringLiteral("in use by another process")),
                     qPrintable(told.informativeText));
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
            q = QSqlQuery();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(w.workspace());
        QCOMPARE(w.workspace()->path(), path);
        QCOMPARE(countOpen(w), 10);
        QVERIFY(!entries(dir.path()).join(u' ').contains(QStringLiteral("before-restore")));
    }

    void restore_cancelledChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = knownWorkspace(dir);
        QVERIFY(WorkspaceBackup::backupNow(path, QDateTime(QDate(2026, 11, 1), QTime(8, 0))));
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(ui::settings::backupDaily, false);
        ui::MainWindow w(&settings);
        QVERIFY(w.openWorkspace(path));
        core::Workspace *before = w.workspace();
        const QStringList files = entries(dir.path());
        ui::MessageBox::setAutoAnswers({QMessageBox::Cancel});
        w.backupActions()->restore(WorkspaceBackup::backups(path).first());
        QCOMPARE(ui::MessageBox::shown().size(), 1);
        QVERIFY(!w.backupActions()->isBusy());
        QCOMPARE(w.workspace(), before); // not even closed
        QCOMPARE(entries(dir.path()), files);
        QCOMPARE(countOpen(w), 12);
    }

    void restore_refusesACorruptBackupAndLeavesTheWorkspaceAsItWas()
    {
        QTemporaryDir dir;
        const QString path = knownWorkspace(dir);
        const QByteArray before = bytesOf(path);
        QVERIFY(before.size() > 3 * 4096);
        // A backup whose pages after the first are overwritten: damaged, still an SQLite header.
        const QString folder = WorkspaceBackup::backupFolder(path);
        QVERIFY(QDir().mkpath(folder));
        const QString corrupt = folder + QStringLiteral("/known-20261101-080000-manual.tierscope");
        QByteArray damaged = before;
        for (qsizetype i = 4096; i < damaged.size(); ++i)
            damaged[i] = char(0x5a);
        QVERIFY(writeBytes(corrupt, damaged));

        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(ui::settings::backupDaily, false);
        ui::MainWindow w(&settings);
        w.show();
        QVERIFY(w.openWorkspace(path));
        ui::MessageBox::setAutoAnswers({QMessageBox::Yes});
        w.backupActions()->restore(corrupt);
        QVERIFY(idle(w));

        QCOMPARE(ui::MessageBox::shown().size(), 2); // asked, then told
        const ui::MessageBox::Shown told = ui::MessageBox::shown().last();
        QCOMPARE(told.icon, QMessageBox::Warning);
        QCOMPARE(told.text, QStringLiteral("The backup was not restored; the workspace is as it was."));
        QVERIFY2(told.informativeText.contains(QStringLiteral("known-20261101-080000-manual")),
                 qPrintable(told.informativeText));
        // Open again, with its data, and the file byte for byte as it was.
        QVERIFY(w.workspace());
        QCOMPARE(w.workspace()->path(), path);
        QCOMPARE(countOpen(w), 12);
        QCOMPARE(bytesOf(path), before);
        const QStringList files = entries(dir.path());
        QVERIFY2(!files.join(u' ').contains(QStringLiteral("before-restore")), qPrintable(files.join(u' ')));
        QVERIFY(!files.join(u' ').contains(QStringLiteral("restoring")));
        QCOMPARE(bytesOf(corrupt), damaged);
    }

    void saveCopy_writesACopyAndReplacesAnExistingFileOnlyOnceComplete()
    {
        QTemporaryDir dir;
        const QString path = knownWorkspace(dir);
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(ui::settings::backupDaily, false);
        ui::MainWindow w(&settings);
        QVERIFY(w.openWorkspace(path));

        const QString copy = dir.filePath(QStringLiteral("copy.tierscope"));
        w.backupActions()->saveCopy(copy);
        QVERIFY(idle(w));
        QCOMPARE(countIn(copy), 12);
        QCOMPARE(w.statusBar()->currentMessage(),
                 QStringLiteral("Saved a copy as %1").arg(QDir::toNativeSeparators(copy)));

        // An existing file (the user said "replace" in the file dialog) is replaced.
        const QString old = dir.filePath(QStringLiteral("old.tierscope"));
        QVERIFY(writeBytes(old, "an older file"));
        w.backupActions()->saveCopy(old);
        QVERIFY(idle(w));
        QCOMPARE(countIn(old), 12);
        QVERIFY(!entries(dir.path()).join(u' ').contains(QStringLiteral(".saving")));
        QCOMPARE(ui::MessageBox::shown().size(), 0);

        // Never over the open workspace itself.
        w.backupActions()->saveCopy(path);
        QVERIFY(!w.backupActions()->isBusy());
        QCOMPARE(ui::MessageBox::shown().size(), 1);
        QCOMPARE(ui::MessageBox::shown().first().icon, QMessageBox::Warning);
        QCOMPARE(countOpen(w), 12);
    }

    void dailyBackup_onOpenFollowsTheSettingAndTheClock()
    {
        QTemporaryDir dir;
        const QString path = knownWorkspace(dir);
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(settings.value(ui::settings::backupDaily), true); // on by default
        QCOMPARE(settings.value(ui::settings::backupKeepDays), 14);
        settings.setValue(ui::settings::backupDaily, false);
        ui::MainWindow w(&settings);
        w.show();
        const QDateTime start = QDateTime::currentDateTime();
        core::FixedClock clock(start);
        w.backupActions()->setClock(&clock);

        QVERIFY(w.openWorkspace(path)); // off: none
        QVERIFY(idle(w));
        QCOMPARE(WorkspaceBackup::backups(path), QStringList());
        QVERIFY(!QFileInfo::exists(WorkspaceBackup::backupFolder(path)));

        settings.setValue(ui::settings::backupDaily, true);
        settings.setValue(ui::settings::backupKeepDays, 3);
        QVERIFY(w.openWorkspace(path)); // on: one, taken off the window's thread
        QVERIFY(w.backupActions()->isBusy());
        QVERIFY(idle(w));
        const QStringList first = WorkspaceBackup::backups(path);
        QCOMPARE(first.size(), 1);
        QCOMPARE(WorkspaceBackup::kindOf(first[0]), WorkspaceBackup::Kind::Daily);
        QCOMPARE(WorkspaceBackup::takenAt(first[0]).toString(u"yyyyMMdd-HHmmss"),
                 start.toString(u"yyyyMMdd-HHmmss"));
        QCOMPARE(countIn(first[0]), 12);
        QVERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Daily backup of “known.tierscope” saved to ")));

        clock.set(start.addSecs(5 * 3600)); // later the same day: not due
        QVERIFY(w.openWorkspace(path));
        QVERIFY(idle(w));
        QCOMPARE(WorkspaceBackup::backups(path), first);

        // A day later, while the workspace stays open (the hourly timer's call): a new one; the
        // first, aged past the three days kept, is deleted.
        QFile aged(first[0]);
        QVERIFY(aged.open(QIODevice::ReadWrite));
        QVERIFY(aged.setFileTime(start.addDays(-4), QFileDevice::FileModificationTime));
        aged.close();
        clock.set(start.addDays(1));
        w.backupActions()->runDailyBackup();
        QVERIFY(idle(w));
        const QStringList next = WorkspaceBackup::backups(path);
        QCOMPARE(next.size(), 1);
        QVERIFY(next[0] != first[0]);
        QCOMPARE(WorkspaceBackup::takenAt(next[0]).toString(u"yyyyMMdd-HHmmss"),
                 start.addDays(1).toString(u"yyyyMMdd-HHmmss"));
        QCOMPARE(ui::MessageBox::shown().size(), 0);
    }

    void dailyBackup_failureShowsInTheStatusBarNeverInABox()
    {
        QTemporaryDir dir;
        const QString path = knownWorkspace(dir);
        // A file where the backup folder should be: the folder cannot be made.
        QVERIFY(writeBytes(WorkspaceBackup::backupFolder(path), "in the way"));
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(&settings);
        w.show();
        QVERIFY(w.openWorkspace(path));
        QVERIFY(idle(w));
        QVERIFY2(w.statusBar()->currentMessage().startsWith(
                     QStringLiteral("The daily backup of “known.tierscope” failed: ")),
                 qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(ui::MessageBox::shown().size(), 0);
        QVERIFY(w.workspace()); // and the workspace is open as usual
    }

    void backupSettingsDialog_writesTheSettingsAndStartsTheDailyBackup()
    {
        QTemporaryDir dir;
        const QString path = knownWorkspace(dir);
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(ui::settings::backupDaily, false);
        ui::MainWindow w(&settings);
        w.show();
        QVERIFY(w.openWorkspace(path));
        QVERIFY(idle(w));
        w.backupActions()->editSettings();
        ui::BackupSettingsDialog *dialog = w.backupActions()->settingsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->dailyBox()->isChecked());
        QVERIFY(!dialog->keepDaysBox()->isEnabled());
        dialog->dailyBox()->setChecked(true);
        QVERIFY(dialog->keepDaysBox()->isEnabled());
        dialog->keepDaysBox()->setValue(30);
        dialog->accept();
        QCOMPARE(settings.value(ui::settings::backupDaily), true);
        QCOMPARE(settings.value(ui::settings::backupKeepDays), 30);
        QVERIFY(idle(w));
        QCOMPARE(WorkspaceBackup::backups(path).size(), 1); // switched on: taken at once
    }

    // A recent workspace that vanished (moved, deleted, lost) is refused with a message and
    // dropped from the list; no new empty workspace appears under its name.
    void openRecent_vanishedWorkspaceIsRefusedNotCreatedEmpty()
    {
        QTemporaryDir dir;
        const QString path = knownWorkspace(dir);
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(ui::settings::backupDaily, false);
        {
            ui::MainWindow w(&settings);
            QVERIFY(w.openWorkspace(path));
        }
        QVERIFY(QFile::remove(path));
        ui::MainWindow w(&settings);
        ui::MessageBox::setAutoAnswers({QMessageBox::Ok});
        QVERIFY(!w.openWorkspace(path, core::Workspace::Missing::Refuse));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(ui::MessageBox::shown().size(), 1);
        QCOMPARE(ui::MessageBox::shown().first().icon, QMessageBox::Warning);
        QVERIFY(!settings.value(ui::settings::recentWorkspaces).contains(path));
    }
};

QTEST_MAIN(TestBackupActions)
#include "tst_backup_actions.moc"
