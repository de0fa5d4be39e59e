// SPDX-License-Identifier: GPL-3.0-or-later
// CampaignRepository on a real workspace file: briefs, rosters, deliverables, undo data, cascades.
#include "core/storage/campaign_repository.h"
#include "core/storage/creator_repository.h"
#include "core/storage/shortlist_repository.h"
#include "core/storage/workspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tierscope::core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(tierscope::core::Campaign)

namespace {

Campaign sampleCampaign(const QString &name)
{
    Campaign c;
    c.name = name;
    c.brand = u"Oat & Co"_s;
    c.objective = Objective::Conversions;
    c.budget = Money(1'250'000, u"EUR"_s);
    c.startsOn = QDate(2026, 4, 1);
    c.endsOn = QDate(2026, 5, 15);
    c.targets.tiers = {Tier::Micro, Tier::Nano};
    c.targets.platforms = {Platform::TikTok};
    c.targets.niches = {u"vegan food"_s};
    c.targets.countries = {u"DE"_s, u"AT"_s};
    c.keyMessage = u"Breakfast in two minutes"_s;
    c.hashtags = u"#oatco #ad"_s;
    c.disclosure = u"Paid partnership with Oat & Co"_s;
    c.notes = u"Launch in DACH first"_s;
    return c;
}

DeliverableActuals fullActuals()
{
    DeliverableActuals a;
    a.views = 48'200;
    a.likes = 3'100;
    a.comments = 140;
    a.shares = 95;
    a.saves = 210;
    a.clicks = 620;
    a.conversions = 31;
    a.revenue = Money(93'000, u"EUR"_s);
    return a;
}

QList<qint64> idsOf(const QList<RosterEntry> &entries)
{
    QList<qint64> ids;
    for (const RosterEntry &e : entries)
        ids << e.id;
    return ids;
}

} // namespace

class TestCampaignRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void create_storesEveryField();
    void create_refusesInvalidBrief_data();
    void create_refusesInvalidBrief();
    void update_writesFieldsAndKeepsCreatedAt();
    void findByNameOrId_acceptsIdOrNameAndReportsRepeatedNames();
    void list_hidesArchivedUnlessAsked();
    void addEntry_appendsAndRefusesCreatorAlreadyOnRoster();
    void addEntry_refusesUnknownCreatorCampaignOrForeignCurrency();
    void entryFee_isInCampaignCurrencyAndMayBeUnknown();
    void stageAndPaymentChanges_areStored();
    void updateEntry_writesTermsButKeepsPosition();
    void reorder_putsNamedEntriesFirst();
    void deliverableActuals_roundTripKeepingUnknownApartFromZero();
    void deliverables_areOrderedByDueDateWithUndatedLast();
    void deliverable_refusesInvalidValues();
    void updateDeliverable_publishesWithActuals();
    void removeDeliverable_thenRestore_givesItBack();
    void deletingCreator_onRosterIsRefused_onShortlistRemovesEntry();
    void removeEntry_thenRestoreEntry_givesBackEntryAndDeliverables();
    void remove_cascadesToRosterAndDeliverables();
    void remove_thenRestore_givesBackIdenticalData();
    void duplicate_copiesBriefRosterAndDeliverables_resettingProgress();
    void update_currencyChangeKeepsAmountsInMajorUnits();
    void rosterChanges_moveUpdatedAtAndEmitCampaignsChanged();

private:
    qint64 newCampaign(const QString &name);
    qint64 newEntry(qint64 campaignId, qint64 creatorId, std::optional<qint64> feeMinor = {});
    qint64 newDeliverable(qint64 entryId, const QDate &due,
                          DeliverableKind kind = DeliverableKind::Reel);
    qint64 rows(const QString &sql, const QVariantList &binds = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<CampaignRepository> m_repo;
    QList<qint64> m_creators; // anna, ben, cleo, dev
};

void TestCampaignRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCampaignRepository::init()
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
    for (const QString &handle : {u"anna"_s, u"ben"_s, u"cleo"_s, u"dev"_s}) {
        Creator c;
        c.platform = Platform::Instagram;
        c.handle = handle;
        c.followers = 25'000;
        c.niches = {u"food"_s}; // creator_row stores no niches as NULL, which the schema refuses
        const auto id = creators.insert(c);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        m_creators << *id;
    }
    m_repo = std::make_unique<CampaignRepository>(m_ws->database(), m_ws->events(), *m_clock);
}

void TestCampaignRepository::cleanup()
{
    m_repo.reset();
    m_ws.reset();
    m_dir.reset();
}

qint64 TestCampaignRepository::newCampaign(const QString &name)
{
    const auto id = m_repo->create(sampleCampaign(name));
    if (!id)
        qWarning().noquote() << "create failed:" << id.error().message;
    return id ? *id : 0;
}

