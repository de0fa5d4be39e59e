// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/creator_repository.h"
#include "core/storage/shortlist_repository.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/common/creator_mime.h"
#include "ui/common/message_box.h"
#include "ui/creators/creator_table_model.h"
#include "ui/shortlists/shortlist_editor.h"
#include "ui/shortlists/shortlist_entry_model.h"
#include "ui/shortlists/shortlist_list_model.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace tierscope;
using ui::CreatorColumn;
using ui::ShortlistColumn;
using ui::ShortlistEntryModel;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<core::Workspace> workspace = test::openWorkspace(dir);
    QUndoStack undo;
    ui::ShortlistEditor editor{nullptr};
    QHash<QString, qint64> ids; // handle → creator id
    qint64 spring = 0;

    Fixture()
    {
        ids = test::addKnownCreators(*workspace);
        editor.setWorkspace(workspace.get(), &undo);
        spring = *repo().create(core::Shortlist{0, QStringLiteral("Spring"), {}, {}, {}, 0});
        repo().addCreators(spring, of({QStringLiteral("anna.fit"), QStringLiteral("ben.cooks"),
                                       QStringLiteral("carla.travel"), QStringLiteral("dan.tech"),
                                       QStringLiteral("eva.vegan")}));
        repo().setNote(spring, ids.value(QStringLiteral("ben.cooks")),
                       QStringLiteral("fast replies\nasked for a brief"));
        repo().setVerdict(spring, ids.value(QStringLiteral("carla.travel")), core::Verdict::Yes);
    }
    core::ShortlistRepository repo() const
    {
        return core::ShortlistRepository(workspace->database(), workspace->events());
    }
    QList<qint64> of(const QStringList &handles) const
    {
        QList<qint64> out;
        for (const QString &h : handles)
            out << ids.value(h);
        return out;
    }
    QList<qint64> stored() const
    {
        QList<qint64> out;
        const auto rows = repo().entries(spring); // kept: a range-for over *temporary dangles
        for (const core::ShortlistEntry &e : *rows)
            out << e.creatorId;
        return out;
    }
};

QStringList handles(const ShortlistEntryModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.rowAt(r)->creator.handle;
    return out;
}

} // namespace

class TestShortlistModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { ui::MessageBox::setAutoAnswers({}); }
    void cleanup() { ui::MessageBox::stopAutoAnswering(); }

    void listModel_showsNamesAndCounts_andFollowsEdits()
    {
        Fixture f;
        ui::ShortlistListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEditor(&f.editor);
        model.setWorkspace(f.workspace.get());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Spring"));
        QCOMPARE(model.index(0).data(ui::ShortlistListModel::CountRole).toLongLong(), 5);

        const qint64 vegan = f.editor.create(QStringLiteral("Vegan"));
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(vegan), 1);
        f.editor.addCreators(vegan, f.of({QStringLiteral("eva.vegan")}));
        QTRY_COMPARE(model.index(1).data(ui::ShortlistListModel::CountRole).toLongLong(), 1);

        // Renaming in place is an undo step; a taken name is refused.
        QVERIFY(model.setData(model.index(0), QStringLiteral("A spring")));
        QTRY_COMPARE(model.index(0).data().toString(), QStringLiteral("A spring"));
        QVERIFY(!model.setData(model.index(0), QStringLiteral("vegan")));
        f.undo.undo();
        QTRY_COMPARE(model.index(0).data().toString(), QStringLiteral("Spring"));
        f.editor.remove(f.spring);
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Vegan"));
    }

    void listModel_dropOnAShortlist_addsTheCreators()
    {
        Fixture f;
        ui::ShortlistListModel model;
        model.setEditor(&f.editor);
        model.setWorkspace(f.workspace.get());
        std::unique_ptr<QMimeData> data(ui::CreatorMime::toMimeData(
            f.of({QStringLiteral("gia.style"), QStringLiteral("anna.fit")})));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, 0, 0, {})); // not between
        QVERIFY(model.dropMimeData(data.get(), Qt::CopyAction, -1, -1, model.index(0)));
        QCOMPARE(f.stored().size(), 6);
        QCOMPARE(f.stored().last(), f.ids.value(QStringLiteral("gia.style")));
    }

    void entryModel_showsCreatorColumnsAndEntryFields()
    {
        Fixture f;
        ShortlistEntryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEditor(&f.editor);
        model.setWorkspace(f.workspace.get());
        model.setShortlist(f.spring);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), ui::CreatorColumns::count + 3);
        const auto cell = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, int(CreatorColumn::Handle)), QStringLiteral("@anna.fit"));
        QCOMPARE(cell(0, int(CreatorColumn::Followers)), QLocale().toString(48'700));
        QCOMPARE(model.index(0, int(CreatorColumn::Tier)).data(ui::CreatorTableModel::TierRole).toInt(),
                 int(core::Tier::Micro));
        QCOMPARE(cell(3, int(ShortlistColumn::Position)), QLocale().toString(4));
        QCOMPARE(cell(2, int(ShortlistColumn::Verdict)), core::verdictDisplayName(core::Verdict::Yes));
        QCOMPARE(model.index(2, int(ShortlistColumn::Verdict)).data(Qt::EditRole).toInt(),
                 int(core::Verdict::Yes));
        QCOMPARE(cell(1, int(ShortlistColumn::Note)), QStringLiteral("fast replies"));
        QCOMPARE(model.index(1, int(ShortlistColumn::Note)).data(Qt::EditRole).toString(),
                 QStringLiteral("fast replies\nasked for a brief"));
        QCOMPARE(model.headerData(int(ShortlistColumn::Verdict), Qt::Horizontal).toString(),
                 QStringLiteral("Verdict"));
        QCOMPARE(model.headerData(int(CreatorColumn::EngagementRate), Qt::Horizontal).toString(),
                 ui::CreatorColumns::title(CreatorColumn::EngagementRate));
        QVERIFY(model.flags(model.index(0, int(ShortlistColumn::Note))) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, int(CreatorColumn::Handle))) & Qt::ItemIsEditable));
    }

    void entryModel_moveRows_reordersAsOneUndoStep()
    {
        Fixture f;
        ShortlistEntryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEditor(&f.editor);
        model.setWorkspace(f.workspace.get());
        model.setShortlist(f.spring);
        const QStringList before = handles(model);
        // anna and ben after dan: rows 0–1 before row 4.
        QVERIFY(model.moveRows({}, 0, 2, {}, 4));
        const QStringList moved = {QStringLiteral("carla.travel"), QStringLiteral("dan.tech"),
                                   QStringLiteral("anna.fit"), QStringLiteral("ben.cooks"),
                                   QStringLiteral("eva.vegan")};
        QCOMPARE(handles(model), moved);
        QCOMPARE(f.stored(), f.of(moved));
        QCOMPARE(f.undo.count(), 1);
        QVERIFY(!model.moveRows({}, 1, 1, {}, 2)); // onto itself
        QVERIFY(!model.moveRows({}, 0, 1, {}, 9)); // out of range

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        f.undo.undo();
        QTRY_COMPARE(handles(model), before);
        QCOMPARE(f.stored(), f.of(before));
        f.undo.redo();
        QTRY_COMPARE(handles(model), moved);
        QCOMPARE(resets.count(), 0); // layout changes, not resets: selections survive
    }

    void entryModel_moveEntries_gathersScatteredRows()
    {
        Fixture f;
        ShortlistEntryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEditor(&f.editor);
        model.setWorkspace(f.workspace.get());
        model.setShortlist(f.spring);
        const QPersistentModelIndex eva = model.index(4, 0);
        QVERIFY(model.moveEntries({4, 1}, 0)); // ben and eva to the top, in list order
        const QStringList moved = {QStringLiteral("ben.cooks"), QStringLiteral("eva.vegan"),
                                   QStringLiteral("anna.fit"), QStringLiteral("carla.travel"),
                                   QStringLiteral("dan.tech")};
        QCOMPARE(handles(model), moved);
        QCOMPARE(eva.row(), 1);
        QCOMPARE(f.stored(), f.of(moved));
        QCOMPARE(f.undo.count(), 1);
    }

    void entryModel_followsRemovalsAndInsertionsWithoutReset()
    {
        Fixture f;
        ShortlistEntryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEditor(&f.editor);
        model.setWorkspace(f.workspace.get());
        model.setShortlist(f.spring);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(f.editor.removeCreators(f.spring, f.of({QStringLiteral("ben.cooks"),
                                                        QStringLiteral("dan.tech")})));
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(removed.count(), 2);
        f.undo.undo();
        QTRY_COMPARE(model.rowCount(), 5);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(handles(model)[1], QStringLiteral("ben.cooks"));
        QCOMPARE(model.index(1, int(ShortlistColumn::Note)).data().toString(),
                 QStringLiteral("fast replies"));
        f.editor.addCreators(f.spring, f.of({QStringLiteral("kim.beauty")}));
        QTRY_COMPARE(model.rowCount(), 6);
        QCOMPARE(resets.count(), 0);
    }

    void entryModel_editingNoteAndVerdict_areUndoSteps()
    {
        Fixture f;
        ShortlistEntryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEditor(&f.editor);
        model.setWorkspace(f.workspace.get());
        model.setShortlist(f.spring);
        const QModelIndex note = model.index(0, int(ShortlistColumn::Note));
        QVERIFY(model.setData(note, QStringLiteral("ask for rates")));
        QCOMPARE(note.data().toString(), QStringLiteral("ask for rates"));
        QVERIFY(!model.setData(note, QStringLiteral("ask for rates"))); // unchanged: no step
        const QModelIndex verdict = model.index(0, int(ShortlistColumn::Verdict));
        QVERIFY(model.setData(verdict, int(core::Verdict::No)));
        QVERIFY(!model.setData(verdict, 17));
        QCOMPARE(f.undo.count(), 2);
        QCOMPARE(f.repo().entries(f.spring)->at(0).verdict, core::Verdict::No);
        f.undo.undo();
        f.undo.undo();
        QTRY_COMPARE(note.data().toString(), QString());
        QCOMPARE(verdict.data(Qt::EditRole).toInt(), int(core::Verdict::Undecided));
    }

    void entryModel_dragCarriesIds_andDropsFromElsewhereAreAdded()
    {
        Fixture f;
        ShortlistEntryModel model;
        model.setEditor(&f.editor);
        model.setWorkspace(f.workspace.get());
        model.setShortlist(f.spring);
        std::unique_ptr<QMimeData> data(
            model.mimeData({model.index(3, 0), model.index(1, 2), model.index(1, 0)}));
        QCOMPARE(ui::CreatorMime::ids(data.get()),
                 f.of({QStringLiteral("ben.cooks"), QStringLiteral("dan.tech")}));
        std::unique_ptr<QMimeData> other(ui::CreatorMime::toMimeData(
            f.of({QStringLiteral("hugo.games"), QStringLiteral("ben.cooks")})));
        QVERIFY(model.dropMimeData(other.get(), Qt::CopyAction, 0, 0, {}));
        QTRY_COMPARE(model.rowCount(), 6);
        QCOMPARE(handles(model).last(), QStringLiteral("hugo.games"));
    }

    void entryModel_readOnlyWorkspace_allowsNoEdits()
    {
        Fixture f;
        f.editor.setWorkspace(f.workspace.get(), nullptr); // no undo stack: as read-only
        ShortlistEntryModel model;
        model.setEditor(&f.editor);
        model.setWorkspace(f.workspace.get());
        model.setShortlist(f.spring);
        QVERIFY(!(model.flags(model.index(0, int(ShortlistColumn::Note))) & Qt::ItemIsEditable));
        QVERIFY(!model.moveRows({}, 0, 1, {}, 3));
        QVERIFY(!model.setData(model.index(0, int(ShortlistColumn::Note)), QStringLiteral("x")));
    }
};

QTEST_MAIN(TestShortlistModels)
#include "tst_shortlist_models.moc"
