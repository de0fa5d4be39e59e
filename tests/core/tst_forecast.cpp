// SPDX-License-Identifier: GPL-3.0-or-later
// The forecast and results of DESIGN.md §1 on hand-computed rosters: expected impressions (known
// views or the default view rate), engagements, CPE, CPM; actuals from published deliverables,
// actual ER, CPE, CPM, ROI; totals. Then once through loadCampaignPlan on a real workspace.
#include "core/analytics/campaign_math.h"
#include "core/analytics/checked_arithmetic.h"
#include "core/campaigns/budget_summary.h"
#include "core/campaigns/campaign_plan_loader.h"
#include "core/campaigns/forecast.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/settings_repository.h"

#include "support/test_workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace tierscope::core;
using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

// Unknown in a data table: a negative number or NaN reads as "unknown".
constexpr double kUnknown = -1.0;

std::optional<double> known(double v)
{
    return v >= 0 && !std::isnan(v) ? std::optional<double>(v) : std::nullopt;
}

std::optional<qint64> knownMinor(qint64 v)
{
    return v >= 0 ? std::optional<qint64>(v) : std::nullopt;
}

QByteArray show(std::optional<double> v)
{
    return v ? QByteArray::number(*v, 'g', 17) : QByteArrayLiteral("unknown");
}

// Exact up to the last bits of a double: every expected value is a short hand computation.
bool same(std::optional<double> actual, std::optional<double> expected)
{
    if (!actual || !expected)
        return !actual && !expected;
    return std::fabs(*actual - *expected) <= 1e-9 * std::max(1.0, std::fabs(*expected));
}