qint64 TestCampaignRepository::newEntry(qint64 campaignId, qint64 creatorId,
                                        std::optional<qint64> feeMinor)
{
    RosterEntry e;
    e.campaignId = campaignId;
    e.creatorId = creatorId;
    if (feeMinor)
        e.fee = Money(*feeMinor, u"EUR"_s);
    const auto id = m_repo->addEntry(e);
    if (!id)
        qWarning().noquote() << "addEntry failed:" << id.error().message;
    return id ? *id : 0;
}

qint64 TestCampaignRepository::newDeliverable(qint64 entryId, const QDate &due, DeliverableKind kind)
{
    Deliverable d;
    d.rosterEntryId = entryId;
    d.kind = kind;
    d.dueOn = due;
    const auto id = m_repo->addDeliverable(d);
    if (!id)
        qWarning().noquote() << "addDeliverable failed:" << id.error().message;
    return id ? *id : 0;
}

qint64 TestCampaignRepository::rows(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_ws->database());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestCampaignRepository::create_storesEveryField()
{
    const Campaign input = sampleCampaign(u"  Spring launch "_s);
    const auto id = m_repo->create(input);
    QVERIFY2(id.ok(), qPrintable(id.error().message));

    const auto c = m_repo->get(*id);
    QVERIFY(c.ok());
    QCOMPARE(c->id, *id);
    QCOMPARE(c->name, u"Spring launch"_s);
    QCOMPARE(c->brand, input.brand);
    QCOMPARE(c->objective, Objective::Conversions);
    QCOMPARE(c->budget, Money(1'250'000, u"EUR"_s));
    QCOMPARE(c->startsOn, QDate(2026, 4, 1));
    QCOMPARE(c->endsOn, QDate(2026, 5, 15));
    QCOMPARE(c->targets.tiers, (QList<Tier>{Tier::Micro, Tier::Nano}));
    QCOMPARE(c->targets.platforms, QList<Platform>{Platform::TikTok});
    QCOMPARE(c->targets.niches, QStringList{u"vegan food"_s});
    QCOMPARE(c->targets.countries, (QStringList{u"DE"_s, u"AT"_s}));
    QCOMPARE(c->keyMessage, input.keyMessage);
    QCOMPARE(c->hashtags, input.hashtags);
    QCOMPARE(c->disclosure, input.disclosure);
    QCOMPARE(c->notes, input.notes);
    QCOMPARE(c->archived, false);
    QCOMPARE(c->createdAt, m_clock->now());
    QCOMPARE(c->updatedAt, m_clock->now());

    // Undated campaigns stay undated.
    Campaign open;
    open.name = u"Evergreen"_s;
    const auto openId = m_repo->create(open);
    QVERIFY(openId.ok());
    QVERIFY(!m_repo->get(*openId)->startsOn.isValid());
    QVERIFY(!m_repo->get(*openId)->endsOn.isValid());
    QCOMPARE(m_repo->get(*openId)->budget, Money(0, u"USD"_s));
}

void TestCampaignRepository::create_refusesInvalidBrief_data()
{
    QTest::addColumn<Campaign>("campaign");
    Campaign blank = sampleCampaign(u"  "_s);
    Campaign badCurrency = sampleCampaign(u"A"_s);
    badCurrency.budget = Money(100, u"EURO"_s);
    Campaign negative = sampleCampaign(u"A"_s);
    negative.budget = Money(-1, u"EUR"_s);
    Campaign backwards = sampleCampaign(u"A"_s);
    backwards.endsOn = backwards.startsOn.addDays(-1);
    QTest::newRow("blank name") << blank;
    QTest::newRow("currency not a code") << badCurrency;
    QTest::newRow("negative budget") << negative;
    QTest::newRow("ends before it starts") << backwards;
}

void TestCampaignRepository::create_refusesInvalidBrief()
{
    QFETCH(Campaign, campaign);
    const auto id = m_repo->create(campaign);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, Error::Code::InvalidArgument);
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(m_repo->list(true)->size(), 0);
}

