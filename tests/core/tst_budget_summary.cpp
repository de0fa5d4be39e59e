// SPDX-License-Identifier: GPL-3.0-or-later
// The budget bar of DESIGN.md §1 on hand-computed rosters: planned, committed, paid, remaining,
// split by tier and platform, over budget with the amount; then through a real workspace as
// entries move through the pipeline.
#include "core/campaigns/budget_summary.h"
#include "core/campaigns/campaign_plan_loader.h"
#include "core/campaigns/campaign_status.h"
#include "core/storage/campaign_repository.h"

#include "support/test_workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace tierscope::core;
using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

Creator creator(qint64 id, Platform platform, const QString &handle,
                std::optional<qint64> followers)
{
    Creator c = makeCreator(platform, handle, followers, 0.05);
    c.id = id;
    return c;
}

RosterEntry entry(qint64 id, qint64 creatorId, Stage stage, std::optional<qint64> feeMinor,
                  PaymentState payment = PaymentState::Unpaid, const QString &currency = u"USD"_s)
{
    RosterEntry e;
    e.id = id;
    e.campaignId = 1;
    e.creatorId = creatorId;
    e.stage = stage;
    if (feeMinor)
        e.fee = Money(*feeMinor, currency);
    e.paymentState = payment;
    e.position = int(id);
    return e;
}

CampaignPlan planWithBudget(qint64 budgetMinor, const QString &currency = u"USD"_s)
{
    CampaignPlan plan;
    plan.campaign.id = 1;
    plan.campaign.name = u"Fixture"_s;
    plan.campaign.budget = Money(budgetMinor, currency);
    return plan;
}

void addCreator(CampaignPlan &plan, const Creator &c)
{
    plan.creators.insert(c.id, c);
}

BudgetLine line(qint64 planned, qint64 committed, qint64 paid, int entries)
{
    BudgetLine l;
    l.plannedMinor = planned;
    l.committedMinor = committed;
    l.paidMinor = paid;
    l.entries = entries;
    return l;
}

QByteArray describe(const BudgetLine &l)
{
    return QByteArrayLiteral("planned ") + QByteArray::number(l.plannedMinor)
           + " committed " + QByteArray::number(l.committedMinor) + " paid "
           + QByteArray::number(l.paidMinor) + " entries " + QByteArray::number(l.entries);
}

} // namespace

#define COMPARE_LINE(actual, expected)                                                             \
    QVERIFY2((actual) == (expected),                                                               \
             QByteArray(describe(actual) + " != " + describe(expected)).constData())

class TestBudgetSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void oneEntry_countsByStageAndPayment_data();
    void oneEntry_countsByStageAndPayment();
    void handComputedRoster_totalsByTierAndPlatform();
    void overBudget_showsTheAmount_data();
    void overBudget_showsTheAmount();
    void unknownFee_countsZeroAndIsCounted();
    void tierBoundaries_followTheScheme();
    void zeroDigitCurrency_keepsWholeUnits();
    void hugeFees_totalsAreExactOrTooLargeNeverWrapped_data();
    void hugeFees_totalsAreExactOrTooLargeNeverWrapped();
    void campaignStatus_followsDatesAndArchive_data();
    void campaignStatus_followsDatesAndArchive();
    void loadedPlan_followsStageAndPaymentTransitions();
};

