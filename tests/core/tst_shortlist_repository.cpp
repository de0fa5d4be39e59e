// SPDX-License-Identifier: GPL-3.0-or-later
// ShortlistRepository on a real workspace file: names, entries, order, undo data, events.
#include "core/storage/creator_repository.h"
#include "core/storage/shortlist_repository.h"
#include "core/storage/transaction.h"
#include "core/storage/workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tierscope::core;
using namespace Qt::StringLiterals;

namespace {

QList<qint64> creatorIdsOf(const QList<ShortlistEntry> &entries)
{
    QList<qint64> ids;
    for (const ShortlistEntry &e : entries)
        ids << e.creatorId;
    return ids;
}

QList<int> positionsOf(const QList<ShortlistEntry> &entries)
{
    QList<int> positions;
    for (const ShortlistEntry &e : entries)
        positions << e.position;
    return positions;
}

} // namespace

class TestShortlistRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void create_storesNameBriefAndTimes();
    void create_duplicateNameIsAConflict_data();
    void create_duplicateNameIsAConflict();
    void create_blankNameIsRefused();
    void rename_toAnotherListsNameIsAConflict();
    void rename_changesCaseOfItsOwnName();
    void list_isOrderedByNameWithEntryCounts();
    void findByNameOrId_acceptsIdOrNameIgnoringCase();
    void addCreators_appendsInOrderAndSkipsOnesAlreadyThere();
    void addCreators_unknownCreatorAddsNothing();
    void addCreators_toUnknownShortlistIsNotFound();
    void reorder_putsNamedCreatorsFirst();
    void reorder_refusesCreatorsNotOnTheListOrRepeated();
    void setNoteAndVerdict_areStored();
    void setNote_forCreatorNotOnListIsNotFound();
    void removeCreators_thenRestoreEntries_givesBackIdenticalEntries();
    void remove_thenRestore_givesBackIdenticalData();
    void restore_ofExistingShortlistIsAConflict();
    void duplicate_copiesBriefAndEntriesUnderNewName();
    void duplicate_toTakenNameIsAConflict();
    void deletingCreator_removesItFromShortlists();
    void entryChanges_moveUpdatedAt();
    void writes_emitShortlistsChanged();
    void insideCallersTransaction_failedWriteUndoesOnlyItself();

private:
    qint64 newShortlist(const QString &name, const QString &brief = QString());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ShortlistRepository> m_repo;
    QList<qint64> m_creators; // five creators: a … e
};

void TestShortlistRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestShortlistRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ws = Workspace::open(m_dir->filePath(u"t.tierscope"_s));
    QVERIFY2(ws.ok(), qPrintable(ws.error().message));
    m_ws = std::move(ws).value();
    m_clock = std::make_unique<FixedClock>(
        QDateTime(QDate(2026, 3, 10), QTime(9, 30, 0, 250), Qt::UTC));

    CreatorRepository creators(m_ws->database());
    m_creators.clear();
    const QStringList handles = {u"anna"_s, u"ben"_s, u"cleo"_s, u"dev"_s, u"eli"_s};
    for (const QString &handle : handles) {
        Creator c;
        c.platform = Platform::TikTok;
        c.handle = handle;
        c.followers = 12'000;
        c.niches = {u"food"_s}; // creator_row stores no niches as NULL, which the schema refuses
        const auto id = creators.insert(c);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        m_creators << *id;
    }
    m_repo = std::make_unique<ShortlistRepository>(m_ws->database(), m_ws->events(), *m_clock);
}

void TestShortlistRepository::cleanup()
{
    m_repo.reset();
    m_ws.reset();
    m_dir.reset();
}

qint64 TestShortlistRepository::newShortlist(const QString &name, const QString &brief)
{
    Shortlist s;
    s.name = name;
    s.brief = brief;
    const auto id = m_repo->create(s);
    if (!id) {
        qWarning().noquote() << "create failed:" << id.error().message;
        return 0;
    }
    return *id;
}

