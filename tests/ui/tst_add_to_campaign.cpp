// SPDX-License-Identifier: GPL-3.0-or-later
// "Add to Campaign…" from Compare and from Shortlists: each announces the creators it means
// (the chosen columns or all of them; the selected entries), and in the main window the
// Campaigns view asks which campaign and adds them as one undo step.
#include "core/storage/campaign_repository.h"
#include "core/storage/creator_repository.h"
#include "core/storage/shortlist_repository.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/campaigns/campaigns_view.h"
#include "ui/common/app_settings.h"
#include "ui/common/message_box.h"
#include "ui/compare/compare_view.h"
#include "ui/compare/comparison_model.h"
#include "ui/main/main_window.h"
#include "ui/main/navigation_sidebar.h"
#include "ui/shortlists/shortlist_entries_pane.h"
#include "ui/shortlists/shortlist_entry_model.h"
#include "ui/shortlists/shortlist_entry_table.h"
#include "ui/shortlists/shortlists_view.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace tierscope;
using namespace Qt::StringLiterals;

namespace {

// The known creators; campaigns "Launch" (with @anna.fit on it already) and "Old" (archived);
// the shortlist "Spring" with @ben.cooks, @eva.vegan and @anna.fit.
struct Fixture
{
    QTemporaryDir dir;
    ui::AppSettings settings{dir.filePath(u"settings.ini"_s)};
    QHash<QString, qint64> ids;
    qint64 launch = 0;
    qint64 old = 0;
    qint64 spring = 0;
    std::unique_ptr<ui::MainWindow> window;

    Fixture()
    {
        {
            auto ws = test::openWorkspace(dir, u"add"_s);
            ids = test::addKnownCreators(*ws);
            core::CampaignRepository repo(ws->database());
            core::Campaign c;
            c.name = u"Launch"_s;
            c.budget = core::Money(100'000, u"USD"_s);
            launch = *repo.create(c);
            c.name = u"Old"_s;
            c.archived = true;
            old = *repo.create(c);
            core::RosterEntry e;
            e.campaignId = launch;
            e.creatorId = ids.value(u"anna.fit"_s);
            repo.addEntry(e);
            core::ShortlistRepository lists(ws->database());
            spring = *lists.create(core::Shortlist{0, u"Spring"_s, {}, {}, {}, 0});
            lists.addCreators(spring, idsOf({u"ben.cooks"_s, u"eva.vegan"_s, u"anna.fit"_s}));
        }
        window = std::make_unique<ui::MainWindow>(&settings);
        window->resize(1400, 900);
        window->show();
        window->openWorkspace(dir.filePath(u"add.tierscope"_s));
    }
    QList<qint64> idsOf(const QStringList &handles) const
    {
        QList<qint64> out;
        for (const QString &h : handles)
            out << ids.value(h);
        return out;
    }
    ui::CompareView &compare() { return *window->compareView(); }
    ui::ShortlistsView &shortlists() { return *window->shortlistsView(); }
    ui::ShortlistEntriesPane &pane() { return *shortlists().entriesPane(); }
    // Creator ids on a campaign's roster, in roster order.
    QList<qint64> roster(qint64 campaignId) const
    {
        QList<qint64> out;
        const auto entries = core::CampaignRepository(window->workspace()->database())
                                 .entries(campaignId); // kept: never range-for over *temporary
        for (const core::RosterEntry &e : *entries)
            out << e.creatorId;
        return out;
    }
    void showSpring()
    {
        window->sidebar()->setCurrentShortlist(spring);
        QTRY_COMPARE(pane().model()->shortlistId(), spring);
        QTRY_COMPARE(pane().model()->rowCount(), 3);
    }
    void selectSpringRows(const QList<int> &rows)
    {
        QTableView *table = pane().table();
        table->clearSelection();
        for (int r : rows)
            table->selectionModel()->select(pane().model()->index(r, 0),
                                            QItemSelectionModel::Select
                                                | QItemSelectionModel::Rows);
    }
};

// Answers the menu the next trigger opens ("which campaign?"): chooses `choice`, or dismisses it
// when there is no such entry; what it offered goes to *offered. Cancelled with `context`.
void answerNextMenu(QObject *context, const QString &choice, QStringList *offered)
{
    QTimer::singleShot(0, context, [choice, offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            qWarning("no menu open");
            return;
        }
        QAction *chosen = nullptr;
        for (QAction *a : menu->actions()) {
            *offered << a->text();
            if (a->text() == choice)
                chosen = a;
        }
        if (!chosen) {
            menu->close();
            return;
        }
        menu->setActiveAction(chosen);
        QTest::keyClick(menu, Qt::Key_Return);
    });
}

} // namespace

