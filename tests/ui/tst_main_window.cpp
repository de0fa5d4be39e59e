// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/creator_repository.h"
#include "core/storage/shortlist_repository.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/common/app_settings.h"
#include "ui/common/message_box.h"
#include "ui/creators/creator_editor.h"
#include "ui/creators/creator_filter_panel.h"
#include "ui/creators/creator_table_model.h"
#include "ui/creators/creators_view.h"
#include "ui/main/empty_workspace_page.h"
#include "ui/main/main_window.h"
#include "ui/main/navigation_sidebar.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace tierscope;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QAction *menuAction(QMainWindow &w, const QString &menu, const QString &text)
    {
        for (QAction *m : w.menuBar()->actions()) {
            if (m->text().remove(u'&') != menu)
                continue;
            for (QAction *a : m->menu()->actions()) {
                if (a->text().remove(u'&').startsWith(text))
                    return a;
            }
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { ui::MessageBox::setAutoAnswers({}); }
    void cleanup() { ui::MessageBox::stopAutoAnswering(); }

    void openingAWorkspace_setsTitleCountsAndRecentList()
    {
        QTemporaryDir dir;
        test::addKnownCreators(*test::openWorkspace(dir, QStringLiteral("spring-launch")));
        test::openWorkspace(dir, QStringLiteral("other"));
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(&settings);
        w.show();
        QVERIFY(w.openWorkspace(dir.filePath(QStringLiteral("other.tierscope"))));
        QVERIFY(w.openWorkspace(dir.filePath(QStringLiteral("spring-launch.tierscope"))));
        QCOMPARE(w.windowTitle(), QStringLiteral("spring-launch"));
        const QLocale l;
        QTRY_COMPARE(w.statusText(),
                     QStringLiteral("%1 creators · %2 shown").arg(l.toString(12), l.toString(12)));
        w.creatorsView()->filterPanel()->searchField()->setText(QStringLiteral("vegan"));
        QTRY_COMPARE(w.statusText(),
                     QStringLiteral("%1 creators · %2 shown").arg(l.toString(12), l.toString(4)));
        const QStringList recent = settings.value(ui::settings::recentWorkspaces);
        QCOMPARE(recent.size(), 2);
        QVERIFY(recent[0].endsWith(QStringLiteral("spring-launch.tierscope")));
        QVERIFY(recent[1].endsWith(QStringLiteral("other.tierscope")));
    }

    void aFileThatIsNotAWorkspace_isRefusedAndTheCurrentOneStays()
    {
        QTemporaryDir dir;
        test::addKnownCreators(*test::openWorkspace(dir, QStringLiteral("good")));
        QFile junk(dir.filePath(QStringLiteral("junk.tierscope")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a database, just some text that is long enough to be read");
        junk.close();
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(&settings);
        QVERIFY(w.openWorkspace(dir.filePath(QStringLiteral("good.tierscope"))));
        QVERIFY(!w.openWorkspace(junk.fileName()));
        QCOMPARE(ui::MessageBox::shown().size(), 1);
        QCOMPARE(ui::MessageBox::shown().first().icon, QMessageBox::Warning);
        QCOMPARE(w.windowTitle(), QStringLiteral("good"));
        QCOMPARE(w.creatorsView()->model()->rowCount(), 12);
    }

    void emptyWorkspace_invitesAndCreatesASampleWithoutBlocking()
    {
        QTemporaryDir dir;
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(&settings);
        w.show();
        QVERIFY(w.openWorkspace(dir.filePath(QStringLiteral("empty.tierscope"))));
        auto *page = w.emptyPage();
        QTRY_VERIFY(page->isVisible()); // once counted
        QVERIFY(!w.creatorsView()->isVisible());
        QVERIFY(page->sampleButton()->isEnabled());
        QVERIFY(!page->importButton()->isEnabled()); // import lands with its own issue

        w.createSampleWorkspace(300);
        QVERIFY(w.isBusy()); // returned at once: the work runs on a worker thread
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30'000);
        QCOMPARE(ui::MessageBox::shown().size(), 0);
        QTRY_VERIFY(w.creatorsView()->isVisible());
        QTRY_COMPARE(w.creatorsView()->model()->rowCount(), 300);
        QVERIFY(!page->isVisible());
        const auto lists = core::ShortlistRepository(w.workspace()->database()).list();
        QVERIFY(lists && !lists->isEmpty());
    }

    void sampleWorkspace_cancelledLeavesTheWorkspaceEmpty()
    {
        QTemporaryDir dir;
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(&settings);
        w.show();
        QVERIFY(w.openWorkspace(dir.filePath(QStringLiteral("empty.tierscope"))));
        w.createSampleWorkspace(60'000);
        auto *progress = w.findChild<QProgressDialog *>();
        QVERIFY(progress);
        QTRY_VERIFY(progress->value() >= 10'000); // the worker reports while the window runs
        QMetaObject::invokeMethod(progress, "canceled");
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30'000);
        QCOMPARE(ui::MessageBox::shown().size(), 0); // cancelling is not an error
        QCOMPARE(*core::CreatorRepository(w.workspace()->database()).totalCount(), 0);
        QTRY_VERIFY(w.emptyPage()->isVisible());
    }

    void editMenu_undoFollowsTheWorkspaceStack()
    {
        QTemporaryDir dir;
        test::addKnownCreators(*test::openWorkspace(dir, QStringLiteral("known")));
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(&settings);
        QVERIFY(w.openWorkspace(dir.filePath(QStringLiteral("known.tierscope"))));
        QAction *undo = menuAction(w, QStringLiteral("Edit"), QStringLiteral("Undo"));
        QVERIFY(undo);
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(!undo->isEnabled());
        const core::Creator c = *w.creatorsView()->model()->creatorAt(0);
        core::Creator changed = c;
        changed.displayName = QStringLiteral("Changed");
        QVERIFY(w.creatorsView()->editor()->edit(c, changed));
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(c.handle));
        undo->trigger();
        QCOMPARE(core::CreatorRepository(w.workspace()->database()).get(c.id)->displayName,
                 c.displayName);
        QVERIFY(menuAction(w, QStringLiteral("File"), QStringLiteral("Quit")));
        QCOMPARE(menuAction(w, QStringLiteral("File"), QStringLiteral("Open Workspace"))->shortcut(),
                 QKeySequence(QKeySequence::Open));
        QVERIFY(menuAction(w, QStringLiteral("File"), QStringLiteral("Import CSV"))->isEnabled());
        QCOMPARE(menuAction(w, QStringLiteral("Edit"), QStringLiteral("Find"))->shortcut(),
                 QKeySequence(QKeySequence::Find));
    }

    void sidebar_switchesPages()
    {
        QTemporaryDir dir;
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(&settings);
        w.show();
        auto *pages = w.findChild<QStackedWidget *>();
        QVERIFY(pages);
        w.sidebar()->setCurrentPage(ui::NavigationSidebar::Page::Campaigns);
        QVERIFY(!w.emptyPage()->isVisible() && !w.creatorsView()->isVisible());
        menuAction(w, QStringLiteral("View"), QStringLiteral("Creators"))->trigger();
        QCOMPARE(w.sidebar()->currentPage(), ui::NavigationSidebar::Page::Creators);
    }

    void windowGeometry_isRestored()
    {
        QTemporaryDir dir;
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        {
            ui::MainWindow w(&settings);
            w.show();
            w.resize(1010, 707);
            QTRY_COMPARE(w.size(), QSize(1010, 707));
            w.close();
        }
        ui::MainWindow again(&settings);
        QCOMPARE(again.size(), QSize(1010, 707));
    }

    void opening100kCreators_fetchesOnlyAFewPages()
    {
        QTemporaryDir dir;
        test::addGeneratedCreators(*test::openWorkspace(dir, QStringLiteral("big")), 100'000);
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow w(&settings);
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openWorkspace(dir.filePath(QStringLiteral("big.tierscope"))));
        QTRY_COMPARE(w.creatorsView()->model()->rowCount(), 100'000);
        QTest::qWait(200); // let the table paint
        const auto &stats = w.creatorsView()->model()->fetchStats();
        QVERIFY2(stats.pages() >= 1 && stats.pages() <= 3, qPrintable(QString::number(stats.pages())));
        QVERIFY(w.creatorsView()->model()->cachedPages() <= 3);
        QCOMPARE(stats.countQueries, 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