void TestShortlistRepository::create_storesNameBriefAndTimes()
{
    Shortlist s;
    s.name = u"  Spring launch  "_s;
    s.brief = u"Vegan snacks, micro creators in the UK"_s;
    const auto id = m_repo->create(s);
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    QVERIFY(*id > 0);

    const auto stored = m_repo->get(*id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->id, *id);
    QCOMPARE(stored->name, u"Spring launch"_s);
    QCOMPARE(stored->brief, s.brief);
    QCOMPARE(stored->createdAt, m_clock->now());
    QCOMPARE(stored->updatedAt, m_clock->now());
    QCOMPARE(stored->entryCount, qint64(0));
}

void TestShortlistRepository::create_duplicateNameIsAConflict_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("second");
    QTest::newRow("same name") << u"Spring"_s << u"Spring"_s;
    QTest::newRow("other case") << u"Spring"_s << u"SPRING"_s;
    QTest::newRow("surrounding spaces") << u"Spring"_s << u" Spring "_s;
    QTest::newRow("non-ASCII case") << u"Été à Paris"_s << u"ÉTÉ À PARIS"_s;
}

void TestShortlistRepository::create_duplicateNameIsAConflict()
{
    QFETCH(QString, existing);
    QFETCH(QString, second);
    QVERIFY(newShortlist(existing) > 0);

    Shortlist s;
    s.name = second;
    const auto id = m_repo->create(s);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, Error::Code::Conflict);
    QVERIFY2(id.error().message.contains(existing), qPrintable(id.error().message));
    QCOMPARE(m_repo->list()->size(), 1);
}

void TestShortlistRepository::create_blankNameIsRefused()
{
    Shortlist s;
    s.name = u"   "_s;
    const auto id = m_repo->create(s);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, Error::Code::InvalidArgument);
    QVERIFY(m_repo->list()->isEmpty());
}

void TestShortlistRepository::rename_toAnotherListsNameIsAConflict()
{
    newShortlist(u"Spring"_s);
    const qint64 vegan = newShortlist(u"Vegan"_s);
    const Status s = m_repo->rename(vegan, u"spring"_s);
    QCOMPARE(s.code, Error::Code::Conflict);
    QCOMPARE(m_repo->get(vegan)->name, u"Vegan"_s);
}

void TestShortlistRepository::rename_changesCaseOfItsOwnName()
{
    const qint64 id = newShortlist(u"spring"_s);
    const Status s = m_repo->rename(id, u"Spring"_s);
    QVERIFY2(!s, qPrintable(s.message));
    QCOMPARE(m_repo->get(id)->name, u"Spring"_s);
    QCOMPARE(m_repo->rename(4242, u"Other"_s).code, Error::Code::NotFound);
}

void TestShortlistRepository::list_isOrderedByNameWithEntryCounts()
{
    const qint64 vegan = newShortlist(u"vegan"_s);
    const qint64 autumn = newShortlist(u"Autumn"_s);
    const qint64 beauty = newShortlist(u"Beauty"_s);
    QCOMPARE(*m_repo->addCreators(vegan, {m_creators[0], m_creators[1], m_creators[2]}), 3);
    QCOMPARE(*m_repo->addCreators(beauty, {m_creators[4]}), 1);

    const auto all = m_repo->list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).id, autumn);
    QCOMPARE(all->at(1).id, beauty);
    QCOMPARE(all->at(2).id, vegan);
    QCOMPARE(all->at(0).entryCount, qint64(0));
    QCOMPARE(all->at(1).entryCount, qint64(1));
    QCOMPARE(all->at(2).entryCount, qint64(3));
    QCOMPARE(m_repo->get(vegan)->entryCount, qint64(3));
}