void TestCampaignRepository::update_writesFieldsAndKeepsCreatedAt()
{
    const qint64 id = newCampaign(u"Spring"_s);
    const QDateTime created = m_clock->now();
    m_clock->set(created.addDays(2));

    Campaign c = *m_repo->get(id);
    c.name = u"Spring 2026"_s;
    c.objective = Objective::Engagement;
    c.budget = Money(900'000, u"eur"_s);
    c.targets.tiers = {Tier::Macro};
    c.hashtags = u"#oatco"_s;
    c.createdAt = QDateTime(); // ignored
    const Status s = m_repo->update(c);
    QVERIFY2(!s, qPrintable(s.message));

    const Campaign back = *m_repo->get(id);
    QCOMPARE(back.name, u"Spring 2026"_s);
    QCOMPARE(back.objective, Objective::Engagement);
    QCOMPARE(back.budget, Money(900'000, u"EUR"_s));
    QCOMPARE(back.targets.tiers, QList<Tier>{Tier::Macro});
    QCOMPARE(back.hashtags, u"#oatco"_s);
    QCOMPARE(back.createdAt, created);
    QCOMPARE(back.updatedAt, created.addDays(2));

    c.id = 4711;
    QCOMPARE(m_repo->update(c).code, Error::Code::NotFound);
}

void TestCampaignRepository::findByNameOrId_acceptsIdOrNameAndReportsRepeatedNames()
{
    const qint64 spring = newCampaign(u"Spring Launch"_s);
    const qint64 autumn = newCampaign(u"Autumn"_s);
    QCOMPARE(m_repo->findByNameOrId(QString::number(autumn))->id, autumn);
    QCOMPARE(m_repo->findByNameOrId(u"spring launch"_s)->id, spring);
    QCOMPARE(m_repo->findByNameOrId(u"Winter"_s).error().code, Error::Code::NotFound);

    const qint64 again = newCampaign(u"AUTUMN"_s);
    const auto ambiguous = m_repo->findByNameOrId(u"autumn"_s);
    QVERIFY(!ambiguous.ok());
    QCOMPARE(ambiguous.error().code, Error::Code::Conflict);
    QVERIFY2(ambiguous.error().message.contains(QString::number(autumn))
                 && ambiguous.error().message.contains(QString::number(again)),
             qPrintable(ambiguous.error().message));
}

void TestCampaignRepository::list_hidesArchivedUnlessAsked()
{
    const qint64 b = newCampaign(u"Beta"_s);
    const qint64 a = newCampaign(u"alpha"_s);
    const qint64 c = newCampaign(u"Gamma"_s);
    QVERIFY(!m_repo->setArchived(b, true));

    const auto active = m_repo->list();
    QCOMPARE(active->size(), 2);
    QCOMPARE(active->at(0).id, a);
    QCOMPARE(active->at(1).id, c);
    const auto all = m_repo->list(true);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(1).id, b);
    QVERIFY(all->at(1).archived);

    QVERIFY(!m_repo->setArchived(b, false));
    QCOMPARE(m_repo->list()->size(), 3);
    QCOMPARE(m_repo->setArchived(999, true).code, Error::Code::NotFound);
}

void TestCampaignRepository::addEntry_appendsAndRefusesCreatorAlreadyOnRoster()
{
    const qint64 id = newCampaign(u"Spring"_s);
    const qint64 first = newEntry(id, m_creators[1]);
    const qint64 second = newEntry(id, m_creators[0]);
    QVERIFY(first > 0 && second > 0);

    RosterEntry again;
    again.campaignId = id;
    again.creatorId = m_creators[1];
    const auto dup = m_repo->addEntry(again);
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, Error::Code::Conflict);
    QVERIFY2(dup.error().message.contains(u"@ben"_s), qPrintable(dup.error().message));

    const auto entries = m_repo->entries(id);
    QCOMPARE(idsOf(*entries), (QList<qint64>{first, second}));
    QCOMPARE(entries->at(0).position, 0);
    QCOMPARE(entries->at(1).position, 1);
    QCOMPARE(entries->at(0).stage, Stage::Prospect);
    QCOMPARE(entries->at(0).paymentState, PaymentState::Unpaid);

    // The same creator may be on another campaign's roster.
    const qint64 other = newCampaign(u"Autumn"_s);
    QVERIFY(newEntry(other, m_creators[1]) > 0);
    QCOMPARE(m_repo->entriesForCreator(m_creators[1])->size(), 2);
}

void TestCampaignRepository::addEntry_refusesUnknownCreatorCampaignOrForeignCurrency()
{
    const qint64 id = newCampaign(u"Spring"_s);
    RosterEntry e;
    e.campaignId = id;
    e.creatorId = 123456;
    QCOMPARE(m_repo->addEntry(e).error().code, Error::Code::NotFound);
    e.creatorId = m_creators[0];
    e.campaignId = 98765;
    QCOMPARE(m_repo->addEntry(e).error().code, Error::Code::NotFound);
    e.campaignId = id;
    e.fee = Money(30'000, u"USD"_s); // the campaign is in EUR
    const auto foreign = m_repo->addEntry(e);
    QCOMPARE(foreign.error().code, Error::Code::InvalidArgument);
    QVERIFY2(foreign.error().message.contains(u"USD"_s), qPrintable(foreign.error().message));
    e.fee = Money(-5, u"EUR"_s);
    QCOMPARE(m_repo->addEntry(e).error().code, Error::Code::InvalidArgument);
    QCOMPARE(m_repo->entries(id)->size(), 0);
}

void TestCampaignRepository::entryFee_isInCampaignCurrencyAndMayBeUnknown()
{
    const qint64 id = newCampaign(u"Spring"_s);
    const qint64 paid = newEntry(id, m_creators[0], 42'050);
    const qint64 unknown = newEntry(id, m_creators[1]);
    RosterEntry bare;
    bare.campaignId = id;
    bare.creatorId = m_creators[2];
    bare.fee = Money(0, QString()); // no currency given: the campaign's
    const auto free = m_repo->addEntry(bare);
    QVERIFY(free.ok());

    QCOMPARE(m_repo->entry(paid)->fee, std::optional<Money>(Money(42'050, u"EUR"_s)));
    QVERIFY(!m_repo->entry(unknown)->fee.has_value());
    QCOMPARE(m_repo->entry(*free)->fee, std::optional<Money>(Money(0, u"EUR"_s)));
    QCOMPARE(m_repo->entry(777).error().code, Error::Code::NotFound);
}

void TestCampaignRepository::stageAndPaymentChanges_areStored()
{
    const qint64 id = newCampaign(u"Spring"_s);
    const qint64 entry = newEntry(id, m_creators[0], 30'000);
    for (Stage stage : allStages()) {
        QVERIFY(!m_repo->setStage(entry, stage));
        QCOMPARE(m_repo->entry(entry)->stage, stage);
    }
    QVERIFY(!m_repo->setStage(entry, Stage::Contracted));
    QVERIFY(!m_repo->setPaymentState(entry, PaymentState::Invoiced));
    const RosterEntry e = *m_repo->entry(entry);
    QCOMPARE(e.stage, Stage::Contracted);
    QCOMPARE(e.paymentState, PaymentState::Invoiced);
    QVERIFY(isCommitted(e.stage));
    QVERIFY(!m_repo->setPaymentState(entry, PaymentState::Paid));
    QCOMPARE(m_repo->entries(id)->first().paymentState, PaymentState::Paid);
    QCOMPARE(m_repo->setStage(4242, Stage::Declined).code, Error::Code::NotFound);
}

void TestCampaignRepository::updateEntry_writesTermsButKeepsPosition()
{
    const qint64 id = newCampaign(u"Spring"_s);
    newEntry(id, m_creators[0]);
    const qint64 entry = newEntry(id, m_creators[1]);
    RosterEntry e = *m_repo->entry(entry);
    e.stage = Stage::Negotiating;
    e.fee = Money(55'000, u"EUR"_s);
    e.paymentState = PaymentState::Unpaid;
    e.usageRights = u"Organic + 30 days paid usage"_s;
    e.contact = u"mgmt@ben.example"_s;
    e.notes = u"Prefers reels"_s;
    e.position = 0;                // ignored: reorder() owns the order
    e.creatorId = m_creators[3];   // ignored: the entry stays this creator's
    const Status s = m_repo->updateEntry(e);
    QVERIFY2(!s, qPrintable(s.message));

    const RosterEntry back = *m_repo->entry(entry);
    QCOMPARE(back.stage, Stage::Negotiating);
    QCOMPARE(back.fee, std::optional<Money>(Money(55'000, u"EUR"_s)));
    QCOMPARE(back.usageRights, e.usageRights);
    QCOMPARE(back.contact, e.contact);
    QCOMPARE(back.notes, e.notes);
    QCOMPARE(back.position, 1);
    QCOMPARE(back.creatorId, m_creators[1]);

    e.fee = Money(1, u"GBP"_s);
    QCOMPARE(m_repo->updateEntry(e).code, Error::Code::InvalidArgument);
}

void TestCampaignRepository::reorder_putsNamedEntriesFirst()
{
    const qint64 id = newCampaign(u"Spring"_s);
    const qint64 a = newEntry(id, m_creators[0]);
    const qint64 b = newEntry(id, m_creators[1]);
    const qint64 c = newEntry(id, m_creators[2]);
    QVERIFY(!m_repo->reorder(id, {c, a, b}));
    QCOMPARE(idsOf(*m_repo->entries(id)), (QList<qint64>{c, a, b}));
    QVERIFY(!m_repo->reorder(id, {b}));
    QCOMPARE(idsOf(*m_repo->entries(id)), (QList<qint64>{b, c, a}));

    const qint64 other = newCampaign(u"Autumn"_s);
    const qint64 foreign = newEntry(other, m_creators[0]);
    QCOMPARE(m_repo->reorder(id, {foreign}).code, Error::Code::InvalidArgument);
    QCOMPARE(m_repo->reorder(id, {a, a}).code, Error::Code::InvalidArgument);
    QCOMPARE(idsOf(*m_repo->entries(id)), (QList<qint64>{b, c, a}));
}

void TestCampaignRepository::deliverableActuals_roundTripKeepingUnknownApartFromZero()
{
    const qint64 id = newCampaign(u"Spring"_s);
    const qint64 entry = newEntry(id, m_creators[0]);

    Deliverable measured;
    measured.rosterEntryId = entry;
    measured.kind = DeliverableKind::Reel;
    measured.quantity = 2;
    measured.dueOn = QDate(2026, 4, 12);
    measured.status = DeliverableStatus::Published;
    measured.url = u"https://www.instagram.com/reel/abc123/"_s;
    measured.publishedOn = QDate(2026, 4, 11);
    measured.actuals = fullActuals();

    Deliverable zeros = measured;
    zeros.actuals = DeliverableActuals{0, 0, 0, 0, 0, 0, 0, Money(0, u"EUR"_s)};

    Deliverable partial = measured;
    partial.actuals = DeliverableActuals();
    partial.actuals.views = 0;
    partial.actuals.likes = 17;

    Deliverable unknown = measured;
    unknown.status = DeliverableStatus::Planned;
    unknown.url.clear();
    unknown.publishedOn = QDate();
    unknown.actuals = DeliverableActuals();

    for (const Deliverable &d : {measured, zeros, partial, unknown}) {
        const auto newId = m_repo->addDeliverable(d);
        QVERIFY2(newId.ok(), qPrintable(newId.error().message));
        const auto back = m_repo->deliverable(*newId);
        QVERIFY(back.ok());
        Deliverable expected = d;
        expected.id = *newId;
        QCOMPARE(back->actuals.views, expected.actuals.views);
        QCOMPARE(back->actuals.likes, expected.actuals.likes);
        QCOMPARE(back->actuals.comments, expected.actuals.comments);
        QCOMPARE(back->actuals.revenue, expected.actuals.revenue);
        QCOMPARE(back->actuals.isEmpty(), expected.actuals.isEmpty());
        QCOMPARE(back->publishedOn, expected.publishedOn);
        QVERIFY(*back == expected);
    }
    const auto all = m_repo->deliverables(entry);
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->at(1).actuals.views, std::optional<qint64>(0));  // measured zero
    QCOMPARE(all->at(3).actuals.views, std::optional<qint64>());   // not measured
    QCOMPARE(all->at(2).actuals.comments, std::optional<qint64>());
}

void TestCampaignRepository::deliverables_areOrderedByDueDateWithUndatedLast()
{
    const qint64 id = newCampaign(u"Spring"_s);
    const qint64 first = newEntry(id, m_creators[0]);
    const qint64 second = newEntry(id, m_creators[1]);
    const qint64 undated = newDeliverable(first, QDate());
    const qint64 late = newDeliverable(first, QDate(2026, 5, 1));
    const qint64 early = newDeliverable(second, QDate(2026, 4, 2));
    const qint64 mid = newDeliverable(first, QDate(2026, 4, 20), DeliverableKind::Story);
    const qint64 sameDaySecondEntry = newDeliverable(second, QDate(2026, 4, 20));

    const auto forCampaign = m_repo->deliverablesForCampaign(id);
    QVERIFY2(forCampaign.ok(), qPrintable(forCampaign.error().message));
    QList<qint64> ids;
    for (const Deliverable &d : *forCampaign)
        ids << d.id;
    QCOMPARE(ids, (QList<qint64>{early, mid, sameDaySecondEntry, late, undated}));

    const auto forEntry = m_repo->deliverables(first); // named: a range-for over *temporary dangles
    QVERIFY(forEntry.ok());
    ids.clear();
    for (const Deliverable &d : *forEntry)
        ids << d.id;
    QCOMPARE(ids, (QList<qint64>{mid, late, undated}));
    QCOMPARE(m_repo->deliverables(9999).error().code, Error::Code::NotFound);
}

void TestCampaignRepository::deliverable_refusesInvalidValues()
{
    const qint64 id = newCampaign(u"Spring"_s);
    const qint64 entry = newEntry(id, m_creators[0]);
    Deliverable d;
    d.rosterEntryId = entry;
    d.quantity = 0;
    QCOMPARE(m_repo->addDeliverable(d).error().code, Error::Code::InvalidArgument);
    d.quantity = 1;
    d.actuals.views = -3;
    QCOMPARE(m_repo->addDeliverable(d).error().code, Error::Code::InvalidArgument);
    d.actuals.views = 3;
    d.actuals.revenue = Money(100, u"USD"_s);
    QCOMPARE(m_repo->addDeliverable(d).error().code, Error::Code::InvalidArgument);
    d.actuals.revenue.reset();
    d.rosterEntryId = 5555;
    QCOMPARE(m_repo->addDeliverable(d).error().code, Error::Code::NotFound);
    QCOMPARE(m_repo->deliverables(entry)->size(), 0);
}

void TestCampaignRepository::updateDeliverable_publishesWithActuals()
{
    const qint64 id = newCampaign(u"Spring"_s);
    const qint64 entry = newEntry(id, m_creators[0]);
    const qint64 other = newEntry(id, m_creators[1]);
    const qint64 deliverable = newDeliverable(entry, QDate(2026, 4, 3));

    Deliverable d = *m_repo->deliverable(deliverable);
    QVERIFY(d.isOverdue(QDate(2026, 4, 4)));
    d.status = DeliverableStatus::Published;
    d.url = u"https://www.instagram.com/p/xyz/"_s;
    d.publishedOn = QDate(2026, 4, 3);
    d.actuals = fullActuals();
    d.rosterEntryId = other; // ignored: a deliverable stays with its entry
    const Status s = m_repo->updateDeliverable(d);
    QVERIFY2(!s, qPrintable(s.message));

    const Deliverable back = *m_repo->deliverable(deliverable);
    QCOMPARE(back.rosterEntryId, entry);
    QCOMPARE(back.status, DeliverableStatus::Published);
    QCOMPARE(back.url, d.url);
    QCOMPARE(back.publishedOn, QDate(2026, 4, 3));
    QVERIFY(back.actuals == fullActuals());
    QVERIFY(!back.isOverdue(QDate(2026, 4, 4)));

    d.id = 8888;
    QCOMPARE(m_repo->updateDeliverable(d).code, Error::Code::NotFound);
}

void TestCampaignRepository::removeDeliverable_thenRestore_givesItBack()
{
    const qint64 id = newCampaign(u"Spring"_s);
    const qint64 entry = newEntry(id, m_creators[0]);
    const qint64 deliverable = newDeliverable(entry, QDate(2026, 4, 3));
    Deliverable d = *m_repo->deliverable(deliverable);
    d.actuals = fullActuals();
    QVERIFY(!m_repo->updateDeliverable(d));
    const Deliverable before = *m_repo->deliverable(deliverable);

    QVERIFY(!m_repo->removeDeliverable(deliverable));
    QCOMPARE(m_repo->deliverable(deliverable).error().code, Error::Code::NotFound);
    QCOMPARE(m_repo->removeDeliverable(deliverable).code, Error::Code::NotFound);
    QVERIFY(!m_repo->restoreDeliverable(before));
    QVERIFY(*m_repo->deliverable(deliverable) == before);
}

void TestCampaignRepository::deletingCreator_onRosterIsRefused_onShortlistRemovesEntry()
{
    const qint64 id = newCampaign(u"Spring"_s);
    const qint64 entry = newEntry(id, m_creators[0], 10'000);
    newDeliverable(entry, QDate(2026, 4, 3));
    ShortlistRepository shortlists(m_ws->database());
    Shortlist list;
    list.name = u"Candidates"_s;
    const qint64 listId = *shortlists.create(list);
    QCOMPARE(*shortlists.addCreators(listId, {m_creators[0], m_creators[1]}), 2);

    CreatorRepository creators(m_ws->database());
    const Status refused = creators.remove(m_creators[0]);
    QCOMPARE(refused.code, Error::Code::Conflict);
    QVERIFY(creators.get(m_creators[0]).ok());
    QCOMPARE(m_repo->entry(entry)->creatorId, m_creators[0]);
    QCOMPARE(m_repo->deliverables(entry)->size(), 1);
    QCOMPARE(shortlists.entries(listId)->size(), 2);

    const Status removed = creators.remove(m_creators[1]);
    QVERIFY2(!removed, qPrintable(removed.message));
    QCOMPARE(shortlists.entries(listId)->size(), 1);
    QCOMPARE(shortlists.entries(listId)->first().creatorId, m_creators[0]);

    // Off the roster, the creator can go (the app asks first and can undo).
    QVERIFY(!m_repo->removeEntry(entry));
    QVERIFY(!creators.remove(m_creators[0]));
    QCOMPARE(shortlists.entries(listId)->size(), 0);
}

void TestCampaignRepository::removeEntry_thenRestoreEntry_givesBackEntryAndDeliverables()
{
    const qint64 id = newCampaign(u"Spring"_s);
    newEntry(id, m_creators[0]);
    const qint64 entry = newEntry(id, m_creators[1], 20'000);
    newEntry(id, m_creators[2]);
    QVERIFY(!m_repo->setStage(entry, Stage::ContentLive));
    newDeliverable(entry, QDate(2026, 4, 3));
    newDeliverable(entry, QDate(2026, 4, 9), DeliverableKind::Story);
    const RosterEntry before = *m_repo->entry(entry);
    const QList<Deliverable> deliverables = *m_repo->deliverables(entry);
    const QList<RosterEntry> roster = *m_repo->entries(id);

    QVERIFY(!m_repo->removeEntry(entry));
    QCOMPARE(m_repo->entries(id)->size(), 2);
    QCOMPARE(rows(u"SELECT count(*) FROM deliverables WHERE roster_entry_id = ?"_s, {entry}), 0);
    QCOMPARE(m_repo->removeEntry(entry).code, Error::Code::NotFound);

    const Status s = m_repo->restoreEntry(before, deliverables);
    QVERIFY2(!s, qPrintable(s.message));
    QVERIFY(*m_repo->entry(entry) == before);
    QVERIFY(*m_repo->deliverables(entry) == deliverables);
    QVERIFY(*m_repo->entries(id) == roster);
}

void TestCampaignRepository::remove_cascadesToRosterAndDeliverables()
{
    const qint64 id = newCampaign(u"Spring"_s);
    const qint64 keep = newCampaign(u"Autumn"_s);
    for (qint64 creator : m_creators.mid(0, 3))
        newDeliverable(newEntry(id, creator), QDate(2026, 4, 3));
    newDeliverable(newEntry(keep, m_creators[0]), QDate(2026, 9, 3));
    QCOMPARE(rows(u"SELECT count(*) FROM roster_entries WHERE campaign_id = ?"_s, {id}), 3);
    QCOMPARE(rows(u"SELECT count(*) FROM deliverables"_s), 4);

    QVERIFY(!m_repo->remove(id));
    QCOMPARE(m_repo->get(id).error().code, Error::Code::NotFound);
    QCOMPARE(rows(u"SELECT count(*) FROM roster_entries WHERE campaign_id = ?"_s, {id}), 0);
    QCOMPARE(rows(u"SELECT count(*) FROM deliverables"_s), 1); // only the other campaign's
    QCOMPARE(m_repo->entries(keep)->size(), 1);
    QCOMPARE(m_repo->deliverablesForCampaign(keep)->size(), 1);
    QCOMPARE(m_repo->remove(id).code, Error::Code::NotFound);
}

void TestCampaignRepository::remove_thenRestore_givesBackIdenticalData()
{
    const qint64 id = newCampaign(u"Spring"_s);
    const qint64 a = newEntry(id, m_creators[2], 15'000);
    const qint64 b = newEntry(id, m_creators[0]);
    QVERIFY(!m_repo->setStage(a, Stage::Completed));
    QVERIFY(!m_repo->setPaymentState(a, PaymentState::Paid));
    QVERIFY(!m_repo->reorder(id, {b}));
    const qint64 d = newDeliverable(a, QDate(2026, 4, 3));
    Deliverable published = *m_repo->deliverable(d);
    published.status = DeliverableStatus::Published;
    published.actuals = fullActuals();
    QVERIFY(!m_repo->updateDeliverable(published));
    newDeliverable(b, QDate());
    QVERIFY(!m_repo->setArchived(id, true));
    const auto before = m_repo->snapshot(id);
    QVERIFY(before.ok());
    QCOMPARE(before->roster.size(), 2);
    QCOMPARE(before->deliverables.size(), 2);

    m_clock->set(m_clock->now().addDays(3));
    QVERIFY(!m_repo->remove(id));
    QCOMPARE(m_repo->snapshot(id).error().code, Error::Code::NotFound);

    const Status s = m_repo->restore(*before);
    QVERIFY2(!s, qPrintable(s.message));
    const auto after = m_repo->snapshot(id);
    QVERIFY(after.ok());
    QVERIFY(after->campaign == before->campaign);
    QVERIFY(after->roster == before->roster);
    QVERIFY(after->deliverables == before->deliverables);
    QCOMPARE(after->campaign.updatedAt, before->campaign.updatedAt);
    QCOMPARE(idsOf(after->roster), (QList<qint64>{b, a}));

    QCOMPARE(m_repo->restore(*before).code, Error::Code::Conflict); // it exists again
}

void TestCampaignRepository::duplicate_copiesBriefRosterAndDeliverables_resettingProgress()
{
    const qint64 id = newCampaign(u"Spring"_s);
    const qint64 a = newEntry(id, m_creators[1], 25'000);
    const qint64 b = newEntry(id, m_creators[3]);
    RosterEntry terms = *m_repo->entry(a);
    terms.stage = Stage::Completed;
    terms.paymentState = PaymentState::Paid;
    terms.usageRights = u"30 days"_s;
    terms.notes = u"Great last time"_s;
    QVERIFY(!m_repo->updateEntry(terms));
    QVERIFY(!m_repo->setStage(b, Stage::Declined));
    QVERIFY(!m_repo->reorder(id, {b, a}));
    const qint64 d = newDeliverable(a, QDate(2026, 4, 3));
    Deliverable published = *m_repo->deliverable(d);
    published.quantity = 3;
    published.status = DeliverableStatus::Published;
    published.url = u"https://instagram.com/p/1"_s;
    published.publishedOn = QDate(2026, 4, 2);
    published.actuals = fullActuals();
    QVERIFY(!m_repo->updateDeliverable(published));
    QVERIFY(!m_repo->setArchived(id, true));

    m_clock->set(m_clock->now().addDays(30));
    const auto copyId = m_repo->duplicate(id, u"Spring (again)"_s);
    QVERIFY2(copyId.ok(), qPrintable(copyId.error().message));

    const Campaign original = *m_repo->get(id);
    const Campaign copy = *m_repo->get(*copyId);
    QCOMPARE(copy.name, u"Spring (again)"_s);
    QVERIFY(!copy.archived);
    QCOMPARE(copy.createdAt, m_clock->now());
    Campaign expected = original;
    expected.id = copy.id;
    expected.name = copy.name;
    expected.archived = false;
    expected.createdAt = expected.updatedAt = m_clock->now();
    QVERIFY(copy == expected); // the whole brief

    const QList<RosterEntry> roster = *m_repo->entries(*copyId);
    QCOMPARE(roster.size(), 2);
    QCOMPARE(roster[0].creatorId, m_creators[3]); // order kept
    QCOMPARE(roster[1].creatorId, m_creators[1]);
    for (const RosterEntry &e : roster) {
        QCOMPARE(e.campaignId, *copyId);
        QCOMPARE(e.stage, Stage::Prospect);
        QCOMPARE(e.paymentState, PaymentState::Unpaid);
    }
    QCOMPARE(roster[1].fee, std::optional<Money>(Money(25'000, u"EUR"_s)));
    QCOMPARE(roster[1].usageRights, u"30 days"_s);
    QCOMPARE(roster[1].notes, u"Great last time"_s);

    const QList<Deliverable> deliverables = *m_repo->deliverablesForCampaign(*copyId);
    QCOMPARE(deliverables.size(), 1);
    const Deliverable &dc = deliverables.first();
    QCOMPARE(dc.rosterEntryId, roster[1].id);
    QCOMPARE(dc.kind, DeliverableKind::Reel);
    QCOMPARE(dc.quantity, 3);
    QCOMPARE(dc.dueOn, QDate(2026, 4, 3));
    QCOMPARE(dc.status, DeliverableStatus::Planned);
    QVERIFY(dc.url.isEmpty());
    QVERIFY(!dc.publishedOn.isValid());
    QVERIFY(dc.actuals.isEmpty());

    // The original is untouched.
    QCOMPARE(m_repo->entry(a)->stage, Stage::Completed);
    QVERIFY(m_repo->deliverable(d)->actuals == fullActuals());
    QCOMPARE(m_repo->duplicate(id, u" "_s).error().code, Error::Code::InvalidArgument);
    QCOMPARE(m_repo->duplicate(4040, u"X"_s).error().code, Error::Code::NotFound);
    QCOMPARE(m_repo->list(true)->size(), 2);
}

void TestCampaignRepository::update_currencyChangeKeepsAmountsInMajorUnits()
{
    const qint64 id = newCampaign(u"Spring"_s);
    const qint64 entry = newEntry(id, m_creators[0], 42'000); // EUR 420.00
    const qint64 d = newDeliverable(entry, QDate(2026, 4, 3));
    Deliverable withRevenue = *m_repo->deliverable(d);
    withRevenue.actuals.revenue = Money(150'000, u"EUR"_s); // EUR 1,500.00
    QVERIFY(!m_repo->updateDeliverable(withRevenue));

    Campaign c = *m_repo->get(id);
    c.budget = Money(500'000, u"JPY"_s);
    Status s = m_repo->update(c);
    QVERIFY2(!s, qPrintable(s.message));
    QCOMPARE(m_repo->entry(entry)->fee, std::optional<Money>(Money(420, u"JPY"_s)));
    QCOMPARE(m_repo->deliverable(d)->actuals.revenue, std::optional<Money>(Money(1'500, u"JPY"_s)));

    c.budget = Money(500'000, u"KWD"_s); // three minor digits
    QVERIFY(!m_repo->update(c));
    QCOMPARE(m_repo->entry(entry)->fee, std::optional<Money>(Money(420'000, u"KWD"_s)));

    // A fraction that the new currency cannot hold is refused, and nothing changes.
    RosterEntry e = *m_repo->entry(entry);
    e.fee = Money(420'005, u"KWD"_s);
    QVERIFY(!m_repo->updateEntry(e));
    c.budget = Money(500, u"USD"_s);
    s = m_repo->update(c);
    QCOMPARE(s.code, Error::Code::InvalidArgument);
    QCOMPARE(m_repo->get(id)->currency(), u"KWD"_s);
    QCOMPARE(m_repo->entry(entry)->fee, std::optional<Money>(Money(420'005, u"KWD"_s)));
}

void TestCampaignRepository::rosterChanges_moveUpdatedAtAndEmitCampaignsChanged()
{
    QSignalSpy spy(m_ws->events(), &WorkspaceEvents::campaignsChanged);
    const qint64 id = newCampaign(u"Spring"_s);
    QCOMPARE(spy.count(), 1);
    const QDateTime created = m_clock->now();

    m_clock->set(created.addSecs(60));
    const qint64 entry = newEntry(id, m_creators[0]);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(m_repo->get(id)->updatedAt, created.addSecs(60));

    m_clock->set(created.addSecs(120));
    QVERIFY(!m_repo->setStage(entry, Stage::Contacted));
    QCOMPARE(m_repo->get(id)->updatedAt, created.addSecs(120));
    QCOMPARE(m_repo->get(id)->createdAt, created);

    m_clock->set(created.addSecs(180));
    newDeliverable(entry, QDate(2026, 4, 1));
    QCOMPARE(m_repo->get(id)->updatedAt, created.addSecs(180));
    QCOMPARE(spy.count(), 4);

    QCOMPARE(m_repo->setStage(999, Stage::Contacted).code, Error::Code::NotFound);
    QCOMPARE(spy.count(), 4); // failed: no signal
    QVERIFY(!m_repo->remove(id));
    QCOMPARE(spy.count(), 5);
}

QTEST_GUILESS_MAIN(TestCampaignRepository)
#include "tst_campaign_repository.moc"
