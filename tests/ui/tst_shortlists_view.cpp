// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/creator_csv_exporter.h"
#include "core/storage/creator_repository.h"
#include "core/storage/shortlist_repository.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/common/app_settings.h"
#include "ui/common/creator_mime.h"
#include "ui/common/message_box.h"
#include "ui/creators/creator_table_model.h"
#include "ui/creators/creators_view.h"
#include "ui/main/main_window.h"
#include "ui/main/navigation_sidebar.h"
#include "ui/shortlists/shortlist_chooser.h"
#include "ui/shortlists/shortlist_editor.h"
#include "ui/shortlists/shortlist_entries_pane.h"
#include "ui/shortlists/shortlist_entry_model.h"
#include "ui/shortlists/shortlist_entry_table.h"
#include "ui/shortlists/shortlist_list_model.h"
#include "ui/shortlists/shortlists_view.h"

#include <QLabel>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListView>
#include <QMimeData>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace tierscope;
using ui::NavigationSidebar;

namespace {

// A main window on a workspace with the twelve known creators and "Spring" holding two.
struct Fixture
{
    QTemporaryDir dir;
    ui::AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    QHash<QString, qint64> ids; // handle → creator id
    qint64 spring = 0;
    std::unique_ptr<ui::MainWindow> window;

    Fixture()
    {
        {
            auto ws = test::openWorkspace(dir, QStringLiteral("sl"));
            ids = test::addKnownCreators(*ws);
            core::ShortlistRepository repo(ws->database());
            spring = *repo.create(core::Shortlist{0, QStringLiteral("Spring"), {}, {}, {}, 0});
            repo.addCreators(spring, {ids.value(QStringLiteral("anna.fit")),
                                      ids.value(QStringLiteral("ben.cooks"))});
        }
        window = std::make_unique<ui::MainWindow>(&settings);
        window->resize(1400, 900);
        window->show();
        window->openWorkspace(dir.filePath(QStringLiteral("sl.tierscope")));
    }
    ui::ShortlistsView &view() { return *window->shortlistsView(); }
    ui::CreatorsView &creators() { return *window->creatorsView(); }
    NavigationSidebar &sidebar() { return *window->sidebar(); }
    ui::ShortlistEntriesPane &pane() { return *view().entriesPane(); }
    ui::ShortlistEntryModel &entries() { return *pane().model(); }
    core::ShortlistRepository repo() const
    {
        return core::ShortlistRepository(window->workspace()->database(), window->workspace()->events());
    }
    QList<qint64> stored(qint64 id) const
    {
        QList<qint64> out;
        const auto rows = repo().entries(id); // kept: a range-for over *temporary dangles
        for (const core::ShortlistEntry &e : *rows)
            out << e.creatorId;
        return out;
    }
    QList<qint64> selectCreatorRows(const QList<int> &rows)
    {
        QTableView *table = creators().table();
        table->clearSelection();
        QList<qint64> picked;
        for (int r : rows) {
            table->selectionModel()->select(creators().model()->index(r, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
            picked << creators().model()->idAt(r);
        }
        return picked;
    }
    void showShortlist(qint64 id)
    {
        sidebar().setCurrentShortlist(id);
        QTRY_COMPARE(view().currentShortlistId(), id);
        QTRY_COMPARE(entries().shortlistId(), id);
    }
};

QList<qint64> entryIds(const ui::ShortlistEntryModel &m)
{
    return m.creatorIds();
}

} // namespace

class TestShortlistsView : public QObject
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