void TestShortlistRepository::findByNameOrId_acceptsIdOrNameIgnoringCase()
{
    const qint64 spring = newShortlist(u"Spring Launch"_s);
    const qint64 vegan = newShortlist(u"Vegan"_s);

    QCOMPARE(m_repo->findByNameOrId(QString::number(vegan))->id, vegan);
    QCOMPARE(m_repo->findByNameOrId(u"spring launch"_s)->id, spring);
    QCOMPARE(m_repo->findByNameOrId(u" VEGAN "_s)->id, vegan);

    const auto missing = m_repo->findByNameOrId(u"Winter"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QCOMPARE(m_repo->findByNameOrId(u"999"_s).error().code, Error::Code::NotFound);
}

void TestShortlistRepository::addCreators_appendsInOrderAndSkipsOnesAlreadyThere()
{
    const qint64 id = newShortlist(u"Spring"_s);
    const auto [a, b, c, d, e] = std::tuple(m_creators[0], m_creators[1], m_creators[2],
                                            m_creators[3], m_creators[4]);
    QCOMPARE(*m_repo->addCreators(id, {b, a}), 2);

    // b and a are there already; c is named twice.
    const auto added = m_repo->addCreators(id, {a, c, b, c, e});
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QCOMPARE(*added, 2);

    const auto entries = m_repo->entries(id);
    QVERIFY(entries.ok());
    QCOMPARE(creatorIdsOf(*entries), (QList<qint64>{b, a, c, e}));
    QCOMPARE(positionsOf(*entries), (QList<int>{0, 1, 2, 3}));
    for (const ShortlistEntry &entry : *entries) {
        QCOMPARE(entry.shortlistId, id);
        QCOMPARE(entry.verdict, Verdict::Undecided);
        QCOMPARE(entry.note, QString());
        QCOMPARE(entry.addedAt, m_clock->now());
    }
    QCOMPARE(*m_repo->addCreators(id, {a, b}), 0);
    QCOMPARE(*m_repo->addCreators(id, {d}), 1);
    QCOMPARE(m_repo->entries(id)->last().creatorId, d);
    QCOMPARE(m_repo->entries(id)->last().position, 4);
}

void TestShortlistRepository::addCreators_unknownCreatorAddsNothing()
{
    const qint64 id = newShortlist(u"Spring"_s);
    QCOMPARE(*m_repo->addCreators(id, {m_creators[0]}), 1);

    const auto added = m_repo->addCreators(id, {m_creators[1], 987654, m_creators[2]});
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, Error::Code::NotFound);
    QVERIFY2(added.error().message.contains(u"987654"_s), qPrintable(added.error().message));
    QCOMPARE(creatorIdsOf(*m_repo->entries(id)), QList<qint64>{m_creators[0]});
}

void TestShortlistRepository::addCreators_toUnknownShortlistIsNotFound()
{
    const auto added = m_repo->addCreators(777, {m_creators[0]});
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, Error::Code::NotFound);
    QCOMPARE(m_repo->entriesForCreator(m_creators[0])->size(), 0);
}

void TestShortlistRepository::reorder_putsNamedCreatorsFirst()
{
    const qint64 id = newShortlist(u"Spring"_s);
    const QList<qint64> &c = m_creators;
    QCOMPARE(*m_repo->addCreators(id, {c[0], c[1], c[2], c[3]}), 4);

    Status s = m_repo->reorder(id, {c[2], c[0], c[3], c[1]});
    QVERIFY2(!s, qPrintable(s.message));
    QCOMPARE(creatorIdsOf(*m_repo->entries(id)), (QList<qint64>{c[2], c[0], c[3], c[1]}));
    QCOMPARE(positionsOf(*m_repo->entries(id)), (QList<int>{0, 1, 2, 3}));

    // Only some named: they lead, the rest keep their relative order.
    s = m_repo->reorder(id, {c[1], c[3]});
    QVERIFY2(!s, qPrintable(s.message));
    QCOMPARE(creatorIdsOf(*m_repo->entries(id)), (QList<qint64>{c[1], c[3], c[2], c[0]}));
}

