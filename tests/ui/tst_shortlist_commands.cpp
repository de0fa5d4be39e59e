// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/creator_repository.h"
#include "core/storage/shortlist_repository.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/common/message_box.h"
#include "ui/shortlists/shortlist_editor.h"

#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace tierscope;
using core::Verdict;

namespace {

// Everything shortlists hold, to compare before and after; updatedAt only when asked, since
// edits of names and entries move it on purpose.
struct State
{
    QList<core::Shortlist> lists;
    QList<QList<core::ShortlistEntry>> entries; // per shortlist, in list order

    bool operator==(const State &) const = default;
};

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<core::Workspace> workspace = test::openWorkspace(dir);
    QUndoStack undo;
    ui::ShortlistEditor editor{nullptr};
    QHash<QString, qint64> ids; // handle → creator id

    Fixture()
    {
        ids = test::addKnownCreators(*workspace);
        editor.setWorkspace(workspace.get(), &undo);
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
    State state(bool withUpdatedAt) const
    {
        State s;
        s.lists = *repo().list();
        for (core::Shortlist &l : s.lists) {
            s.entries << *repo().entries(l.id);
            if (!withUpdatedAt)
                l.updatedAt = {};
        }
        return s;
    }
    QList<qint64> order(qint64 shortlistId) const
    {
        QList<qint64> out;
        const auto rows = repo().entries(shortlistId); // kept: a range-for over *temporary dangles
        for (const core::ShortlistEntry &e : *rows)
            out << e.creatorId;
        return out;
    }
    // A list of three with notes and verdicts, and a gap in its positions (0, 2, 3).
    qint64 springList()
    {
        const qint64 id = *repo().create(core::Shortlist{0, QStringLiteral("Spring"), {}, {}, {}, 0});
        repo().addCreators(id, of({QStringLiteral("anna.fit"), QStringLiteral("ben.cooks"),
                                   QStringLiteral("carla.travel"), QStringLiteral("dan.tech")}));
        repo().removeCreators(id, of({QStringLiteral("ben.cooks")}));
        repo().setNote(id, ids.value(QStringLiteral("anna.fit")), QStringLiteral("great reels"));
        repo().setVerdict(id, ids.value(QStringLiteral("carla.travel")), Verdict::Maybe);
        return id;
    }
};

} // namespace

