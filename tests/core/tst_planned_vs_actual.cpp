// SPDX-License-Identifier: GPL-3.0-or-later
// Forecast against results per roster entry, on a hand-computed roster: engagements and views,
// the forecast for the deliverables measured so far, unknown views, entries without results,
// a measured 0 against an unknown, entries left out, totals and the orders.
#include "core/analytics/checked_arithmetic.h"
#include "core/campaigns/forecast.h"
#include "core/campaigns/planned_vs_actual.h"

#include "support/test_workspace.h"

#include <QTest>

#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(tierscope::core::ResultsMeasure)
Q_DECLARE_METATYPE(tierscope::core::PlannedVsActualOrder)

using namespace tierscope::core;
using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

bool same(std::optional<double> actual, std::optional<double> expected)
{
    if (!actual || !expected)
        return !actual && !expected;
    return std::fabs(*actual - *expected) <= 1e-9 * std::max(1.0, std::fabs(*expected));
}

QByteArray show(std::optional<double> v)
{
    return v ? QByteArray::number(*v, 'g', 17) : QByteArrayLiteral("unknown");
}

#define COMPARE_OPT(actual, expected)                                                              \
    QVERIFY2(same((actual), (expected)),                                                           \
             QByteArray(#actual ": " + show(actual) + " != " + show(expected)).constData())

constexpr std::optional<double> kUnknown = std::nullopt;

Deliverable deliverable(qint64 entryId, int quantity, DeliverableStatus status,
                        const DeliverableActuals &a = {})
{
    Deliverable d;
    d.rosterEntryId = entryId;
    d.kind = DeliverableKind::Reel;
    d.quantity = quantity;
    d.status = status;
    d.actuals = a;
    return d;
}

DeliverableActuals measured(std::optional<qint64> views, std::optional<qint64> likes,
                            std::optional<qint64> comments = std::nullopt,
                            std::optional<qint64> shares = std::nullopt)
{
    DeliverableActuals a;
    a.views = views;
    a.likes = likes;
    a.comments = comments;
    a.shares = shares;
    return a;
}

// Instagram, default view rate 25 %:
//   e1 @anna   10,000 followers, ER 5 %, avg views 4,000; 3 reels: one published with 5,000 views
//              and 600 + 40 + 10 interactions, one published with 3,000 views only, one planned.
//   e2 @ben    20,000 followers, ER 2 %, views unknown; 2 published with 0 likes, comments and
//              shares (a measured 0) and no view count.
//   e3 @cleo   8,000 followers, ER unknown; 1 published, nothing entered yet.
//   e4 @dan    followers and ER unknown; 1 published with 1,200 views and 100 likes.
//   e5 @eva    declined, with results: out of the pipeline, nowhere.
//   e6 @finn   5,000 followers, ER 4 %, no deliverables.
//   e7 (a creator no longer in the workspace) with 50 views.
CampaignPlan plan()
{
    CampaignPlan p;
    p.campaign.id = 1;
    p.campaign.name = u"Launch"_s;
    p.campaign.budget = Money(100'000, u"USD"_s);
    p.viewRates.insert(Platform::Instagram, 0.25);
    const auto add = [&](qint64 id, const QString &handle, std::optional<qint64> followers,
                         std::optional<double> er, std::optional<double> views,
                         Stage stage = Stage::Contracted) {
        if (!handle.isEmpty()) {
            Creator c = makeCreator(Platform::Instagram, handle, followers, er);
            c.id = 100 + id;
            c.avgViews = views;
            p.creators.insert(c.id, c);
        }
        RosterEntry e;
        e.id = id;
        e.campaignId = 1;
        e.creatorId = 100 + id;
        e.stage = stage;
        e.position = int(id);
        p.roster << e;
    };
    add(1, u"anna"_s, 10'000, 0.05, 4'000.0);
    add(2, u"ben"_s, 20'000, 0.02, std::nullopt);
    add(3, u"cleo"_s, 8'000, std::nullopt, std::nullopt);
    add(4, u"dan"_s, std::nullopt, std::nullopt, std::nullopt);
    add(5, u"eva"_s, 9'000, 0.03, std::nullopt, Stage::Declined);
    add(6, u"finn"_s, 5'000, 0.04, std::nullopt);
    add(7, QString(), std::nullopt, std::nullopt, std::nullopt);
    using S = DeliverableStatus;
    p.deliverables[1] = {deliverable(1, 1, S::Published, measured(5'000, 600, 40, 10)),
                         deliverable(1, 1, S::Published, measured(3'000, std::nullopt)),
                         deliverable(1, 1, S::Planned)};
    p.deliverables[2] = {deliverable(2, 2, S::Published, measured(std::nullopt, 0, 0, 0))};
    p.deliverables[3] = {deliverable(3, 1, S::Published)};
    p.deliverables[4] = {deliverable(4, 1, S::Published, measured(1'200, 100))};
    p.deliverables[5] = {deliverable(5, 1, S::Published, measured(9'999, 999))};
    p.deliverables[7] = {deliverable(7, 1, S::Published, measured(50, std::nullopt))};
    return p;
}

QList<qint64> entryIds(const QList<PlannedVsActualRow> &rows)
{
    QList<qint64> ids;
    for (const PlannedVsActualRow &r : rows)
        ids << r.entryId;
    return ids;
}

} // namespace

class TestPlannedVsActual : public QObject
{
    Q_OBJECT

private slots:
    void engagements_perEntry_handComputed()
    {
        const CampaignPlan p = plan();
        const PlannedVsActual d = plannedVsActual(p, forecastCampaign(p), ResultsMeasure::Engagements);
        QCOMPARE(d.measure, ResultsMeasure::Engagements);
        // e3 (no ER, no results) and e6 (no deliverables) have nothing to show; e5 declined.
        QCOMPARE(entryIds(d.rows), (QList<qint64>{1, 2, 4, 7}));
        QCOMPARE(d.entriesLeftOut, 2);

        const PlannedVsActualRow &anna = d.rows[0];
        QCOMPARE(anna.handle, u"anna"_s);
        QCOMPARE(anna.creatorId, qint64(101));
        QCOMPARE(anna.deliverables, 3);
        COMPARE_OPT(anna.planned, 1'500.0);      // 3 × 10,000 × 5 %
        QCOMPARE(anna.actual, std::optional<qint64>(650)); // 600 + 40 + 10; the views-only one adds none
        QCOMPARE(anna.measuredDeliverables, 1);
        COMPARE_OPT(anna.plannedToDate, 500.0);  // 1,500 / 3 × 1
        COMPARE_OPT(anna.actualVsPlanned(), 1.3);
        QVERIFY(anna.isPartial());
        QVERIFY(anna.hasResults);

        // A measured 0 is a result: 0 against the forecast, not "no results".
        const PlannedVsActualRow &ben = d.rows[1];
        COMPARE_OPT(ben.planned, 800.0); // 2 × 20,000 × 2 %
        QCOMPARE(ben.actual, std::optional<qint64>(0));
        QCOMPARE(ben.measuredDeliverables, 2);
        COMPARE_OPT(ben.plannedToDate, 800.0);
        COMPARE_OPT(ben.actualVsPlanned(), 0.0);
        QVERIFY(!ben.isPartial());

        // Results without a forecast: shown, with no ratio.
        const PlannedVsActualRow &dan = d.rows[2];
        COMPARE_OPT(dan.planned, kUnknown);
        QCOMPARE(dan.actual, std::optional<qint64>(100));
        COMPARE_OPT(dan.plannedToDate, kUnknown);
        COMPARE_OPT(dan.actualVsPlanned(), kUnknown);

        // Views only: there are results, but no engagements among them (unknown, not 0).
        const PlannedVsActualRow &gone = d.rows[3];
        QCOMPARE(gone.handle, QString());
        QVERIFY(gone.hasResults);
        QCOMPARE(gone.actual, std::optional<qint64>());
        QCOMPARE(gone.measuredDeliverables, 0);

        QCOMPARE(d.rowsWithActual, 3);
        QCOMPARE(d.rowsCompared, 2); // anna and ben: a forecast for the same deliverables
        QCOMPARE(d.actualTotal, qint64(650));
        QVERIFY(same(d.plannedToDateTotal, 1'300.0));
        COMPARE_OPT(d.actualVsPlanned(), 0.5);
        QVERIFY(same(d.maxValue(), 1'500.0));
    }

    void views_unknownViewsAndNoResultsYet()
    {
        const CampaignPlan p = plan();
        const PlannedVsActual d = plannedVsActual(p, forecastCampaign(p), ResultsMeasure::Views);
        // cleo has an impressions forecast from followers × the default rate; finn has none.
        QCOMPARE(entryIds(d.rows), (QList<qint64>{1, 2, 3, 4, 7}));
        QCOMPARE(d.entriesLeftOut, 1);

        const PlannedVsActualRow &anna = d.rows[0];
        COMPARE_OPT(anna.planned, 12'000.0); // 3 × 4,000 avg views
        QCOMPARE(anna.actual, std::optional<qint64>(8'000));
        QCOMPARE(anna.measuredDeliverables, 2); // both published ones have views
        COMPARE_OPT(anna.plannedToDate, 8'000.0);
        COMPARE_OPT(anna.actualVsPlanned(), 1.0);
        QVERIFY(anna.isPartial());

        // Results entered, but no view count: unknown, never 0.
        const PlannedVsActualRow &ben = d.rows[1];
        COMPARE_OPT(ben.planned, 10'000.0); // 2 × 20,000 × 25 %
        QVERIFY(ben.hasResults);
        QCOMPARE(ben.actual, std::optional<qint64>());
        QCOMPARE(ben.measuredDeliverables, 0);
        COMPARE_OPT(ben.plannedToDate, kUnknown);
        COMPARE_OPT(ben.actualVsPlanned(), kUnknown);
        QVERIFY(!ben.isPartial());

        // Published, nothing entered: no results yet.
        const PlannedVsActualRow &cleo = d.rows[2];
        COMPARE_OPT(cleo.planned, 2'000.0); // 1 × 8,000 × 25 %
        QVERIFY(!cleo.hasResults);
        QCOMPARE(cleo.actual, std::optional<qint64>());

        QCOMPARE(d.rows[3].actual, std::optional<qint64>(1'200));
        QCOMPARE(d.rows[4].actual, std::optional<qint64>(50));
        QCOMPARE(d.rowsWithActual, 3);
        QCOMPARE(d.rowsCompared, 1);
        QCOMPARE(d.actualTotal, qint64(8'000));
        COMPARE_OPT(d.actualVsPlanned(), 1.0);
        QVERIFY(same(d.maxValue(), 12'000.0));
    }

    void emptyPlan_hasNoRowsAndNoRatio()
    {
        const CampaignPlan p;
        const PlannedVsActual d = plannedVsActual(p, forecastCampaign(p), ResultsMeasure::Views);
        QVERIFY(d.rows.isEmpty());
        QCOMPARE(d.entriesLeftOut, 0);
        COMPARE_OPT(d.actualVsPlanned(), kUnknown);
        QCOMPARE(d.maxValue(), 0.0);
    }

    void sortRows_unknownLastTiesInRosterOrder_data()
    {
        QTest::addColumn<ResultsMeasure>("measure");
        QTest::addColumn<PlannedVsActualOrder>("order");
        QTest::addColumn<QList<qint64>>("expected");
        using M = ResultsMeasure;
        using O = PlannedVsActualOrder;
        QTest::newRow("roster") << M::Engagements << O::Roster << QList<qint64>{1, 2, 4, 7};
        // Unknown values go last, in roster order.
        QTest::newRow("planned") << M::Engagements << O::Planned << QList<qint64>{1, 2, 4, 7};
        QTest::newRow("actual") << M::Engagements << O::Actual << QList<qint64>{1, 4, 2, 7};
        QTest::newRow("below plan first") << M::Engagements << O::VsPlanned
                                          << QList<qint64>{2, 1, 4, 7};
        QTest::newRow("views planned") << M::Views << O::Planned << QList<qint64>{1, 2, 3, 4, 7};
        QTest::newRow("views actual") << M::Views << O::Actual << QList<qint64>{1, 4, 7, 2, 3};
    }

    void sortRows_unknownLastTiesInRosterOrder()
    {
        QFETCH(ResultsMeasure, measure);
        QFETCH(PlannedVsActualOrder, order);
        QFETCH(QList<qint64>, expected);
        const CampaignPlan p = plan();
        PlannedVsActual d = plannedVsActual(p, forecastCampaign(p), measure);
        sortRows(d.rows, order);
        QCOMPARE(entryIds(d.rows), expected);
    }

    // Views past qint64 in sum (written by another tool): the total is held at the end ("too
    // large to compute"), never wrapped negative, and its ratio to the forecast is unknown;
    // totals that fit stay exact.
    void hugeViews_totalIsExactOrTooLarge_data()
    {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<qint64>("total"); // checked::kTooLarge: too large to compute
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        constexpr qint64 half = qint64(1) << 62;
        QTest::newRow("2^63-1 and 1") << max << qint64(1) << checked::kTooLarge;
        QTest::newRow("2^62 twice") << half << half << checked::kTooLarge;
        QTest::newRow("10^13 twice is exact")
            << qint64(10'000'000'000'000) << qint64(10'000'000'000'000)
            << qint64(20'000'000'000'000);
    }
    void hugeViews_totalIsExactOrTooLarge()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, second);
        QFETCH(qint64, total);
        CampaignPlan p = plan();
        using S = DeliverableStatus;
        p.deliverables[1] = {deliverable(1, 1, S::Published, measured(first, 1))};
        p.deliverables[6] = {deliverable(6, 1, S::Published, measured(second, 1))};
        const PlannedVsActual d = plannedVsActual(p, forecastCampaign(p), ResultsMeasure::Views);
        for (const PlannedVsActualRow &r : d.rows) {
            const qint64 actual = r.actual.value_or(0);
            QVERIFY2(actual >= 0, QByteArray::number(actual).constData());
        }
        QVERIFY2(d.actualTotal >= 0, QByteArray::number(d.actualTotal).constData());
        // e2 and e4 report no views comparable with a forecast: e1 and e6 are the compared rows
        // (with e4's 1,200 views, which has no forecast, left out of the total).
        QCOMPARE(d.rowsCompared, 2);
        QCOMPARE(d.actualTotal, total);
        if (checked::isTooLarge(total))
            COMPARE_OPT(d.actualVsPlanned(), kUnknown);
        else
            QVERIFY(d.actualVsPlanned().has_value());
        QVERIFY(d.maxValue() > 0);
    }
};

QTEST_GUILESS_MAIN(TestPlannedVsActual)
#include "tst_planned_vs_actual.moc"