    void addToShortlist_fromCreators_addsExactlyTheSelectedCreators()
    {
        Fixture f;
        QTRY_COMPARE(f.creators().model()->rowCount(), 12);
        const QList<qint64> picked = f.selectCreatorRows({1, 4, 7});
        QAction *add = f.creators().collectActions().at(0);
        QVERIFY(add->isEnabled());
        add->trigger();
        ui::ShortlistChooser *chooser = f.view().chooser();
        QVERIFY(chooser);
        QVERIFY(chooser->actionFor(f.spring));
        QVERIFY(chooser->actionFor(f.spring)->text().startsWith(QStringLiteral("Spring\t")));
        chooser->actionFor(f.spring)->trigger();
        chooser->close();

        QList<qint64> expected = {f.ids.value(QStringLiteral("anna.fit")),
                                  f.ids.value(QStringLiteral("ben.cooks"))};
        for (qint64 id : picked) {
            if (!expected.contains(id))
                expected << id;
        }
        QCOMPARE(f.stored(f.spring), expected); // the selection, in table order, nothing else
        QCOMPARE(f.window->undoStack()->count(), 1);
        // The sidebar's count follows.
        const int row = f.sidebar().rowOfShortlist(f.spring);
        QTRY_COMPARE(f.sidebar().item(row)->data(NavigationSidebar::CountRole).toLongLong(),
                     qint64(expected.size()));
        f.window->undoStack()->undo();
        QCOMPARE(f.stored(f.spring), expected.mid(0, 2));
    }

