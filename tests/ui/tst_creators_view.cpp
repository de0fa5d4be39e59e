// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/creator_repository.h"
#include "core/storage/shortlist_repository.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/common/app_settings.h"
#include "ui/common/message_box.h"
#include "ui/creators/creator_column.h"
#include "ui/creators/creator_detail_pane.h"
#include "ui/creators/creator_dialog.h"
#include "ui/creators/creator_editor.h"
#include "ui/creators/creator_filter_panel.h"
#include "ui/creators/creator_table_model.h"
#include "ui/creators/creators_view.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace tierscope;
using tierscope::ui::CreatorColumn;

// A Creators view over the twelve known creators, with its own settings file and undo stack.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<core::Workspace> workspace = test::openWorkspace(dir);
    ui::AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    QUndoStack undo;
    ui::CreatorsView view{settings};

    Fixture()
    {
        test::addKnownCreators(*workspace);
        view.setWorkspace(workspace.get(), &undo);
        view.resize(1200, 700);
        view.show();
    }
    ui::CreatorTableModel &model() { return *view.model(); }
    core::CreatorRepository repo() { return core::CreatorRepository(workspace->database(), workspace->events()); }
    int rowOf(const QString &handle)
    {
        for (int r = 0; r < model().rowCount(); ++r) {
            if (model().creatorAt(r)->handle == handle)
                return r;
        }
        return -1;
    }
};

class TestCreatorsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { ui::MessageBox::setAutoAnswers({}); }
    void cleanup() { ui::MessageBox::stopAutoAnswering(); }

    void typingInSearch_filtersAfterAPause()
    {
        Fixture f;
        QCOMPARE(f.model().rowCount(), 12);
        QLineEdit *search = f.view.filterPanel()->searchField();
        QTest::keyClicks(search, QStringLiteral("vega"));
        QCOMPARE(f.model().rowCount(), 12); // debounced: nothing yet
        QTRY_COMPARE(f.model().rowCount(), 4);
        QTest::keyClicks(search, QStringLiteral("n eats"));
        QTRY_COMPARE(f.model().rowCount(), 1);
        QCOMPARE(f.model().creatorAt(0)->handle, QStringLiteral("leo.vegan.eats"));
        QCOMPARE(f.view.filterPanel()->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
                 QStringLiteral("%1 of %2 match").arg(QLocale().toString(1), QLocale().toString(12)));
        f.view.clearFilters();
        QCOMPARE(f.model().rowCount(), 12);
        QVERIFY(search->text().isEmpty());
    }

    void rangeAndTierFilters_combine()
    {
        Fixture f;
        auto *panel = f.view.filterPanel();
        const QList<QLineEdit *> fields = panel->findChildren<QLineEdit *>();
        QLineEdit *minFollowers = nullptr;
        for (QLineEdit *e : fields) {
            if (e->toolTip().startsWith(QStringLiteral("At least this many followers")))
                minFollowers = e;
        }
        QVERIFY(minFollowers);
        QTest::keyClicks(minFollowers, QStringLiteral("50k"));
        QTRY_COMPARE(f.model().rowCount(), 5); // carla, dan, hugo, jon, kim
        core::CreatorFilter filter = panel->filter();
        QCOMPARE(filter.minFollowers, std::optional<qint64>(50'000));
        filter.tiers = {core::Tier::Micro};
        panel->setFilter(filter);
        QCOMPARE(minFollowers->text(), QStringLiteral("50000"));
        QCOMPARE(f.model().rowCount(), 1); // hugo, 99,999
        QCOMPARE(f.model().creatorAt(0)->handle, QStringLiteral("hugo.games"));
    }

    void filter_isRememberedInTheSettings()
    {
        QTemporaryDir dir;
        auto ws = test::openWorkspace(dir);
        test::addKnownCreators(*ws);
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        {
            ui::CreatorsView view(settings);
            view.setWorkspace(ws.get(), nullptr);
            core::CreatorFilter f;
            f.countries = {QStringLiteral("US")};
            view.filterPanel()->setFilter(f);
            QCOMPARE(view.model()->rowCount(), 5);
            view.saveState();
        }
        ui::CreatorsView again(settings);
        again.setWorkspace(ws.get(), nullptr);
        QCOMPARE(again.filterPanel()->filter().countries, QStringList{QStringLiteral("US")});
        QCOMPARE(again.model()->rowCount(), 5);
    }

    void clickingAHeader_sortsThroughTheModel()
    {
        Fixture f;
        QHeaderView *header = f.view.table()->horizontalHeader();
        // Default: followers, largest first.
        QCOMPARE(f.model().creatorAt(0)->handle, QStringLiteral("kim.beauty"));
        const auto click = [&](CreatorColumn c) {
            const int x = header->sectionViewportPosition(int(c)) + header->sectionSize(int(c)) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        click(CreatorColumn::Handle); // text columns start A→Z
        QCOMPARE(f.model().sortColumn(), int(CreatorColumn::Handle));
        QCOMPARE(f.model().sortOrder(), Qt::AscendingOrder);
        QCOMPARE(f.model().creatorAt(0)->handle, QStringLiteral("anna.fit"));
        QCOMPARE(f.model().creatorAt(11)->handle, QStringLiteral("leo.vegan.eats"));
        click(CreatorColumn::Handle);
        QCOMPARE(f.model().creatorAt(0)->handle, QStringLiteral("leo.vegan.eats"));
        click(CreatorColumn::EngagementRate); // numbers start largest first; unknown last
        QCOMPARE(f.model().sortOrder(), Qt::DescendingOrder);
        QCOMPARE(f.model().creatorAt(0)->handle, QStringLiteral("gia.style"));
        QCOMPARE(f.model().creatorAt(11)->handle, QStringLiteral("finn.runs"));
        click(CreatorColumn::Fee);
        QCOMPARE(f.model().creatorAt(0)->handle, QStringLiteral("kim.beauty"));
    }

    void editThenUndoRedo_restoresTheFields()
    {
        Fixture f;
        const int row = f.rowOf(QStringLiteral("ben.cooks"));
        const core::Creator before = *f.model().creatorAt(row);
        core::Creator after = before;
        after.displayName = QStringLiteral("Benjamin");
        after.followers = 15'000;
        after.country = QStringLiteral("IE");
        QVERIFY(f.view.editor()->edit(before, after));
        QCOMPARE(f.undo.count(), 1);
        QCOMPARE(f.undo.undoText(), QStringLiteral("Edit @ben.cooks"));
        QCOMPARE(f.repo().get(before.id)->displayName, QStringLiteral("Benjamin"));
        QCOMPARE(f.model().data(f.model().index(row, int(CreatorColumn::Name))).toString(),
                 QStringLiteral("Benjamin"));
        f.undo.undo();
        const core::Creator undone = *f.repo().get(before.id);
        QCOMPARE(undone.displayName, before.displayName);
        QCOMPARE(undone.followers, before.followers);
        QCOMPARE(undone.country, before.country);
        QCOMPARE(undone.engagementRate, before.engagementRate);
        QCOMPARE(f.model().data(f.model().index(row, int(CreatorColumn::Name))).toString(),
                 before.displayName);
        f.undo.redo();
        QCOMPARE(f.repo().get(before.id)->country, QStringLiteral("IE"));
    }

    void editDialog_savesThroughTheUndoStack()
    {
        Fixture f;
        f.view.selectRow(f.rowOf(QStringLiteral("eva.vegan")));
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ui::CreatorDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->field(QStringLiteral("followers"))->setText(QStringLiteral("9.1k"));
            dialog->accept();
        });
        f.view.editCurrentInteractive();
        QCOMPARE(f.undo.count(), 1);
        const core::Creator eva = *f.repo().findByHandle(core::Platform::Instagram,
                                                          QStringLiteral("eva.vegan"));
        QCOMPARE(eva.followers, std::optional<qint64>(9'100));
        f.undo.undo();
        QCOMPARE(f.repo().get(eva.id)->followers, std::optional<qint64>(8'500));
    }

    void deleteThenUndo_restoresTheCreatorAndItsShortlistEntries()
    {
        Fixture f;
        core::ShortlistRepository shortlists(f.workspace->database(), f.workspace->events());
        core::Shortlist s;
        s.name = QStringLiteral("Spring");
        const qint64 list = *shortlists.create(s);
        const int row = f.rowOf(QStringLiteral("carla.travel"));
        const core::Creator carla = *f.model().creatorAt(row);
        QVERIFY(*shortlists.addCreators(list, {carla.id}) == 1);

        ui::MessageBox::setAutoAnswers({QMessageBox::Cancel});
        QVERIFY(!f.view.editor()->remove({carla.id}));
        QCOMPARE(f.model().rowCount(), 12);

        ui::MessageBox::clearShown();
        ui::MessageBox::setAutoAnswers({QMessageBox::Yes});
        f.view.selectRow(row);
        f.view.deleteSelectedInteractive();
        QCOMPARE(ui::MessageBox::shown().size(), 1);
        QCOMPARE(ui::MessageBox::shown().first().text, QStringLiteral("Delete @carla.travel?"));
        QTRY_COMPARE(f.model().rowCount(), 11);
        QVERIFY(!f.repo().get(carla.id));
        QCOMPARE(shortlists.entries(list)->size(), 0);

        f.undo.undo();
        QTRY_COMPARE(f.model().rowCount(), 12);
        const core::Creator back = *f.repo().get(carla.id);
        QCOMPARE(back.handle, carla.handle);
        QCOMPARE(back.followers, carla.followers);
        QCOMPARE(back.fee, carla.fee);
        QCOMPARE(back.createdAt, carla.createdAt);
        QCOMPARE(back.updatedAt, carla.updatedAt);
        QCOMPARE(shortlists.entries(list)->size(), 1);

        f.undo.redo();
        QTRY_COMPARE(f.model().rowCount(), 11);
        QVERIFY(!f.repo().get(carla.id));
    }

    void addThenUndoRedo_keepsTheSameId()
    {
        Fixture f;
        QVERIFY(f.view.editor()->add(test::makeCreator(QStringLiteral("@New.One"),
                                                       core::Platform::TikTok, 20'000, 0.06,
                                                       QStringLiteral("US"))));
        QTRY_COMPARE(f.model().rowCount(), 13);
        const qint64 id = f.repo().findByHandle(core::Platform::TikTok, QStringLiteral("new.one"))->id;
        f.undo.undo();
        QTRY_COMPARE(f.model().rowCount(), 12);
        f.undo.redo();
        QTRY_COMPARE(f.model().rowCount(), 13);
        QCOMPARE(f.repo().findByHandle(core::Platform::TikTok, QStringLiteral("new.one"))->id, id);
        // A duplicate is refused with a message and leaves no undo step.
        QVERIFY(!f.view.editor()->add(test::makeCreator(QStringLiteral("new.one"),
                                                        core::Platform::TikTok, 1, 0.1,
                                                        QStringLiteral("US"))));
        QCOMPARE(f.undo.count(), 1);
        QTRY_COMPARE(ui::MessageBox::shown().size(), 1);
        QVERIFY(ui::MessageBox::shown().first().text.contains(QStringLiteral("already")));
    }

    void notesTypedInTheDetailPane_areOneUndoStep()
    {
        Fixture f;
        const int row = f.rowOf(QStringLiteral("jon.diy"));
        f.view.selectRow(row);
        const qint64 id = f.model().idAt(row);
        QCOMPARE(f.view.detailPane()->creatorId(), id);
        QPlainTextEdit *notes = f.view.detailPane()->notesEditor();
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Great "));
        f.view.detailPane()->commitNotes();
        QTest::keyClicks(notes, QStringLiteral("reach"));
        f.view.detailPane()->commitNotes();
        QCOMPARE(f.repo().get(id)->notes, QStringLiteral("Great reach"));
        QCOMPARE(f.undo.count(), 1); // merged
        QCOMPARE(notes->toPlainText(), QStringLiteral("Great reach"));
        f.undo.undo();
        QCOMPARE(f.repo().get(id)->notes, QString());
        QCOMPARE(notes->toPlainText(), QString()); // the pane follows the undo
    }

    void detailPane_followsTheSelection()
    {
        Fixture f;
        f.view.selectRow(f.rowOf(QStringLiteral("dan.tech")));
        QCOMPARE(f.view.detailPane()->creatorId(),
                 f.model().idAt(f.rowOf(QStringLiteral("dan.tech"))));
        const QList<QLabel *> labels = f.view.detailPane()->findChildren<QLabel *>();
        const bool showsHandle = std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->text() == QStringLiteral("@dan.tech");
        });
        QVERIFY(showsHandle);
    }
};

QTEST_MAIN(TestCreatorsView)
#include "tst_creators_view.moc"