void TestShortlistRepository::reorder_refusesCreatorsNotOnTheListOrRepeated()
{
    const qint64 id = newShortlist(u"Spring"_s);
    const QList<qint64> &c = m_creators;
    QCOMPARE(*m_repo->addCreators(id, {c[0], c[1], c[2]}), 3);

    QCOMPARE(m_repo->reorder(id, {c[2], c[4]}).code, Error::Code::InvalidArgument);
    QCOMPARE(m_repo->reorder(id, {c[2], c[0], c[2]}).code, Error::Code::InvalidArgument);
    QCOMPARE(m_repo->reorder(31337, {c[0]}).code, Error::Code::NotFound);
    QCOMPARE(creatorIdsOf(*m_repo->entries(id)), (QList<qint64>{c[0], c[1], c[2]}));
}

void TestShortlistRepository::setNoteAndVerdict_areStored()
{
    const qint64 id = newShortlist(u"Spring"_s);
    QCOMPARE(*m_repo->addCreators(id, {m_creators[0], m_creators[1]}), 2);

    QVERIFY(!m_repo->setNote(id, m_creators[1], u"Great hooks; asks €300 per reel"_s));
    QVERIFY(!m_repo->setVerdict(id, m_creators[1], Verdict::Maybe));
    QVERIFY(!m_repo->setVerdict(id, m_creators[0], Verdict::No));

    const auto entries = m_repo->entries(id);
    QCOMPARE(entries->at(0).verdict, Verdict::No);
    QCOMPARE(entries->at(0).note, QString());
    QCOMPARE(entries->at(1).verdict, Verdict::Maybe);
    QCOMPARE(entries->at(1).note, u"Great hooks; asks €300 per reel"_s);
}

void TestShortlistRepository::setNote_forCreatorNotOnListIsNotFound()
{
    const qint64 id = newShortlist(u"Spring"_s);
    QCOMPARE(m_repo->setNote(id, m_creators[0], u"x"_s).code, Error::Code::NotFound);
    QCOMPARE(m_repo->setVerdict(id, m_creators[0], Verdict::Yes).code, Error::Code::NotFound);
}

void TestShortlistRepository::removeCreators_thenRestoreEntries_givesBackIdenticalEntries()
{
    const qint64 id = newShortlist(u"Spring"_s);
    const QList<qint64> &c = m_creators;
    QCOMPARE(*m_repo->addCreators(id, {c[0], c[1], c[2], c[3]}), 4);
    QVERIFY(!m_repo->setNote(id, c[1], u"second"_s));
    QVERIFY(!m_repo->setVerdict(id, c[3], Verdict::Yes));
    const QList<ShortlistEntry> before = *m_repo->entries(id);
    const QList<ShortlistEntry> removed = {before[1], before[3]};

    m_clock->set(m_clock->now().addSecs(60));
    QVERIFY(!m_repo->removeCreators(id, {c[1], c[3], c[4]})); // c[4] is not there: ignored
    QCOMPARE(creatorIdsOf(*m_repo->entries(id)), (QList<qint64>{c[0], c[2]}));
    QCOMPARE(m_repo->get(id)->entryCount, qint64(2));

    QVERIFY(!m_repo->restoreEntries(removed));
    const QList<ShortlistEntry> after = *m_repo->entries(id);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        QVERIFY2(after[i] == before[i], qPrintable(u"entry %1 differs"_s.arg(i)));
    QCOMPARE(after[1].note, u"second"_s);
    QCOMPARE(after[3].verdict, Verdict::Yes);

    // Putting back an entry that is there is refused, not merged.
    QCOMPARE(m_repo->restoreEntries({before[0]}).code, Error::Code::Conflict);
}