class TestAddToCampaign : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        ui::MessageBox::setAutoAnswers({});
        ui::MessageBox::clearShown();
    }
    void cleanup() { ui::MessageBox::stopAutoAnswering(); }

    void compare_announcesChosenColumnsElseAll()
    {
        Fixture f;
        f.compare().setCreators(f.idsOf({u"ben.cooks"_s, u"dan.tech"_s, u"eva.vegan"_s}));
        QAction *add = f.compare().addToCampaignAction();
        QTRY_VERIFY(add->isEnabled()); // once the creators are read
        QSignalSpy spy(&f.compare(), &ui::CompareView::addToCampaignRequested);
        QObject guard;
        QStringList offered;
        answerNextMenu(&guard, QString(), &offered); // the window asks which campaign: dismissed
        add->trigger();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<QList<qint64>>(),
                 f.idsOf({u"ben.cooks"_s, u"dan.tech"_s, u"eva.vegan"_s}));

        QTRY_COMPARE(f.compare().model()->columnCount(), 3);
        f.compare().table()->selectColumn(2);
        answerNextMenu(&guard, QString(), &offered);
        add->trigger();
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).value<QList<qint64>>(), f.idsOf({u"eva.vegan"_s}));

        QCOMPARE(f.roster(f.launch), f.idsOf({u"anna.fit"_s})); // dismissed: nothing added
        f.compare().setCreators({});
        QTRY_VERIFY(!add->isEnabled());
    }

    void compare_throughMainWindow_addsToTheChosenCampaign_oneUndoStep()
    {
        Fixture f;
        f.compare().setCreators(f.idsOf({u"ben.cooks"_s, u"anna.fit"_s, u"dan.tech"_s}));
        QTRY_VERIFY(f.compare().addToCampaignAction()->isEnabled());
        QObject guard;
        QStringList offered;
        answerNextMenu(&guard, u"Launch"_s, &offered);
        const int steps = f.window->undoStack()->count();
        f.compare().addToCampaignAction()->trigger();
        QCOMPARE(offered, QStringList{u"Launch"_s}); // the archived campaign is not offered
        // anna was there already: ben and dan are added after her.
        QCOMPARE(f.roster(f.launch), f.idsOf({u"anna.fit"_s, u"ben.cooks"_s, u"dan.tech"_s}));
        QCOMPARE(f.roster(f.old), QList<qint64>());
        QCOMPARE(f.window->undoStack()->count(), steps + 1);
        f.window->undoStack()->undo();
        QCOMPARE(f.roster(f.launch), f.idsOf({u"anna.fit"_s}));
    }

    void shortlists_announceTheSelectedEntries()
    {
        Fixture f;
        f.showSpring();
        QAction *add = f.pane().addToCampaignAction();
        f.pane().table()->clearSelection();
        QVERIFY(!add->isEnabled()); // nothing selected
        f.selectSpringRows({0, 2});
        QVERIFY(add->isEnabled());
        f.shortlists().setCampaignAvailable(false);
        QVERIFY(!add->isEnabled());
        f.shortlists().setCampaignAvailable(true);
        QVERIFY(add->isEnabled());

        QSignalSpy spy(&f.shortlists(), &ui::ShortlistsView::addToCampaignRequested);
        QObject guard;
        QStringList offered;
        answerNextMenu(&guard, QString(), &offered);
        add->trigger();
        QCOMPARE(spy.size(), 1);
        // Rows 0 and 2 of the shortlist in its order: ben and anna.
        QCOMPARE(spy.at(0).at(0).value<QList<qint64>>(),
                 f.idsOf({u"ben.cooks"_s, u"anna.fit"_s}));
    }

    void shortlists_throughMainWindow_addsToTheChosenCampaign()
    {
        Fixture f;
        f.showSpring();
        f.selectSpringRows({0, 1});
        QObject guard;
        QStringList offered;
        answerNextMenu(&guard, u"Launch"_s, &offered);
        f.pane().addToCampaignAction()->trigger();
        QCOMPARE(offered, QStringList{u"Launch"_s});
        QCOMPARE(f.roster(f.launch), f.idsOf({u"anna.fit"_s, u"ben.cooks"_s, u"eva.vegan"_s}));
        f.window->undoStack()->undo();
        QCOMPARE(f.roster(f.launch), f.idsOf({u"anna.fit"_s}));
    }
};

QTEST_MAIN(TestAddToCampaign)
#include "tst_add_to_campaign.moc"