void TestBudgetSummary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBudgetSummary::oneEntry_countsByStageAndPayment_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<PaymentState>("payment");
    QTest::addColumn<qint64>("planned");
    QTest::addColumn<qint64>("committed");
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<int>("entries");
    QTest::addColumn<qint64>("remaining");

    // Budget 1,000.00; fee 420.00.
    QTest::newRow("prospect") << Stage::Prospect << PaymentState::Unpaid << 42'000LL << 0LL << 0LL
                              << 1 << 100'000LL;
    QTest::newRow("contacted") << Stage::Contacted << PaymentState::Unpaid << 42'000LL << 0LL
                               << 0LL << 1 << 100'000LL;
    QTest::newRow("negotiating") << Stage::Negotiating << PaymentState::Unpaid << 42'000LL << 0LL
                                 << 0LL << 1 << 100'000LL;
    QTest::newRow("contracted") << Stage::Contracted << PaymentState::Unpaid << 42'000LL
                                << 42'000LL << 0LL << 1 << 58'000LL;
    QTest::newRow("contracted, invoiced") << Stage::Contracted << PaymentState::Invoiced
                                          << 42'000LL << 42'000LL << 0LL << 1 << 58'000LL;
    QTest::newRow("content live, paid") << Stage::ContentLive << PaymentState::Paid << 42'000LL
                                        << 42'000LL << 42'000LL << 1 << 58'000LL;
    QTest::newRow("completed, paid") << Stage::Completed << PaymentState::Paid << 42'000LL
                                     << 42'000LL << 42'000LL << 1 << 58'000LL;
    // Paid ahead of a contract (a deposit): paid, yet not committed.
    QTest::newRow("negotiating, paid") << Stage::Negotiating << PaymentState::Paid << 42'000LL
                                       << 0LL << 42'000LL << 1 << 100'000LL;
    // Declined entries left the pipeline: they count nowhere, even when paid.
    QTest::newRow("declined") << Stage::Declined << PaymentState::Unpaid << 0LL << 0LL << 0LL << 0
                              << 100'000LL;
    QTest::newRow("declined, paid") << Stage::Declined << PaymentState::Paid << 0LL << 0LL << 0LL
                                    << 0 << 100'000LL;
}