void TestShortlistRepository::remove_thenRestore_givesBackIdenticalData()
{
    const qint64 id = newShortlist(u"Spring"_s, u"The brief"_s);
    const QList<qint64> &c = m_creators;
    QCOMPARE(*m_repo->addCreators(id, {c[3], c[1], c[4]}), 3);
    QVERIFY(!m_repo->setNote(id, c[1], u"note on ben"_s));
    QVERIFY(!m_repo->setVerdict(id, c[4], Verdict::Maybe));
    QVERIFY(!m_repo->reorder(id, {c[4]}));
    const Shortlist shortlist = *m_repo->get(id);
    const QList<ShortlistEntry> entries = *m_repo->entries(id);

    m_clock->set(m_clock->now().addDays(1));
    QVERIFY(!m_repo->remove(id));
    QCOMPARE(m_repo->get(id).error().code, Error::Code::NotFound);
    QCOMPARE(m_repo->entriesForCreator(c[1])->size(), 0); // entries went with it
    QCOMPARE(m_repo->remove(id).code, Error::Code::NotFound);

    const Status s = m_repo->restore(shortlist, entries);
    QVERIFY2(!s, qPrintable(s.message));
    const auto back = m_repo->get(id);
    QVERIFY(back.ok());
    QCOMPARE(back->name, shortlist.name);
    QCOMPARE(back->brief, u"The brief"_s);
    QCOMPARE(back->createdAt, shortlist.createdAt);
    QCOMPARE(back->updatedAt, shortlist.updatedAt);
    QVERIFY(*back == shortlist);
    QVERIFY(*m_repo->entries(id) == entries);
    QCOMPARE(creatorIdsOf(*m_repo->entries(id)), (QList<qint64>{c[4], c[3], c[1]}));
}

void TestShortlistRepository::restore_ofExistingShortlistIsAConflict()
{
    const qint64 id = newShortlist(u"Spring"_s);
    Shortlist again = *m_repo->get(id);
    again.name = u"Other name"_s;
    QCOMPARE(m_repo->restore(again, {}).code, Error::Code::Conflict);
    QCOMPARE(m_repo->list()->size(), 1);
}

void TestShortlistRepository::duplicate_copiesBriefAndEntriesUnderNewName()
{
    const qint64 id = newShortlist(u"Spring"_s, u"Brief A"_s);
    const QList<qint64> &c = m_creators;
    QCOMPARE(*m_repo->addCreators(id, {c[2], c[0]}), 2);
    QVERIFY(!m_repo->setVerdict(id, c[0], Verdict::Yes));
    QVERIFY(!m_repo->setNote(id, c[2], u"fast replies"_s));

    const auto copy = m_repo->duplicate(id, u"Spring (copy)"_s);
    QVERIFY2(copy.ok(), qPrintable(copy.error().message));
    QVERIFY(*copy != id);
    const Shortlist dup = *m_repo->get(*copy);
    QCOMPARE(dup.name, u"Spring (copy)"_s);
    QCOMPARE(dup.brief, u"Brief A"_s);
    QCOMPARE(dup.entryCount, qint64(2));

    const auto original = *m_repo->entries(id);
    const auto copied = *m_repo->entries(*copy);
    QCOMPARE(creatorIdsOf(copied), creatorIdsOf(original));
    QCOMPARE(copied[0].note, u"fast replies"_s);
    QCOMPARE(copied[1].verdict, Verdict::Yes);
    QCOMPARE(copied[0].shortlistId, *copy);

    // The copy is independent of the original.
    QVERIFY(!m_repo->removeCreators(*copy, {c[2]}));
    QCOMPARE(m_repo->entries(id)->size(), 2);
}

void TestShortlistRepository::duplicate_toTakenNameIsAConflict()
{
    const qint64 id = newShortlist(u"Spring"_s);
    newShortlist(u"Vegan"_s);
    QCOMPARE(m_repo->duplicate(id, u"vegan"_s).error().code, Error::Code::Conflict);
    QCOMPARE(m_repo->duplicate(999, u"New"_s).error().code, Error::Code::NotFound);
    QCOMPARE(m_repo->list()->size(), 2);
}