class TestShortlistCommands : public QObject
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

    void create_undoRemovesIt_redoRestoresSameIdAndTimes()
    {
        Fixture f;
        const State empty = f.state(true);
        const qint64 id = f.editor.create(QStringLiteral("  Vegan picks "));
        QVERIFY(id > 0);
        const State created = f.state(true);
        QCOMPARE(created.lists.size(), 1);
        QCOMPARE(created.lists[0].name, QStringLiteral("Vegan picks"));
        QCOMPARE(f.undo.count(), 1);
        f.undo.undo();
        QCOMPARE(f.state(true), empty);
        f.undo.redo();
        QCOMPARE(f.state(true), created);
        QCOMPARE(f.state(true).lists[0].id, id);
    }

    void rename_undoRedo_swapsTheName()
    {
        Fixture f;
        const qint64 id = f.springList();
        const State before = f.state(false);
        QVERIFY(f.editor.rename(id, QStringLiteral("Spring launch")));
        const State after = f.state(false);
        QCOMPARE(after.lists[0].name, QStringLiteral("Spring launch"));
        f.undo.undo();
        QCOMPARE(f.state(false), before);
        f.undo.redo();
        QCOMPARE(f.state(false), after);
    }

    void rename_toATakenName_failsWithoutAnUndoStep()
    {
        Fixture f;
        const qint64 id = f.springList();
        QVERIFY(f.editor.create(QStringLiteral("Vegan")) > 0);
        const int steps = f.undo.count();
        QVERIFY(!f.editor.rename(id, QStringLiteral("VEGAN")));
        QCOMPARE(f.undo.count(), steps);
        QCOMPARE(f.repo().get(id)->name, QStringLiteral("Spring"));
        QTRY_COMPARE(ui::MessageBox::shown().size(), 1);
        QVERIFY(ui::MessageBox::shown()[0].text.contains(QStringLiteral("already exists")));
    }

    void duplicate_copiesEntries_undoRedoRestoresTheSameCopy()
    {
        Fixture f;
        const qint64 id = f.springList();
        const State before = f.state(true);
        const qint64 copy = f.editor.duplicate(id, QStringLiteral("Spring (copy)"));
        QVERIFY(copy > 0 && copy != id);
        const auto original = *f.repo().entries(id);
        const auto copied = *f.repo().entries(copy);
        QCOMPARE(copied.size(), original.size());
        for (qsizetype i = 0; i < copied.size(); ++i) {
            QCOMPARE(copied[i].creatorId, original[i].creatorId);
            QCOMPARE(copied[i].position, original[i].position);
            QCOMPARE(copied[i].note, original[i].note);
            QCOMPARE(copied[i].verdict, original[i].verdict);
        }
        const State after = f.state(true);
        f.undo.undo();
        QCOMPARE(f.state(true), before);
        f.undo.redo();
        QCOMPARE(f.state(true), after);
    }

    void delete_undoRestoresShortlistAndEntriesExactly()
    {
        Fixture f;
        const qint64 id = f.springList();
        f.editor.create(QStringLiteral("Other"));
        const State before = f.state(true);
        QVERIFY(f.editor.remove(id));
        QCOMPARE(f.state(true).lists.size(), 1);
        QVERIFY(!f.repo().get(id));
        f.undo.undo();
        QCOMPARE(f.state(true), before); // same id, times, positions (with the gap), notes
        f.undo.redo();
        QVERIFY(!f.repo().get(id));
        f.undo.undo();
        QCOMPARE(f.state(true), before);
    }

    void add_skipsListedOnes_undoRemovesOnlyTheAdded_redoPutsThemBackExactly()
    {
        Fixture f;
        const qint64 id = f.springList();
        const State before = f.state(false);
        const QList<qint64> adding = f.of({QStringLiteral("dan.tech"), QStringLiteral("eva.vegan"),
                                           QStringLiteral("eva.vegan"), QStringLiteral("gia.style")});
        QCOMPARE(f.editor.addCreators(id, adding), 2);
        QCOMPARE(f.order(id), f.of({QStringLiteral("anna.fit"), QStringLiteral("carla.travel"),
                                    QStringLiteral("dan.tech"), QStringLiteral("eva.vegan"),
                                    QStringLiteral("gia.style")}));
        QCOMPARE(f.undo.text(0), QStringLiteral("Add 2 creators to “Spring”"));
        const State after = f.state(false);
        f.undo.undo();
        QCOMPARE(f.state(false), before);
        f.undo.redo();
        QCOMPARE(f.state(false), after); // same positions and added-at times
    }

    void add_whenAllAreListed_leavesNoUndoStep()
    {
        Fixture f;
        const qint64 id = f.springList();
        QCOMPARE(f.editor.addCreators(id, f.of({QStringLiteral("anna.fit")})), 0);
        QCOMPARE(f.undo.count(), 0);
    }

    void remove_undoRestoresPositionsNotesAndVerdicts()
    {
        Fixture f;
        const qint64 id = f.springList();
        const State before = f.state(false);
        QVERIFY(f.editor.removeCreators(id, f.of({QStringLiteral("anna.fit"),
                                                  QStringLiteral("carla.travel")})));
        QCOMPARE(f.order(id), f.of({QStringLiteral("dan.tech")}));
        const State after = f.state(false);
        f.undo.undo();
        QCOMPARE(f.state(false), before);
        f.undo.redo();
        QCOMPARE(f.state(false), after);
    }

    void reorder_undoRestoresTheEntriesPositionsIncluded()
    {
        Fixture f;
        const qint64 id = f.springList();
        const State before = f.state(false);
        const QList<qint64> wanted = f.of({QStringLiteral("dan.tech"), QStringLiteral("anna.fit"),
                                           QStringLiteral("carla.travel")});
        QVERIFY(f.editor.reorder(id, wanted));
        QCOMPARE(f.order(id), wanted);
        const State after = f.state(false);
        f.undo.undo();
        QCOMPARE(f.state(false), before); // positions 0, 2, 3 again, not 0, 1, 2
        f.undo.redo();
        QCOMPARE(f.state(false), after);
        QVERIFY(!f.editor.reorder(id, wanted)); // the same order again is no step
        QCOMPARE(f.undo.count(), 1);
    }

    void note_undoRedo()
    {
        Fixture f;
        const qint64 id = f.springList();
        const qint64 anna = f.ids.value(QStringLiteral("anna.fit"));
        const State before = f.state(false);
        QVERIFY(f.editor.setNote(id, anna, QStringLiteral("anna.fit"), QStringLiteral("great reels"),
                                 QStringLiteral("ask for rates")));
        QCOMPARE(f.repo().entries(id)->at(0).note, QStringLiteral("ask for rates"));
        const State after = f.state(false);
        f.undo.undo();
        QCOMPARE(f.state(false), before);
        f.undo.redo();
        QCOMPARE(f.state(false), after);
    }

    void verdict_onSeveralEntries_isOneStep_undoGivesEachItsOwnBack()
    {
        Fixture f;
        const qint64 id = f.springList();
        const State before = f.state(false);
        QHash<qint64, Verdict> was;
        const auto rows = f.repo().entries(id); // kept: a range-for over *temporary dangles
        for (const core::ShortlistEntry &e : *rows)
            was.insert(e.creatorId, e.verdict); // undecided, maybe, undecided
        QVERIFY(f.editor.setVerdict(id, was, Verdict::Yes));
        QCOMPARE(f.undo.count(), 1);
        const auto changed = f.repo().entries(id);
        for (const core::ShortlistEntry &e : *changed)
            QCOMPARE(e.verdict, Verdict::Yes);
        const State after = f.state(false);
        f.undo.undo();
        QCOMPARE(f.state(false), before);
        f.undo.redo();
        QCOMPARE(f.state(false), after);
    }

    void createWithCreators_isOneUndoStep()
    {
        Fixture f;
        const State empty = f.state(true);
        const QList<qint64> picked = f.of({QStringLiteral("leo.vegan.eats"),
                                           QStringLiteral("eva.vegan")});
        const qint64 id = f.editor.createWithCreators(QStringLiteral("Vegan"), picked);
        QVERIFY(id > 0);
        QCOMPARE(f.order(id), picked);
        QCOMPARE(f.undo.count(), 1);
        const State after = f.state(true);
        f.undo.undo();
        QCOMPARE(f.state(true), empty);
        f.undo.redo();
        QCOMPARE(f.state(true), after);
    }

    void deletingACreator_thenUndo_putsItsEntriesBack_andShortlistStepsStillApply()
    {
        // Shortlist steps and creator steps share one stack: undoing across both stays exact.
        Fixture f;
        const qint64 id = f.springList();
        const State before = f.state(false);
        QVERIFY(f.editor.setVerdict(id, {{f.ids.value(QStringLiteral("dan.tech")), Verdict::Undecided}},
                                    Verdict::No));
        const State afterVerdict = f.state(false);
        QVERIFY(f.editor.removeCreators(id, f.of({QStringLiteral("dan.tech")})));
        f.undo.undo();
        QCOMPARE(f.state(false), afterVerdict);
        f.undo.undo();
        QCOMPARE(f.state(false), before);
    }
};

QTEST_MAIN(TestShortlistCommands)
#include "tst_shortlist_commands.moc"