void TestBudgetSummary::oneEntry_countsByStageAndPayment()
{
    QFETCH(Stage, stage);
    QFETCH(PaymentState, payment);
    QFETCH(qint64, planned);
    QFETCH(qint64, committed);
    QFETCH(qint64, paid);
    QFETCH(int, entries);
    QFETCH(qint64, remaining);

    CampaignPlan plan = planWithBudget(100'000);
    addCreator(plan, creator(7, Platform::TikTok, u"anna"_s, 48'700));
    plan.roster << entry(1, 7, stage, 42'000, payment);
    const BudgetSummary s = summarizeBudget(plan, TierScheme::defaults());

    QCOMPARE(s.currency, u"USD"_s);
    QCOMPARE(s.budgetMinor, 100'000);
    COMPARE_LINE(s.total, line(planned, committed, paid, entries));
    QCOMPARE(s.remainingMinor(), remaining);
    QVERIFY(!s.plannedOverBudget());
    QVERIFY(!s.committedOverBudget());
    QCOMPARE(s.entriesWithoutFee, 0);
    if (entries == 0) {
        QVERIFY(s.byTier.isEmpty());
        QVERIFY(s.byPlatform.isEmpty());
    } else {
        QCOMPARE(s.byTier.keys(), QList<Tier>{Tier::Micro});
        COMPARE_LINE(s.byTier.value(Tier::Micro), s.total);
        QCOMPARE(s.byPlatform.keys(), QList<Platform>{Platform::TikTok});
        COMPARE_LINE(s.byPlatform.value(Platform::TikTok), s.total);
    }
}

void TestBudgetSummary::handComputedRoster_totalsByTierAndPlatform()
{
    CampaignPlan plan = planWithBudget(200'000); // 2,000.00
    addCreator(plan, creator(1, Platform::Instagram, u"anna"_s, 25'000)); // micro
    addCreator(plan, creator(2, Platform::TikTok, u"ben"_s, 8'000));      // nano
    addCreator(plan, creator(3, Platform::Instagram, u"cleo"_s, 150'000)); // macro
    addCreator(plan, creator(4, Platform::YouTube, u"dev"_s, 12'000));    // micro
    addCreator(plan, creator(5, Platform::TikTok, u"eve"_s, 10'000));     // micro
    addCreator(plan, creator(6, Platform::Instagram, u"finn"_s, std::nullopt)); // no tier
    plan.roster << entry(11, 1, Stage::Contracted, 45'000, PaymentState::Paid)
                << entry(12, 2, Stage::ContentLive, 30'000, PaymentState::Invoiced)
                << entry(13, 3, Stage::Negotiating, 90'000)
                << entry(14, 4, Stage::Prospect, std::nullopt)
                << entry(15, 5, Stage::Declined, 70'000)
                << entry(16, 6, Stage::Completed, 20'000, PaymentState::Paid)
                << entry(17, 99, Stage::Contacted, 10'000); // creator not in the plan

    const BudgetSummary s = summarizeBudget(plan, TierScheme::defaults());
    // planned 450 + 300 + 900 + 0 + 200 + 100; committed 450 + 300 + 200; paid 450 + 200.
    COMPARE_LINE(s.total, line(195'000, 95'000, 65'000, 6));
    QCOMPARE(s.entriesWithoutFee, 1);
    QCOMPARE(s.remainingMinor(), 105'000);
    QVERIFY(!s.plannedOverBudget());
    QCOMPARE(s.plannedOverMinor(), 0);

    QCOMPARE(s.byTier.keys(), (QList<Tier>{Tier::Nano, Tier::Micro, Tier::Macro}));
    COMPARE_LINE(s.byTier.value(Tier::Micro), line(45'000, 45'000, 45'000, 2)); // anna, dev
    COMPARE_LINE(s.byTier.value(Tier::Nano), line(30'000, 30'000, 0, 1));
    COMPARE_LINE(s.byTier.value(Tier::Macro), line(90'000, 0, 0, 1));

    QCOMPARE(s.byPlatform.keys(),
             (QList<Platform>{Platform::Instagram, Platform::TikTok, Platform::YouTube}));
    COMPARE_LINE(s.byPlatform.value(Platform::Instagram), line(155'000, 65'000, 65'000, 3));
    COMPARE_LINE(s.byPlatform.value(Platform::TikTok), line(30'000, 30'000, 0, 1)); // eve declined
    COMPARE_LINE(s.byPlatform.value(Platform::YouTube), line(0, 0, 0, 1));

    // Share of budget per tier: planned / budget.
    QCOMPARE(*s.shareOfBudget(s.byTier.value(Tier::Micro).plannedMinor), 0.225);
    QCOMPARE(*s.shareOfBudget(s.byTier.value(Tier::Macro).plannedMinor), 0.45);
    QCOMPARE(*s.shareOfBudget(s.total.plannedMinor), 0.975);
}

void TestBudgetSummary::overBudget_showsTheAmount_data()
{
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<QList<qint64>>("committedFees");
    QTest::addColumn<QList<qint64>>("prospectFees");
    QTest::addColumn<bool>("plannedOver");
    QTest::addColumn<qint64>("plannedOverBy");
    QTest::addColumn<bool>("committedOver");
    QTest::addColumn<qint64>("committedOverBy");
    QTest::addColumn<qint64>("remaining");

    QTest::newRow("fits exactly") << 100'000LL << QList<qint64>{60'000, 40'000} << QList<qint64>{}
                                  << false << 0LL << false << 0LL << 0LL;
    QTest::newRow("one cent over, planned only")
        << 100'000LL << QList<qint64>{60'000} << QList<qint64>{40'001} << true << 1LL << false
        << 0LL << 40'000LL;
    QTest::newRow("planned over, committed fits")
        << 100'000LL << QList<qint64>{60'000} << QList<qint64>{45'000, 25'000} << true << 30'000LL
        << false << 0LL << 40'000LL;
    QTest::newRow("committed over") << 100'000LL << QList<qint64>{80'000, 45'000}
                                    << QList<qint64>{10'000} << true << 35'000LL << true
                                    << 25'000LL << -25'000LL;
    QTest::newRow("no budget") << 0LL << QList<qint64>{1} << QList<qint64>{} << true << 1LL << true
                               << 1LL << -1LL;
}

void TestBudgetSummary::overBudget_showsTheAmount()
{
    QFETCH(qint64, budget);
    QFETCH(QList<qint64>, committedFees);
    QFETCH(QList<qint64>, prospectFees);
    QFETCH(bool, plannedOver);
    QFETCH(qint64, plannedOverBy);
    QFETCH(bool, committedOver);
    QFETCH(qint64, committedOverBy);
    QFETCH(qint64, remaining);

    CampaignPlan plan = planWithBudget(budget);
    addCreator(plan, creator(1, Platform::Instagram, u"anna"_s, 25'000));
    qint64 id = 0;
    for (qint64 fee : committedFees)
        plan.roster << entry(++id, 1, Stage::Contracted, fee);
    for (qint64 fee : prospectFees)
        plan.roster << entry(++id, 1, Stage::Prospect, fee);
    const BudgetSummary s = summarizeBudget(plan, TierScheme::defaults());
    QCOMPARE(s.plannedOverBudget(), plannedOver);
    QCOMPARE(s.plannedOverMinor(), plannedOverBy);
    QCOMPARE(s.committedOverBudget(), committedOver);
    QCOMPARE(s.committedOverMinor(), committedOverBy);
    QCOMPARE(s.remainingMinor(), remaining); // never clipped at 0
    if (budget == 0)
        QVERIFY(!s.shareOfBudget(1)); // no share of nothing
}

void TestBudgetSummary::unknownFee_countsZeroAndIsCounted()
{
    CampaignPlan plan = planWithBudget(50'000, u"EUR"_s);
    addCreator(plan, creator(1, Platform::Instagram, u"anna"_s, 25'000));
    addCreator(plan, creator(2, Platform::TikTok, u"ben"_s, 2'000));
    plan.roster << entry(1, 1, Stage::Contracted, std::nullopt, PaymentState::Unpaid, u"EUR"_s)
                << entry(2, 2, Stage::Prospect, std::nullopt, PaymentState::Unpaid, u"EUR"_s)
                << entry(3, 2, Stage::Declined, std::nullopt, PaymentState::Unpaid, u"EUR"_s)
                << entry(4, 1, Stage::Negotiating, 12'345, PaymentState::Unpaid, u"EUR"_s);
    const BudgetSummary s = summarizeBudget(plan, TierScheme::defaults());
    QCOMPARE(s.currency, u"EUR"_s);
    QCOMPARE(s.entriesWithoutFee, 2); // the declined one is out of the pipeline
    COMPARE_LINE(s.total, line(12'345, 0, 0, 3));
    COMPARE_LINE(s.byTier.value(Tier::Micro), line(12'345, 0, 0, 2));
    COMPARE_LINE(s.byTier.value(Tier::Nano), line(0, 0, 0, 1));
    QCOMPARE(s.remainingMinor(), 50'000);
}

void TestBudgetSummary::tierBoundaries_followTheScheme()
{
    CampaignPlan plan = planWithBudget(1'000'000);
    const QList<qint64> followers = {999, 1'000, 9'999, 10'000, 99'999, 100'000, 1'000'000};
    for (int i = 0; i < followers.size(); ++i) {
        addCreator(plan, creator(i + 1, Platform::YouTube, u"c%1"_s.arg(i), followers[i]));
        plan.roster << entry(i + 1, i + 1, Stage::Contracted, 1'000 * (i + 1));
    }
    BudgetSummary s = summarizeBudget(plan, TierScheme::defaults());
    COMPARE_LINE(s.byTier.value(Tier::Emerging), line(1'000, 1'000, 0, 1));
    COMPARE_LINE(s.byTier.value(Tier::Nano), line(5'000, 5'000, 0, 2));
    COMPARE_LINE(s.byTier.value(Tier::Micro), line(9'000, 9'000, 0, 2));
    COMPARE_LINE(s.byTier.value(Tier::Macro), line(6'000, 6'000, 0, 1));
    COMPARE_LINE(s.byTier.value(Tier::Mega), line(7'000, 7'000, 0, 1));

    // The workspace's own scheme decides: with micro from 5,000 the 9,999 creator is micro.
    TierScheme scheme = TierScheme::defaults();
    scheme.setLowerBound(Tier::Micro, 5'000);
    s = summarizeBudget(plan, scheme);
    COMPARE_LINE(s.byTier.value(Tier::Nano), line(2'000, 2'000, 0, 1));
    COMPARE_LINE(s.byTier.value(Tier::Micro), line(12'000, 12'000, 0, 3));
}

void TestBudgetSummary::zeroDigitCurrency_keepsWholeUnits()
{
    // JPY has no minor unit: 150,000 ¥ budget, fees in yen; nothing is scaled by 100.
    CampaignPlan plan = planWithBudget(150'000, u"JPY"_s);
    addCreator(plan, creator(1, Platform::Instagram, u"anna"_s, 25'000));
    plan.roster << entry(1, 1, Stage::Contracted, 99'999, PaymentState::Paid, u"JPY"_s)
                << entry(2, 1, Stage::Prospect, 60'001, PaymentState::Unpaid, u"JPY"_s);
    const BudgetSummary s = summarizeBudget(plan, TierScheme::defaults());
    COMPARE_LINE(s.total, line(160'000, 99'999, 99'999, 2));
    QCOMPARE(s.plannedOverMinor(), 10'000);
    QCOMPARE(s.remainingMinor(), 50'001);
    QCOMPARE(Money(s.remainingMinor(), s.currency).toDecimalString(), u"50001"_s);
    const QLocale japan(QLocale::Japanese, QLocale::Japan);
    QCOMPARE(Money(s.plannedOverMinor(), s.currency).format(japan),
             u"￥10,000"_s);
}

// Fees past any real amount (written into a workspace by another tool) or summing past qint64:
// every total is either the exact sum or held at the end ("too large to compute"), never a
// wrapped, negative amount; the share of the budget is unknown then.
void TestBudgetSummary::hugeFees_totalsAreExactOrTooLargeNeverWrapped_data()
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 moneyBound = 9'000'000'000'000'000 - 1; // limits::kMaxMoneyMinor
    QTest::addColumn<QList<qint64>>("fees");
    QTest::addColumn<bool>("tooLarge");
    QTest::addColumn<qint64>("planned"); // when not too large
    QTest::newRow("one fee of 2^63-1") << QList<qint64>{max} << true << qint64(0);
    QTest::newRow("2^62 + 2^62 leaves qint64")
        << QList<qint64>{qint64(1) << 62, qint64(1) << 62} << true << qint64(0);
    QTest::newRow("2^63-1 then a small fee") << QList<qint64>{max, 500} << true << qint64(0);
    QTest::newRow("a small fee then 2^63-1") << QList<qint64>{500, max} << true << qint64(0);
    QTest::newRow("10^13 + 10^11+1 is exact")
        << QList<qint64>{10'000'000'000'000, 100'000'000'001} << false
        << qint64(10'100'000'000'001);
    QTest::newRow("1,024 fees at the money bound fit")
        << QList<qint64>(1024, moneyBound) << false << qint64(1024) * moneyBound;
    QTest::newRow("1,025 fees at the money bound do not")
        << QList<qint64>(1025, moneyBound) << true << qint64(0);
}

void TestBudgetSummary::hugeFees_totalsAreExactOrTooLargeNeverWrapped()
{
    QFETCH(QList<qint64>, fees);
    QFETCH(bool, tooLarge);
    QFETCH(qint64, planned);
    CampaignPlan plan = planWithBudget(100'000);
    for (int i = 0; i < fees.size(); ++i) {
        const qint64 id = i + 1;
        addCreator(plan, creator(id, Platform::Instagram, u"c%1"_s.arg(id), 50'000));
        plan.roster << entry(id, id, Stage::Contracted, fees.at(i), PaymentState::Paid);
    }
    const BudgetSummary b = summarizeBudget(plan, TierScheme::defaults());
    for (const BudgetLine &l : {b.total, b.byPlatform.value(Platform::Instagram)}) {
        for (const qint64 v : {l.plannedMinor, l.committedMinor, l.paidMinor}) {
            QVERIFY2(v >= 0, QByteArray::number(v).constData());
            QCOMPARE(checked::isTooLarge(v), tooLarge);
            if (!tooLarge)
                QCOMPARE(v, planned);
        }
    }
    QVERIFY(b.committedOverBudget());
    QCOMPARE(checked::isTooLarge(b.remainingMinor()), tooLarge);
    QCOMPARE(checked::isTooLarge(b.committedOverMinor()), tooLarge);
    QVERIFY(b.committedOverMinor() > 0);
    if (tooLarge) {
        QVERIFY(!b.shareOfBudget(b.total.plannedMinor));
    } else {
        QCOMPARE(b.remainingMinor(), 100'000 - planned);
        QCOMPARE(b.committedOverMinor(), planned - 100'000);
    }
}

void TestBudgetSummary::campaignStatus_followsDatesAndArchive_data()
{
    QTest::addColumn<QDate>("startsOn");
    QTest::addColumn<QDate>("endsOn");
    QTest::addColumn<bool>("archived");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<CampaignStatus>("status");

    const QDate start(2027, 3, 1), end(2027, 4, 30);
    QTest::newRow("day before start") << start << end << false << start.addDays(-1)
                                      << CampaignStatus::Upcoming;
    QTest::newRow("first day") << start << end << false << start << CampaignStatus::Active;
    QTest::newRow("last day") << start << end << false << end << CampaignStatus::Active;
    QTest::newRow("day after end") << start << end << false << end.addDays(1)
                                   << CampaignStatus::Ended;
    QTest::newRow("archived while running") << start << end << true << start
                                            << CampaignStatus::Archived;
    QTest::newRow("no dates") << QDate() << QDate() << false << start << CampaignStatus::Active;
    QTest::newRow("no end, started") << start << QDate() << false << end.addYears(3)
                                     << CampaignStatus::Active;
    QTest::newRow("no start, ended") << QDate() << end << false << end.addDays(1)
                                     << CampaignStatus::Ended;
}

void TestBudgetSummary::campaignStatus_followsDatesAndArchive()
{
    QFETCH(QDate, startsOn);
    QFETCH(QDate, endsOn);
    QFETCH(bool, archived);
    QFETCH(QDate, today);
    QFETCH(CampaignStatus, status);
    Campaign c;
    c.startsOn = startsOn;
    c.endsOn = endsOn;
    c.archived = archived;
    QCOMPARE(campaignStatus(c, today), status);
}

void TestBudgetSummary::loadedPlan_followsStageAndPaymentTransitions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<qint64> creatorIds;
    auto ws = workspaceWith(dir.filePath(u"budget.tierscope"_s),
                            {makeCreator(Platform::Instagram, u"anna"_s, 25'000, 0.05),
                             makeCreator(Platform::TikTok, u"ben"_s, 4'000, 0.09)},
                            &creatorIds);
    QVERIFY(ws);
    CampaignRepository repo(ws->database());
    Campaign c;
    c.name = u"Transitions"_s;
    c.budget = Money(50'000, u"EUR"_s);
    const auto campaignId = repo.create(c);
    TS_VERIFY_OK(campaignId);
    RosterEntry a;
    a.campaignId = *campaignId;
    a.creatorId = creatorIds[0];
    a.fee = Money(40'000, u"EUR"_s);
    RosterEntry b = a;
    b.creatorId = creatorIds[1];
    b.fee = Money(30'000, u"EUR"_s);
    b.stage = Stage::Negotiating;
    const auto aId = repo.addEntry(a);
    const auto bId = repo.addEntry(b);
    TS_VERIFY_OK(aId);
    TS_VERIFY_OK(bId);

    const auto summary = [&]() -> BudgetSummary {
        const auto plan = loadCampaignPlan(ws->database(), *campaignId);
        if (!plan) {
            qWarning().noquote() << plan.error().message;
            return {};
        }
        return summarizeBudget(*plan, TierScheme::defaults());
    };

    BudgetSummary s = summary();
    QCOMPARE(s.currency, u"EUR"_s);
    COMPARE_LINE(s.total, line(70'000, 0, 0, 2));
    QCOMPARE(s.plannedOverMinor(), 20'000);
    QCOMPARE(s.remainingMinor(), 50'000);

    TS_VERIFY_OK(repo.setStage(*bId, Stage::Contracted));
    s = summary();
    COMPARE_LINE(s.total, line(70'000, 30'000, 0, 2));
    COMPARE_LINE(s.byTier.value(Tier::Nano), line(30'000, 30'000, 0, 1));
    QCOMPARE(s.remainingMinor(), 20'000);
    QVERIFY(!s.committedOverBudget());

    TS_VERIFY_OK(repo.setStage(*aId, Stage::Contracted));
    s = summary();
    COMPARE_LINE(s.total, line(70'000, 70'000, 0, 2));
    QVERIFY(s.committedOverBudget());
    QCOMPARE(s.committedOverMinor(), 20'000);
    QCOMPARE(s.remainingMinor(), -20'000);

    TS_VERIFY_OK(repo.setPaymentState(*bId, PaymentState::Paid));
    TS_VERIFY_OK(repo.setStage(*bId, Stage::Completed));
    TS_VERIFY_OK(repo.setStage(*aId, Stage::Declined));
    s = summary();
    COMPARE_LINE(s.total, line(30'000, 30'000, 30'000, 1));
    QVERIFY(!s.byTier.contains(Tier::Micro));
    QVERIFY(!s.byPlatform.contains(Platform::Instagram));
    QVERIFY(!s.plannedOverBudget());
    QCOMPARE(s.remainingMinor(), 20'000);

    // Back from declined: it counts again where its stage says.
    TS_VERIFY_OK(repo.setStage(*aId, Stage::Negotiating));
    s = summary();
    COMPARE_LINE(s.total, line(70'000, 30'000, 30'000, 2));
}

QTEST_GUILESS_MAIN(TestBudgetSummary)
#include "tst_budget_summary.moc"