void TestShortlistRepository::deletingCreator_removesItFromShortlists()
{
    const qint64 spring = newShortlist(u"Spring"_s);
    const qint64 vegan = newShortlist(u"Vegan"_s);
    const QList<qint64> &c = m_creators;
    QCOMPARE(*m_repo->addCreators(spring, {c[0], c[1], c[2]}), 3);
    QCOMPARE(*m_repo->addCreators(vegan, {c[1]}), 1);
    QCOMPARE(m_repo->entriesForCreator(c[1])->size(), 2);

    CreatorRepository creators(m_ws->database());
    const Status s = creators.remove(c[1]);
    QVERIFY2(!s, qPrintable(s.message));

    QCOMPARE(creatorIdsOf(*m_repo->entries(spring)), (QList<qint64>{c[0], c[2]}));
    QCOMPARE(m_repo->get(vegan)->entryCount, qint64(0));
    QCOMPARE(m_repo->entriesForCreator(c[1])->size(), 0);
}

void TestShortlistRepository::entryChanges_moveUpdatedAt()
{
    const qint64 id = newShortlist(u"Spring"_s);
    const QDateTime created = m_clock->now();
    const QDateTime later = created.addSecs(3600);
    m_clock->set(later);
    QCOMPARE(*m_repo->addCreators(id, {m_creators[0]}), 1);
    QCOMPARE(m_repo->get(id)->createdAt, created);
    QCOMPARE(m_repo->get(id)->updatedAt, later);

    const QDateTime latest = later.addSecs(60);
    m_clock->set(latest);
    QVERIFY(!m_repo->setVerdict(id, m_creators[0], Verdict::Yes));
    QCOMPARE(m_repo->get(id)->updatedAt, latest);

    // Nothing added: nothing changed.
    m_clock->set(latest.addSecs(60));
    QCOMPARE(*m_repo->addCreators(id, {m_creators[0]}), 0);
    QCOMPARE(m_repo->get(id)->updatedAt, latest);
}

void TestShortlistRepository::writes_emitShortlistsChanged()
{
    QSignalSpy spy(m_ws->events(), &WorkspaceEvents::shortlistsChanged);
    const qint64 id = newShortlist(u"Spring"_s);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(*m_repo->addCreators(id, {m_creators[0], m_creators[1]}), 2);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(*m_repo->addCreators(id, {m_creators[0]}), 0);
    QCOMPARE(spy.count(), 2); // nothing added, no signal
    QVERIFY(!m_repo->setNote(id, m_creators[0], u"n"_s));
    QVERIFY(!m_repo->reorder(id, {m_creators[1]}));
    QVERIFY(!m_repo->rename(id, u"Renamed"_s));
    QCOMPARE(spy.count(), 5);
    QCOMPARE(m_repo->rename(id, QString()).code, Error::Code::InvalidArgument);
    QCOMPARE(spy.count(), 5); // failed: no signal
    QVERIFY(!m_repo->remove(id));
    QCOMPARE(spy.count(), 6);
}

void TestShortlistRepository::insideCallersTransaction_failedWriteUndoesOnlyItself()
{
    {
        Transaction tx(m_ws->database());
        QVERIFY(!tx.begin());
        const qint64 id = newShortlist(u"Spring"_s);
        QVERIFY(id > 0);
        QCOMPARE(*m_repo->addCreators(id, {m_creators[0]}), 1);
        Shortlist same;
        same.name = u"Spring"_s;
        QCOMPARE(m_repo->create(same).error().code, Error::Code::Conflict);
        QCOMPARE(m_repo->addCreators(id, {m_creators[1], 4040}).error().code, Error::Code::NotFound);
        QVERIFY(!tx.commit());
    }
    QCOMPARE(m_repo->list()->size(), 1);
    QCOMPARE(creatorIdsOf(*m_repo->entries(m_repo->list()->first().id)),
             QList<qint64>{m_creators[0]});

    {
        Transaction tx(m_ws->database());
        QVERIFY(!tx.begin());
        QVERIFY(newShortlist(u"Rolled back"_s) > 0);
    } // not committed
    QCOMPARE(m_repo->findByNameOrId(u"Rolled back"_s).error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestShortlistRepository)
#include "tst_shortlist_repository.moc"