    void ctrlL_withNewShortlist_createsItHoldingTheSelection_inOneUndoStep()
    {
        Fixture f;
        QTRY_COMPARE(f.creators().model()->rowCount(), 12);
        f.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        f.creators().table()->setFocus();
        const QList<qint64> picked = f.selectCreatorRows({0, 2});
        f.view().editor()->setNamePrompt(
            [](const QString &, const QString &, const QString &suggestion) -> std::optional<QString> {
                return suggestion == QStringLiteral("Shortlist") ? QStringLiteral("Vegan picks")
                                                                 : QString();
            });
        QTest::keyClick(f.creators().table(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(f.view().chooser());
        f.view().chooser()->newShortlistAction()->trigger();
        f.view().chooser()->close();
        const auto created = f.repo().findByNameOrId(QStringLiteral("Vegan picks"));
        QVERIFY(created);
        QCOMPARE(f.stored(created->id), picked);
        QCOMPARE(f.window->undoStack()->count(), 1);
        QTRY_VERIFY(f.sidebar().rowOfShortlist(created->id) >= 0);
        f.window->undoStack()->undo();
        QVERIFY(!f.repo().get(created->id));
        QTRY_COMPARE(f.sidebar().rowOfShortlist(created->id), -1);
    }

    void sidebar_listsShortlistsWithCounts_andOpensThem()
    {
        Fixture f;
        const int header = f.sidebar().rowOfShortlist(f.spring) - 1;
        QCOMPARE(f.sidebar().item(header)->text(), NavigationSidebar::title(NavigationSidebar::Page::Shortlists));
        QListWidgetItem *spring = f.sidebar().item(header + 1);
        QCOMPARE(spring->text(), QStringLiteral("Spring"));
        QCOMPARE(spring->data(NavigationSidebar::CountRole).toLongLong(), 2);
        QCOMPARE(f.sidebar().item(header + 2)->text(), NavigationSidebar::title(NavigationSidebar::Page::Compare));

        f.view().editor()->create(QStringLiteral("Autumn"));
        QTRY_COMPARE(f.sidebar().item(header + 1)->text(), QStringLiteral("Autumn"));
        QCOMPARE(f.sidebar().item(header + 2)->text(), QStringLiteral("Spring"));

        f.sidebar().setCurrentRow(header + 2);
        QCOMPARE(f.sidebar().currentPage(), NavigationSidebar::Page::Shortlists);
        QVERIFY(f.view().isVisible());
        QCOMPARE(f.view().currentShortlistId(), f.spring);
        QCOMPARE(f.entries().rowCount(), 2);
        // Ctrl+1…5 still reach every page.
        f.sidebar().setCurrentPage(NavigationSidebar::Page::Insights);
        QCOMPARE(f.sidebar().currentPage(), NavigationSidebar::Page::Insights);
        f.sidebar().setCurrentPage(NavigationSidebar::Page::Creators);
        QVERIFY(f.creators().isVisible());
    }

    void droppingCreatorsOnASidebarShortlist_addsThem_butNotOnAPage()
    {
        Fixture f;
        NavigationSidebar &bar = f.sidebar();
        const QList<qint64> dragged = {f.ids.value(QStringLiteral("kim.beauty")),
                                       f.ids.value(QStringLiteral("anna.fit"))};
        const auto drop = [&bar, &dragged](int row) {
            const QPoint pos = bar.visualItemRect(bar.item(row)).center();
            std::unique_ptr<QMimeData> data(ui::CreatorMime::toMimeData(dragged));
            QDragEnterEvent enter(pos, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(bar.viewport(), &enter);
            QDragMoveEvent move(pos, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(bar.viewport(), &move);
            if (!move.isAccepted()) {
                QDragLeaveEvent leave;
                QApplication::sendEvent(bar.viewport(), &leave);
                return false;
            }
            QDropEvent dropped(QPointF(pos), Qt::CopyAction, data.get(), Qt::LeftButton,
                               Qt::NoModifier);
            QApplication::sendEvent(bar.viewport(), &dropped);
            return dropped.isAccepted();
        };
        QVERIFY(!drop(0)); // "Creators"
        QCOMPARE(f.stored(f.spring).size(), 2);
        QVERIFY(drop(bar.rowOfShortlist(f.spring)));
        QCOMPARE(f.stored(f.spring),
                 QList<qint64>({f.ids.value(QStringLiteral("anna.fit")),
                                f.ids.value(QStringLiteral("ben.cooks")),
                                f.ids.value(QStringLiteral("kim.beauty"))}));
        QCOMPARE(bar.currentPage(), NavigationSidebar::Page::Creators); // the page stays
    }

    void reorderByDrag_movesRows_andUndoRedoRestoreTheOrder()
    {
        Fixture f;
        f.repo().addCreators(f.spring, {f.ids.value(QStringLiteral("carla.travel")),
                                        f.ids.value(QStringLiteral("dan.tech"))});
        f.showShortlist(f.spring);
        QTRY_COMPARE(f.entries().rowCount(), 4);
        const QList<qint64> before = entryIds(f.entries());
        ui::ShortlistEntryTable *table = f.pane().table();
        table->selectionModel()->select(f.entries().index(0, 0),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->selectionModel()->select(f.entries().index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(table->moveSelectionTo(4)); // what dropping below the last row does
        const QList<qint64> after = {before[1], before[3], before[0], before[2]};
        QCOMPARE(entryIds(f.entries()), after);
        QCOMPARE(f.stored(f.spring), after);
        QCOMPARE(table->selectedRowNumbers(), QList<int>({2, 3})); // the moved rows stay selected
        f.window->undoStack()->undo();
        QTRY_COMPARE(entryIds(f.entries()), before);
        QCOMPARE(f.stored(f.spring), before);
        f.window->undoStack()->redo();
        QTRY_COMPARE(entryIds(f.entries()), after);
    }

    void keys_removeAndDecide_eachAnUndoStep()
    {
        Fixture f;
        f.showShortlist(f.spring);
        f.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        ui::ShortlistEntryTable *table = f.pane().table();
        QTRY_VERIFY(table->isVisible());
        table->setFocus();
        table->selectionModel()->setCurrentIndex(f.entries().index(1, 0),
                                                 QItemSelectionModel::ClearAndSelect
                                                     | QItemSelectionModel::Rows);
        QTest::keyClick(table, Qt::Key_Y);
        QCOMPARE(f.repo().entries(f.spring)->at(1).verdict, core::Verdict::Yes);
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_COMPARE(f.entries().rowCount(), 1);
        QCOMPARE(f.stored(f.spring), QList<qint64>({f.ids.value(QStringLiteral("anna.fit"))}));
        QCOMPARE(f.window->undoStack()->count(), 2);
        f.window->undoStack()->undo();
        QTRY_COMPARE(f.entries().rowCount(), 2);
        QCOMPARE(f.repo().entries(f.spring)->at(1).verdict, core::Verdict::Yes);
        f.window->undoStack()->undo();
        QCOMPARE(f.repo().entries(f.spring)->at(1).verdict, core::Verdict::Undecided);
    }

    void shortlistActions_renameDuplicateDelete_undoRestoresEach()
    {
        Fixture f;
        f.showShortlist(f.spring);
        QUndoStack *undo = f.window->undoStack();
        ui::ShortlistListModel *list = f.view().listModel();
        QVERIFY(list->setData(list->index(list->rowOf(f.spring)), QStringLiteral("Spring launch")));
        QTRY_COMPARE(f.pane().findChild<QLabel *>(QStringLiteral("shortlistTitle"))->text(),
                     QStringLiteral("Spring launch"));
        f.view().editor()->setNamePrompt(
            [](const QString &, const QString &, const QString &suggestion) -> std::optional<QString> {
                return suggestion;
            });
        f.view().duplicateAction()->trigger();
        const auto copy = f.repo().findByNameOrId(QStringLiteral("Spring launch (copy)"));
        QVERIFY(copy);
        QCOMPARE(f.stored(copy->id), f.stored(f.spring));
        QTRY_COMPARE(f.view().currentShortlistId(), copy->id); // the copy is shown
        f.view().deleteAction()->trigger();
        QVERIFY(!f.repo().get(copy->id));
        QTRY_COMPARE(f.view().listModel()->rowCount(), 1);
        QCOMPARE(undo->count(), 3);
        undo->undo();
        QCOMPARE(f.stored(copy->id), f.stored(f.spring));
        undo->undo();
        QVERIFY(!f.repo().get(copy->id));
        undo->undo();
        QCOMPARE(f.repo().get(f.spring)->name, QStringLiteral("Spring"));
    }

    void exportCsv_writesTheShortlistInItsOrder()
    {
        Fixture f;
        f.showShortlist(f.spring);
        QVERIFY(f.pane().exportAction()->isEnabled());
        const QString path = f.dir.filePath(QStringLiteral("spring.csv"));
        QVERIFY(f.pane().exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"),
                                                                           Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(core::CreatorCsvExporter::shortlistColumns().first()));
        QVERIFY(lines[1].contains(QStringLiteral("anna.fit")));
        QVERIFY(lines[2].contains(QStringLiteral("ben.cooks")));
    }

    void compare_followsAvailability_thenAnnouncesTheSelection()
    {
        Fixture f;
        f.showShortlist(f.spring);
        QAction *compare = f.pane().compareAction();
        f.pane().table()->selectAll();
        QVERIFY(compare->isEnabled()); // the window has a Compare view
        f.view().setCompareAvailable(false);
        QVERIFY(!compare->isEnabled());
        f.view().setCompareAvailable(true);
        QVERIFY(compare->isEnabled());
        QList<qint64> announced;
        QObject::connect(&f.view(), &ui::ShortlistsView::compareRequested, &f.view(),
                         [&announced](const QList<qint64> &ids) { announced = ids; });
        compare->trigger();
        QCOMPARE(announced, f.stored(f.spring));
    }

    void readOnlyWorkspace_offersNoEdits()
    {
        QTemporaryDir dir;
        {
            auto ws = test::openWorkspace(dir, QStringLiteral("ro"));
            test::addKnownCreators(*ws);
            core::ShortlistRepository(ws->database())
                .create(core::Shortlist{0, QStringLiteral("Spring"), {}, {}, {}, 0});
        }
        auto ws = core::Workspace::open(dir.filePath(QStringLiteral("ro.tierscope")),
                                        core::Workspace::Mode::ReadOnly);
        QVERIFY(ws);
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::ShortlistsView view(settings);
        view.setWorkspace(ws->get(), nullptr);
        QTRY_COMPARE(view.listModel()->rowCount(), 1);
        QVERIFY(!view.newAction()->isEnabled());
        QVERIFY(!view.deleteAction()->isEnabled());
        view.addCreatorsInteractive({1});
        QVERIFY(!view.chooser());
    }
};

QTEST_MAIN(TestShortlistsView)
#include "tst_shortlists_view.moc"