#define COMPARE_OPT(actual, expected)                                                              \
    QVERIFY2(same((actual), (expected)),                                                           \
             QByteArray(#actual ": " + show(actual) + " != " + show(expected)).constData())

Creator creator(qint64 id, Platform platform, std::optional<qint64> followers,
                std::optional<double> er, std::optional<double> avgViews = std::nullopt)
{
    Creator c = makeCreator(platform, u"c%1"_s.arg(id), followers, er);
    c.id = id;
    c.avgViews = avgViews;
    return c;
}

RosterEntry entry(qint64 id, qint64 creatorId, std::optional<qint64> feeMinor,
                  Stage stage = Stage::Contracted, const QString &currency = u"USD"_s)
{
    RosterEntry e;
    e.id = id;
    e.campaignId = 1;
    e.creatorId = creatorId;
    e.stage = stage;
    if (feeMinor)
        e.fee = Money(*feeMinor, currency);
    return e;
}

Deliverable planned(qint64 entryId, int quantity, DeliverableKind kind = DeliverableKind::Reel)
{
    Deliverable d;
    d.rosterEntryId = entryId;
    d.kind = kind;
    d.quantity = quantity;
    return d;
}

Deliverable published(qint64 entryId, int quantity, const DeliverableActuals &a)
{
    Deliverable d = planned(entryId, quantity);
    d.status = DeliverableStatus::Published;
    d.publishedOn = QDate(2026, 11, 2);
    d.actuals = a;
    return d;
}

DeliverableActuals actuals(std::optional<qint64> views, std::optional<qint64> likes,
                           std::optional<qint64> comments, std::optional<qint64> shares,
                           std::optional<qint64> revenueMinor = std::nullopt,
                           const QString &currency = u"USD"_s)
{
    DeliverableActuals a;
    a.views = views;
    a.likes = likes;
    a.comments = comments;
    a.shares = shares;
    if (revenueMinor)
        a.revenue = Money(*revenueMinor, currency);
    return a;
}

CampaignPlan basePlan(const QString &currency = u"USD"_s)
{
    CampaignPlan plan;
    plan.campaign.id = 1;
    plan.campaign.name = u"Fixture"_s;
    plan.campaign.budget = Money(500'000, currency);
    plan.viewRates = {{Platform::Instagram, 0.25}, {Platform::TikTok, 0.45},
                      {Platform::YouTube, 0.20}};
    return plan;
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void entry_expectedFigures_data();
    void entry_expectedFigures();
    void viewRate_isThePlansSettingWithBuiltInFallback();
    void actuals_onlyFromPublishedDeliverablesWithValues();
    void actuals_roi_data();
    void actuals_roi();
    void totals_pairFeesWithResultsOfTheSameEntries();
    void cpe_roundsToTheCurrencyMinorUnit_data();
    void cpe_roundsToTheCurrencyMinorUnit();
    void hugeActuals_totalsAreExactOrTooLargeNeverWrapped_data();
    void hugeActuals_totalsAreExactOrTooLargeNeverWrapped();
    void hugeFollowers_forecastStaysPositive();
    void loadedPlan_usesWorkspaceViewRatesAndActuals();
    void loadCampaignPlan_unknownCampaignIsNotFound();
};

void TestForecast::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestForecast::entry_expectedFigures_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<qint64>("followers"); // −1: unknown
    QTest::addColumn<double>("er");
    QTest::addColumn<double>("avgViews");
    QTest::addColumn<QList<int>>("quantities");
    QTest::addColumn<qint64>("fee");
    QTest::addColumn<double>("impressions");
    QTest::addColumn<bool>("fromDefaultRate");
    QTest::addColumn<double>("engagements");
    QTest::addColumn<double>("cpe");
    QTest::addColumn<double>("cpm");

    // 3 × 6,000 views; 3 × 20,000 × 5 %; 600.00 / 3,000; 600.00 / 18,000 × 1000.
    QTest::newRow("known views") << Platform::Instagram << 20'000LL << 0.05 << 6'000.0
                                 << QList<int>{1, 2} << 60'000LL << 18'000.0 << false << 3'000.0
                                 << 20.0 << 60'000.0 / 18.0;
    // 3 × 20,000 × 25 % (Instagram default) = 15,000.
    QTest::newRow("default view rate, Instagram")
        << Platform::Instagram << 20'000LL << 0.05 << kUnknown << QList<int>{1, 2} << 60'000LL
        << 15'000.0 << true << 3'000.0 << 20.0 << 4'000.0;
    // 2 × 40,000 × 45 % = 36,000; 2 × 40,000 × 8 % = 6,400; 500.00 / 6,400 = 7.8125 ¢.
    QTest::newRow("default view rate, TikTok")
        << Platform::TikTok << 40'000LL << 0.08 << kUnknown << QList<int>{2} << 50'000LL
        << 36'000.0 << true << 6'400.0 << 7.8125 << 50'000.0 / 36.0;
    QTest::newRow("unknown ER: unknown engagements and CPE")
        << Platform::YouTube << 12'000LL << kUnknown << 5'000.0 << QList<int>{1, 1} << 40'000LL
        << 10'000.0 << false << kUnknown << kUnknown << 4'000.0;
    QTest::newRow("unknown fee: no CPE, no CPM")
        << Platform::Instagram << 20'000LL << 0.05 << 6'000.0 << QList<int>{1} << -1LL << 6'000.0
        << false << 1'000.0 << kUnknown << kUnknown;
    QTest::newRow("gifted (fee 0): CPE 0") << Platform::Instagram << 20'000LL << 0.05 << 6'000.0
                                           << QList<int>{1} << 0LL << 6'000.0 << false << 1'000.0
                                           << 0.0 << 0.0;
    QTest::newRow("zero deliverables: nothing expected")
        << Platform::Instagram << 20'000LL << 0.05 << 6'000.0 << QList<int>{} << 60'000LL
        << kUnknown << false << kUnknown << kUnknown << kUnknown;
    QTest::newRow("unknown followers, unknown views")
        << Platform::TikTok << -1LL << 0.05 << kUnknown << QList<int>{1} << 60'000LL << kUnknown
        << false << kUnknown << kUnknown << kUnknown;
    QTest::newRow("unknown followers, known views")
        << Platform::TikTok << -1LL << 0.05 << 9'000.0 << QList<int>{1} << 45'000LL << 9'000.0
        << false << kUnknown << kUnknown << 5'000.0;
    // 0 expected engagements and impressions: a cost per nothing is unknown, not infinite.
    QTest::newRow("zero followers") << Platform::Instagram << 0LL << 0.05 << kUnknown
                                    << QList<int>{1} << 10'000LL << 0.0 << true << 0.0 << kUnknown
                                    << kUnknown;
}

void TestForecast::entry_expectedFigures()
{
    QFETCH(Platform, platform);
    QFETCH(qint64, followers);
    QFETCH(double, er);
    QFETCH(double, avgViews);
    QFETCH(QList<int>, quantities);
    QFETCH(qint64, fee);
    QFETCH(double, impressions);
    QFETCH(bool, fromDefaultRate);
    QFETCH(double, engagements);
    QFETCH(double, cpe);
    QFETCH(double, cpm);

    CampaignPlan plan = basePlan();
    const Creator c = creator(7, platform, knownMinor(followers), known(er), known(avgViews));
    plan.creators.insert(c.id, c);
    plan.roster << entry(1, 7, knownMinor(fee));
    int total = 0;
    for (int q : quantities) {
        plan.deliverables[1] << planned(1, q);
        total += q;
    }

    const CampaignForecast f = forecastCampaign(plan);
    QCOMPARE(f.entries.size(), 1);
    const EntryForecast &e = f.entries.first();
    QCOMPARE(e.entryId, 1);
    QCOMPARE(e.deliverables, total);
    COMPARE_OPT(e.expectedImpressions, known(impressions));
    QCOMPARE(e.impressionsFromDefaultRate, fromDefaultRate);
    COMPARE_OPT(e.expectedEngagements, known(engagements));
    COMPARE_OPT(e.cpeMinor, known(cpe));
    COMPARE_OPT(e.cpmMinor, known(cpm));
    QVERIFY(!e.hasActuals());
    QVERIFY(!e.actualEr && !e.actualCpeMinor && !e.roi);

    // One entry: the totals are that entry.
    QCOMPARE(f.expectedImpressions, known(impressions).value_or(0.0));
    QCOMPARE(f.expectedEngagements, known(engagements).value_or(0.0));
    QCOMPARE(f.entriesWithEstimate, known(engagements) ? 1 : 0);
    QCOMPARE(f.entriesWithImpressionEstimate, known(impressions) ? 1 : 0);
    COMPARE_OPT(f.cpeMinor, known(cpe));
    COMPARE_OPT(f.cpmMinor, known(cpm));
    QCOMPARE(f.entriesWithActuals, 0);
    QVERIFY(!f.roi && !f.actualCpeMinor && !f.actualEr);
}

void TestForecast::viewRate_isThePlansSettingWithBuiltInFallback()
{
    CampaignPlan plan = basePlan();
    plan.viewRates = {{Platform::Instagram, 0.3}}; // as set in the workspace settings
    plan.creators.insert(1, creator(1, Platform::Instagram, 20'000, 0.05));
    plan.creators.insert(2, creator(2, Platform::YouTube, 20'000, 0.05));
    plan.roster << entry(1, 1, 30'000) << entry(2, 2, 30'000);
    plan.deliverables[1] << planned(1, 2);
    plan.deliverables[2] << planned(2, 2, DeliverableKind::Video);

    QCOMPARE(plan.viewRate(Platform::Instagram), 0.3);
    QCOMPARE(plan.viewRate(Platform::YouTube),
             SettingsRepository::builtInViewRate(Platform::YouTube));
    const CampaignForecast f = forecastCampaign(plan);
    // 2 × 20k × 30 %, 2 × 20k × 20 %.
    COMPARE_OPT(f.entries[0].expectedImpressions, std::optional<double>(12'000.0));
    COMPARE_OPT(f.entries[1].expectedImpressions, std::optional<double>(8'000.0));
    QVERIFY(f.entries[0].impressionsFromDefaultRate && f.entries[1].impressionsFromDefaultRate);
    QCOMPARE(f.expectedImpressions, 20'000.0);
    COMPARE_OPT(f.cpmMinor, std::optional<double>(3'000.0)); // 600.00 / 20,000 × 1000
}

void TestForecast::actuals_onlyFromPublishedDeliverablesWithValues()
{
    CampaignPlan plan = basePlan();
    plan.creators.insert(1, creator(1, Platform::Instagram, 20'000, 0.05));
    plan.roster << entry(1, 1, 60'000);
    DeliverableActuals full = actuals(10'000, 900, 60, 40, 50'000);
    full.saves = 100; // kept, but not an ER component
    full.clicks = 200;
    full.conversions = 10;
    DeliverableActuals noShares = actuals(14'000, 1'500, 80, std::nullopt);
    DeliverableActuals clicksOnly;
    clicksOnly.clicks = 30;
    Deliverable approved = planned(1, 1);
    approved.status = DeliverableStatus::Approved;
    approved.actuals = actuals(99'999, 99'999, 99'999, 99'999, 99'999);
    plan.deliverables[1] << published(1, 1, full)
                         << published(1, 2, noShares)  // a pair of stories, measured together
                         << published(1, 1, {})        // live, nothing entered yet
                         << approved                   // not live: its numbers do not count
                         << published(1, 1, clicksOnly);

    const CampaignForecast f = forecastCampaign(plan);
    const EntryForecast &e = f.entries.first();
    QCOMPARE(e.deliverables, 6);
    COMPARE_OPT(e.expectedEngagements, std::optional<double>(6'000.0)); // 6 × 20k × 5 %
    QCOMPARE(e.measuredDeliverables, 4);    // 1 + 2 + 1 (clicks only)
    QCOMPARE(e.engagementDeliverables, 3);  // 1 + 2
    QCOMPARE(e.actualViews, std::optional<qint64>(24'000));
    QCOMPARE(e.actualEngagements, std::optional<qint64>(2'580)); // 1,000 + 1,580
    QCOMPARE(e.actualClicks, std::optional<qint64>(230));
    QCOMPARE(e.actualConversions, std::optional<qint64>(10));
    QCOMPARE(e.actualRevenueMinor, std::optional<qint64>(50'000));
    COMPARE_OPT(e.actualEr, std::optional<double>(0.043));                  // 2,580 / (20k × 3)
    COMPARE_OPT(e.actualCpeMinor, std::optional<double>(60'000.0 / 2'580.0));
    COMPARE_OPT(e.actualCpmMinor, std::optional<double>(2'500.0));          // 600.00 / 24k × 1000
    COMPARE_OPT(e.roi, std::optional<double>(-1.0 / 6.0));                  // (500 − 600) / 600

    QCOMPARE(f.entriesWithActuals, 1);
    QCOMPARE(f.actualViews, 24'000);
    QCOMPARE(f.actualEngagements, 2'580);
    QCOMPARE(f.actualRevenueMinor, 50'000);
    QCOMPARE(f.measuredCostMinor, 60'000);
    COMPARE_OPT(f.actualEr, e.actualEr);
    COMPARE_OPT(f.actualCpeMinor, e.actualCpeMinor);
    COMPARE_OPT(f.actualCpmMinor, e.actualCpmMinor);
    COMPARE_OPT(f.roi, e.roi);
    // Beside them, the forecast of the same entry: ER 5 %, 600.00 / 6,000, 600.00 / 30,000 × 1000.
    COMPARE_OPT(f.measuredForecastEr, std::optional<double>(0.05));
    COMPARE_OPT(f.measuredForecastCpeMinor, std::optional<double>(10.0));
    COMPARE_OPT(f.measuredForecastCpmMinor, std::optional<double>(2'000.0));
}

void TestForecast::actuals_roi_data()
{
    QTest::addColumn<qint64>("fee");     // −1: unknown
    QTest::addColumn<qint64>("revenue"); // −1: unknown
    QTest::addColumn<double>("roi");     // −1 is a real ROI here; NaN: unknown

    const double unknown = std::nan("");
    QTest::newRow("half again") << 60'000LL << 90'000LL << 0.5;
    QTest::newRow("break even") << 60'000LL << 60'000LL << 0.0;
    QTest::newRow("all lost") << 60'000LL << 0LL << -1.0;
    QTest::newRow("unknown revenue") << 60'000LL << -1LL << unknown;
    QTest::newRow("unknown fee") << -1LL << 90'000LL << unknown;
    QTest::newRow("gifted: no cost to return on") << 0LL << 90'000LL << unknown;
}

void TestForecast::actuals_roi()
{
    QFETCH(qint64, fee);
    QFETCH(qint64, revenue);
    QFETCH(double, roi);

    CampaignPlan plan = basePlan();
    plan.creators.insert(1, creator(1, Platform::TikTok, 40'000, 0.08));
    plan.roster << entry(1, 1, knownMinor(fee), Stage::Completed);
    plan.deliverables[1] << published(1, 1, actuals(20'000, 3'000, 150, 50, knownMinor(revenue)));
    const CampaignForecast f = forecastCampaign(plan);
    const std::optional<double> expected = std::isnan(roi) ? std::nullopt : std::optional(roi);
    COMPARE_OPT(f.entries.first().roi, expected);
    COMPARE_OPT(f.roi, expected);
    COMPARE_OPT(f.entries.first().actualEr, std::optional<double>(0.08)); // 3,200 / 40k
}

void TestForecast::totals_pairFeesWithResultsOfTheSameEntries()
{
    CampaignPlan plan = basePlan();
    plan.creators.insert(1, creator(1, Platform::Instagram, 20'000, 0.05, 6'000.0));
    plan.creators.insert(2, creator(2, Platform::TikTok, 40'000, 0.08));
    plan.creators.insert(3, creator(3, Platform::YouTube, 12'000, std::nullopt, 3'000.0));
    plan.creators.insert(4, creator(4, Platform::Instagram, 30'000, 0.04));
    plan.creators.insert(5, creator(5, Platform::Instagram, 15'000, 0.06));
    plan.creators.insert(6, creator(6, Platform::TikTok, 10'000, 0.1));
    plan.roster << entry(1, 1, 60'000)                  // A
                << entry(2, 2, 50'000)                  // B
                << entry(3, 3, std::nullopt)            // C: no fee agreed
                << entry(4, 4, 80'000, Stage::Declined) // D: left the pipeline
                << entry(5, 5, 20'000, Stage::Prospect)  // E: no deliverables yet
                << entry(6, 6, 10'000, Stage::Negotiating); // F: nothing live yet
    plan.deliverables[1] << published(1, 1, actuals(7'000, 1'100, 50, 50, 90'000)) << planned(1, 1);
    plan.deliverables[2] << published(2, 1, actuals(20'000, 3'000, 150, 50));
    plan.deliverables[3]
        << published(3, 1, actuals(3'500, 300, std::nullopt, std::nullopt, 10'000));
    plan.deliverables[4] << published(4, 1, actuals(50'000, 5'000, 0, 0, 500'000));
    plan.deliverables[6] << planned(6, 1);

    const CampaignForecast f = forecastCampaign(plan);
    QCOMPARE(f.entries.size(), 5);
    QVERIFY(!f.entry(4));
    QCOMPARE(f.entries[0].entryId, 1);
    QCOMPARE(f.entries[3].entryId, 5);
    QCOMPARE(f.entries[4].entryId, 6);

    // A: 2 × 6,000 views; 2 × 20k × 5 %. B: 40k × 45 %; 40k × 8 %. C: 3,000 views, ER unknown.
    COMPARE_OPT(f.entry(1)->expectedImpressions, std::optional<double>(12'000.0));
    COMPARE_OPT(f.entry(2)->expectedImpressions, std::optional<double>(18'000.0));
    COMPARE_OPT(f.entry(3)->expectedImpressions, std::optional<double>(3'000.0));
    COMPARE_OPT(f.entry(5)->expectedImpressions, std::nullopt);
    COMPARE_OPT(f.entry(6)->expectedImpressions, std::optional<double>(4'500.0)); // 10k × 45 %
    COMPARE_OPT(f.entry(6)->expectedEngagements, std::optional<double>(1'000.0));
    COMPARE_OPT(f.entry(1)->cpeMinor, std::optional<double>(30.0));
    COMPARE_OPT(f.entry(2)->cpeMinor, std::optional<double>(15.625));
    COMPARE_OPT(f.entry(3)->cpeMinor, std::nullopt);
    QCOMPARE(f.expectedImpressions, 37'500.0);
    QCOMPARE(f.entriesWithImpressionEstimate, 4);
    QCOMPARE(f.expectedEngagements, 6'200.0);
    QCOMPARE(f.entriesWithEstimate, 3);
    // Fees and estimates of the entries that have both: C has no fee, E no estimate.
    COMPARE_OPT(f.cpeMinor, std::optional<double>(120'000.0 / 6'200.0));
    COMPARE_OPT(f.cpmMinor, std::optional<double>(120'000.0 / 34'500.0 * 1000.0));

    // Actuals: A 1,200 engagements of 20k; B 3,200 of 40k; C 300 of 12k.
    COMPARE_OPT(f.entry(1)->actualEr, std::optional<double>(0.06));
    COMPARE_OPT(f.entry(2)->actualEr, std::optional<double>(0.08));
    COMPARE_OPT(f.entry(3)->actualEr, std::optional<double>(0.025));
    COMPARE_OPT(f.entry(3)->roi, std::nullopt);          // revenue, but no fee
    COMPARE_OPT(f.entry(2)->roi, std::nullopt);          // fee, but no revenue
    COMPARE_OPT(f.entry(1)->roi, std::optional<double>(0.5));
    QCOMPARE(f.entriesWithActuals, 3);
    QCOMPARE(f.actualViews, 30'500);
    QCOMPARE(f.actualEngagements, 4'700);
    QCOMPARE(f.actualRevenueMinor, 100'000);
    QCOMPARE(f.measuredCostMinor, 110'000);
    COMPARE_OPT(f.actualEr, std::optional<double>(4'700.0 / 72'000.0));
    // C's engagements and views came free of any known fee: they stay out of the ratios.
    COMPARE_OPT(f.actualCpeMinor, std::optional<double>(25.0)); // 1,100.00 / 4,400
    COMPARE_OPT(f.actualCpmMinor, std::optional<double>(110'000.0 / 27'000.0 * 1000.0));
    // Only A has both a fee and revenue: (900 − 600) / 600.
    COMPARE_OPT(f.roi, std::optional<double>(0.5));
    // The forecast of what was measured, for the comparison: A and B only (C has no ER and no
    // fee, F nothing live). ER (5 % × 20k + 8 % × 40k) / 60k.
    COMPARE_OPT(f.measuredForecastEr, std::optional<double>(0.07));
    COMPARE_OPT(f.measuredForecastCpeMinor, std::optional<double>(110'000.0 / 5'200.0));
    COMPARE_OPT(f.measuredForecastCpmMinor, std::optional<double>(110'000.0 / 30'000.0 * 1000.0));
}

void TestForecast::cpe_roundsToTheCurrencyMinorUnit_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("fee");
    QTest::addColumn<double>("cpe");
    QTest::addColumn<qint64>("roundedMinor");

    // 1,000 followers × 25 % = 250 expected engagements.
    QTest::newRow("USD half a cent rounds up") << u"USD"_s << 5'125LL << 20.5 << 21LL;
    QTest::newRow("USD below half rounds down") << u"USD"_s << 5'122LL << 20.488 << 20LL;
    QTest::newRow("JPY has no minor unit") << u"JPY"_s << 625LL << 2.5 << 3LL;
    QTest::newRow("KWD has three digits") << u"KWD"_s << 1'000'125LL << 4'000.5 << 4'001LL;
}

void TestForecast::cpe_roundsToTheCurrencyMinorUnit()
{
    QFETCH(QString, currency);
    QFETCH(qint64, fee);
    QFETCH(double, cpe);
    QFETCH(qint64, roundedMinor);

    CampaignPlan plan = basePlan(currency);
    plan.creators.insert(1, creator(1, Platform::Instagram, 1'000, 0.25));
    plan.roster << entry(1, 1, fee, Stage::Contracted, currency);
    plan.deliverables[1] << planned(1, 1);
    const CampaignForecast f = forecastCampaign(plan);
    COMPARE_OPT(f.entries.first().cpeMinor, std::optional<double>(cpe));
    const auto money = roundedMoney(f.entries.first().cpeMinor, currency);
    QVERIFY(money);
    QCOMPARE(money->minor(), roundedMinor);
    QCOMPARE(money->currency(), currency);
    if (currency == u"USD")
        QCOMPARE(money->format(QLocale(QLocale::English, QLocale::UnitedStates)),
                 u"$0.%1"_s.arg(roundedMinor));
}

// Results past any real count (written by another tool), or summing past qint64: each entry's
// and the campaign's totals are either exact or held at the end ("too large to compute"), never
// wrapped negative; a ratio with such a part (ER, CPE, CPM, ROI) is unknown, not a tiny number.
// Two entries (fee $1,000 each, 50k followers, ER 5 %), one published deliverable each.
void TestForecast::hugeActuals_totalsAreExactOrTooLargeNeverWrapped_data()
{
    using L = QList<qint64>;
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 half = qint64(1) << 62;
    constexpr qint64 tooLarge = checked::kTooLarge;
    QTest::addColumn<L>("views");    // per entry
    QTest::addColumn<L>("likes");    // per entry
    QTest::addColumn<L>("comments"); // per entry
    QTest::addColumn<L>("revenue");  // per entry, minor units
    QTest::addColumn<qint64>("viewsTotal"); // checked::kTooLarge: too large to compute
    QTest::addColumn<qint64>("engagementsTotal");
    QTest::addColumn<qint64>("revenueTotal");
    QTest::newRow("views 2^63-1") << L{max, 1'000} << L{10, 10} << L{0, 0} << L{1, 1}
                                  << tooLarge << qint64(20) << qint64(2);
    QTest::newRow("views 2^62 on each entry sum past qint64")
        << L{half, half} << L{10, 10} << L{0, 0} << L{1, 1} << tooLarge << qint64(20)
        << qint64(2);
    QTest::newRow("likes 2^63-1") << L{1'000, 1'000} << L{max, 10} << L{0, 0} << L{1, 1}
                                  << qint64(2'000) << tooLarge << qint64(2);
    QTest::newRow("likes + comments of one post past qint64")
        << L{1'000, 1'000} << L{half, 10} << L{half, 0} << L{1, 1} << qint64(2'000) << tooLarge
        << qint64(2);
    QTest::newRow("revenue 2^62 on each entry")
        << L{1'000, 1'000} << L{10, 10} << L{0, 0} << L{half, half} << qint64(2'000)
        << qint64(20) << tooLarge;
    QTest::newRow("views 10^13 (the bound) are exact")
        << L{10'000'000'000'000, 10'000'000'000'000} << L{10, 10} << L{0, 0} << L{1, 1}
        << qint64(20'000'000'000'000) << qint64(20) << qint64(2);
    QTest::newRow("likes 10^11+1 are exact")
        << L{1'000, 1'000} << L{100'000'000'001, 100'000'000'001} << L{0, 0} << L{1, 1}
        << qint64(2'000) << qint64(200'000'000'002) << qint64(2);
}

void TestForecast::hugeActuals_totalsAreExactOrTooLargeNeverWrapped()
{
    QFETCH(QList<qint64>, views);
    QFETCH(QList<qint64>, likes);
    QFETCH(QList<qint64>, comments);
    QFETCH(QList<qint64>, revenue);
    QFETCH(qint64, viewsTotal);
    QFETCH(qint64, engagementsTotal);
    QFETCH(qint64, revenueTotal);
    CampaignPlan plan = basePlan();
    for (qint64 id = 1; id <= 2; ++id) {
        plan.creators.insert(id, creator(id, Platform::Instagram, 50'000, 0.05));
        plan.roster << entry(id, id, 100'000);
        const qsizetype i = id - 1;
        plan.deliverables[id]
            << published(id, 1, actuals(views[i], likes[i], comments[i], 0, revenue[i]));
    }
    const CampaignForecast f = forecastCampaign(plan);
    QCOMPARE(f.entriesWithActuals, 2);
    for (const EntryForecast &e : f.entries) {
        for (const auto &v : {e.actualViews, e.actualEngagements, e.actualRevenueMinor}) {
            QVERIFY(v);
            QVERIFY2(*v >= 0, QByteArray::number(*v).constData());
        }
        // A ratio of a part held at the end is unknown.
        if (checked::isTooLarge(*e.actualEngagements)) {
            COMPARE_OPT(e.actualEr, std::nullopt);
            COMPARE_OPT(e.actualCpeMinor, std::nullopt);
        }
        if (checked::isTooLarge(*e.actualViews))
            COMPARE_OPT(e.actualCpmMinor, std::nullopt);
        if (checked::isTooLarge(*e.actualRevenueMinor))
            COMPARE_OPT(e.roi, std::nullopt);
    }
    QCOMPARE(f.actualViews, viewsTotal);
    QCOMPARE(f.actualEngagements, engagementsTotal);
    QCOMPARE(f.actualRevenueMinor, revenueTotal);
    QCOMPARE(f.measuredCostMinor, 200'000);
    // The ratios are sums of doubles: known unless a part of them is held at the end, even when
    // the integer total does not fit.
    const auto sumOf = [&](auto member) -> std::optional<double> {
        double sum = 0;
        for (const EntryForecast &e : f.entries) {
            const std::optional<qint64> v = e.*member;
            if (checked::isTooLarge(*v))
                return std::nullopt;
            sum += double(*v);
        }
        return sum;
    };
    const std::optional<double> viewSum = sumOf(&EntryForecast::actualViews);
    const std::optional<double> engagements = sumOf(&EntryForecast::actualEngagements);
    COMPARE_OPT(f.actualCpmMinor, viewSum ? std::optional<double>(200'000.0 / *viewSum * 1000)
                                          : std::nullopt);
    COMPARE_OPT(f.actualEr, engagements ? std::optional<double>(*engagements / 100'000.0)
                                        : std::nullopt);
    COMPARE_OPT(f.actualCpeMinor, engagements ? std::optional<double>(200'000.0 / *engagements)
                                              : std::nullopt);
    if (checked::isTooLarge(revenueTotal))
        COMPARE_OPT(f.roi, std::nullopt);
    else
        COMPARE_OPT(f.roi, std::optional<double>((double(revenueTotal) - 200'000.0) / 200'000.0));
}

// Followers of 2^63-1 (written by another tool): the forecast is a (huge) positive figure or
// unknown, never negative, and the totals too.
void TestForecast::hugeFollowers_forecastStaysPositive()
{
    CampaignPlan plan = basePlan();
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    plan.creators.insert(1, creator(1, Platform::Instagram, max, 0.05));
    plan.creators.insert(2, creator(2, Platform::Instagram, max, 0.05));
    plan.roster << entry(1, 1, max) << entry(2, 2, 100'000);
    for (qint64 id = 1; id <= 2; ++id)
        plan.deliverables[id] << planned(id, 10'000) << planned(id, 10'000);
    const CampaignForecast f = forecastCampaign(plan);
    QCOMPARE(f.entries.size(), 2);
    for (const EntryForecast &e : f.entries) {
        QCOMPARE(e.deliverables, 20'000);
        QVERIFY(e.expectedImpressions && *e.expectedImpressions > 0);
        QVERIFY(e.expectedEngagements && *e.expectedEngagements > 0);
        // 20,000 × 2^63 × 25 % cannot be shown as a count.
        QVERIFY(checked::isTooLarge(*e.expectedImpressions));
        QVERIFY(!checked::roundedCount(*e.expectedImpressions));
    }
    QVERIFY(f.expectedImpressions > 0);
    QVERIFY(checked::isTooLarge(f.expectedImpressions));
    // The fee of 2^63-1 makes its CPE unknown, not a figure; the other entry's stays known.
    COMPARE_OPT(f.entry(1)->cpeMinor, std::nullopt);
    QVERIFY(f.entry(2)->cpeMinor && *f.entry(2)->cpeMinor > 0);
    COMPARE_OPT(f.cpeMinor, std::nullopt);
}

void TestForecast::loadedPlan_usesWorkspaceViewRatesAndActuals()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<qint64> ids;
    auto ws = workspaceWith(dir.filePath(u"forecast.tierscope"_s),
                            {makeCreator(Platform::Instagram, u"anna"_s, 20'000, 0.05),
                             makeCreator(Platform::TikTok, u"ben"_s, 40'000, 0.08),
                             makeCreator(Platform::YouTube, u"cleo"_s, 12'000, 0.03)},
                            &ids);
    QVERIFY(ws);
    const QSqlDatabase db = ws->database();
    TS_VERIFY_OK(SettingsRepository(db).setDefaultViewRate(Platform::Instagram, 0.3));

    CampaignRepository repo(db);
    Campaign c;
    c.name = u"Loaded"_s;
    c.budget = Money(100'000, u"USD"_s);
    const auto campaignId = repo.create(c);
    TS_VERIFY_OK(campaignId);
    const auto addEntry = [&](qint64 creatorId, qint64 fee, Stage stage) -> qint64 {
        RosterEntry e;
        e.campaignId = *campaignId;
        e.creatorId = creatorId;
        e.fee = Money(fee, u"USD"_s);
        e.stage = stage;
        const auto id = repo.addEntry(e);
        return id ? *id : 0;
    };
    const qint64 anna = addEntry(ids[0], 60'000, Stage::ContentLive);
    const qint64 ben = addEntry(ids[1], 50'000, Stage::Prospect);
    const qint64 cleo = addEntry(ids[2], 30'000, Stage::Declined);
    QVERIFY(anna && ben && cleo);
    TS_VERIFY_OK(repo.addDeliverable(published(anna, 1, actuals(7'000, 1'100, 50, 50, 90'000))));
    TS_VERIFY_OK(repo.addDeliverable(planned(anna, 2, DeliverableKind::Story)));
    TS_VERIFY_OK(repo.addDeliverable(planned(ben, 1, DeliverableKind::Video)));
    TS_VERIFY_OK(repo.addDeliverable(planned(cleo, 1, DeliverableKind::Video)));

    const auto plan = loadCampaignPlan(db, *campaignId);
    TS_VERIFY_OK(plan);
    QCOMPARE(plan->campaign.name, u"Loaded"_s);
    QCOMPARE(plan->roster.size(), 3);
    QCOMPARE(plan->roster[0].id, anna);
    QCOMPARE(plan->creators.size(), 3);
    QCOMPARE(plan->creatorOf(plan->roster[1])->handle, u"ben"_s);
    QCOMPARE(plan->deliverableCount(anna), 3);
    QCOMPARE(plan->deliverableCount(ben), 1);
    QCOMPARE(plan->viewRate(Platform::Instagram), 0.3); // from the settings
    QCOMPARE(plan->viewRate(Platform::TikTok),
             SettingsRepository::builtInViewRate(Platform::TikTok));

    const CampaignForecast f = forecastCampaign(*plan);
    QCOMPARE(f.entries.size(), 2); // cleo declined
    // 3 × 20k × 30 % (the setting), 40k × 45 % (built in).
    COMPARE_OPT(f.entry(anna)->expectedImpressions, std::optional<double>(18'000.0));
    COMPARE_OPT(f.entry(anna)->expectedEngagements, std::optional<double>(3'000.0));
    COMPARE_OPT(f.entry(ben)->expectedImpressions, std::optional<double>(18'000.0));
    COMPARE_OPT(f.entry(ben)->expectedEngagements, std::optional<double>(3'200.0));
    COMPARE_OPT(f.cpeMinor, std::optional<double>(110'000.0 / 6'200.0));
    COMPARE_OPT(f.cpmMinor, std::optional<double>(110'000.0 / 36'000.0 * 1000.0));
    QCOMPARE(f.entriesWithActuals, 1);
    COMPARE_OPT(f.entry(anna)->actualEr, std::optional<double>(0.06));
    COMPARE_OPT(f.roi, std::optional<double>(0.5));

    const BudgetSummary b = summarizeBudget(*plan, TierScheme::defaults());
    QCOMPARE(b.total.plannedMinor, 110'000);
    QCOMPARE(b.total.committedMinor, 60'000);
    QCOMPARE(b.plannedOverMinor(), 10'000);
    QCOMPARE(b.remainingMinor(), 40'000);
}

void TestForecast::loadCampaignPlan_unknownCampaignIsNotFound()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto ws = openWorkspace(dir.filePath(u"empty.tierscope"_s));
    QVERIFY(ws);
    const auto plan = loadCampaignPlan(ws->database(), 4242);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
