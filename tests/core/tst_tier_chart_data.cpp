// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/er_percentile.h"
#include "core/analytics/quantiles.h"
#include "core/analytics/stratified_sample.h"
#include "core/analytics/tier_chart_data.h"
#include "core/storage/creator_repository.h"

#include "tests/core/support/compare_optional.h"
#include "tests/core/support/test_workspace.h"
#include "tests/core/support/tier_fixture.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tierscope::core;
using tierscope::test::compareOptional;
using tierscope::test::tierFixture;

Q_DECLARE_METATYPE(tierscope::core::Tier)
Q_DECLARE_METATYPE(tierscope::core::CreatorFilter)

namespace {

const QVariant unknown;

} // namespace

class TestTierChartData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QList<qint64> m_ids; // of tierFixture(), in order
    std::unique_ptr<Workspace> m_demo;

    QSqlDatabase db() const { return m_ws->database(); }
    qint64 idOf(const char *handle) const
    {
        const QList<Creator> all = tierFixture();
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i].handle == QLatin1String(handle))
                return m_ids[i];
        }
        return 0;
    }
    TierChartData build(const CreatorFilter &filter, const TierChartOptions &options,
                        const TierScheme &scheme = TierScheme())
    {
        const auto data = buildTierChartData(db(), scheme, filter, options);
        if (!data)
            qFatal("buildTierChartData failed: %s", qPrintable(data.error().message));
        return data.value();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ws = tierscope::test::workspaceWith(m_dir.filePath(QStringLiteral("fixture.tierscope")),
                                              tierFixture(), &m_ids);
        QVERIFY(m_ws);
        m_demo = tierscope::test::openWorkspace(m_dir.filePath(QStringLiteral("demo.tierscope")));
        QVERIFY(m_demo);
        QVERIFY(tierscope::test::bulkInsertDemo(*m_demo, 4'000));
    }

    void quantiles_matchQuantile()
    {
        QRandomGenerator rng(7);
        for (int n : {1, 2, 3, 4, 5, 10, 101, 1000}) {
            QList<double> values;
            for (int i = 0; i < n; ++i)
                values << double(rng.bounded(50)) / 7.0; // with ties
            const QList<double> qs {0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0};
            QList<double> copy = values;
            const auto all = quantiles(copy, qs);
            for (qsizetype i = 0; i < qs.size(); ++i) {
                QList<double> one = values;
                QCOMPARE(all[i], quantile(one, qs[i]));
            }
        }
        QList<double> empty;
        QCOMPARE(quantiles(empty, {0.5}).first(), std::optional<double>());
    }

    void capPerStratum_data()
    {
        QTest::addColumn<QList<qint64>>("sizes");
        QTest::addColumn<qint64>("budget");
        QTest::addColumn<qint64>("cap");
        QTest::newRow("equal split")
            << QList<qint64> {1000, 1000, 1000, 1000} << qint64(400) << qint64(100);
        QTest::newRow("small tiers keep all, the rest share")
            << QList<qint64> {55'816, 284'722, 437'443, 196'006, 26'013} << qint64(4'994)
            << qint64(998);
        QTest::newRow("a tiny tier leaves more for the others")
            << QList<qint64> {10, 3'000, 3'000, 100'000} << qint64(5'000) << qint64(1'663);
        QTest::newRow("everything fits: the largest size")
            << QList<qint64> {1, 5, 4, 1, 2} << qint64(5'000) << qint64(5);
        QTest::newRow("empty strata do not count")
            << QList<qint64> {0, 0, 90, 0, 10} << qint64(50) << qint64(40);
        QTest::newRow("no budget") << QList<qint64> {10, 10} << qint64(0) << qint64(0);
        QTest::newRow("budget below the number of strata")
            << QList<qint64> {10, 10, 10} << qint64(2) << qint64(0);
    }
    void capPerStratum()
    {
        QFETCH(QList<qint64>, sizes);
        QFETCH(qint64, budget);
        QFETCH(qint64, cap);
        QCOMPARE(StratifiedSample::capPerStratum(sizes, budget), cap);
        qint64 used = 0;
        for (qint64 s : sizes)
            used += std::min(s, cap);
        QVERIFY(used <= budget);
    }

    void statistics_data()
    {
        QTest::addColumn<Tier>("tier");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<qint64>("withEr");
        QTest::addColumn<QVariant>("q1");
        QTest::addColumn<QVariant>("median");
        QTest::addColumn<QVariant>("q3");
        QTest::addColumn<QVariant>("vsBenchmark");
        QTest::addColumn<QVariant>("medianFollowers");
        QTest::newRow("emerging") << Tier::Emerging << qint64(1) << qint64(1) << QVariant(0.15)
                                  << QVariant(0.15) << QVariant(0.15) << unknown << QVariant(999);
        // position (n − 1)·q: 1, 2, 3 of .02 .04 .06 .08 .10; benchmark 8 %.
        QTest::newRow("nano") << Tier::Nano << qint64(5) << qint64(5) << QVariant(0.04)
                              << QVariant(0.06) << QVariant(0.08) << QVariant(-0.02)
                              << QVariant(3'000);
        // positions .75, 1.5, 2.25 of .05 .07 .07 .20: .05 + .02·.75, .07, .07 + .13·.25;
        // benchmark 7 %; followers 10k 20k 30k 50k 99,999 → 30k (the unknown ER counts here).
        QTest::newRow("micro") << Tier::Micro << qint64(5) << qint64(4) << QVariant(0.065)
                               << QVariant(0.07) << QVariant(0.1025) << QVariant(0.0)
                               << QVariant(30'000);
        QTest::newRow("macro") << Tier::Macro << qint64(1) << qint64(1) << QVariant(0.03)
                               << QVariant(0.03) << QVariant(0.03) << QVariant(0.005)
                               << QVariant(100'000);
        QTest::newRow("mega") << Tier::Mega << qint64(2) << qint64(2) << QVariant(0.0125)
                              << QVariant(0.015) << QVariant(0.0175) << QVariant(-0.005)
                              << QVariant(1'750'000);
    }
    void statistics()
    {
        QFETCH(Tier, tier);
        QFETCH(qint64, count);
        QFETCH(qint64, withEr);
        QFETCH(QVariant, q1);
        QFETCH(QVariant, median);
        QFETCH(QVariant, q3);
        QFETCH(QVariant, vsBenchmark);
        QFETCH(QVariant, medianFollowers);
        const TierChartData data = build({}, {});
        QCOMPARE(data.statistics.total, qint64(15));
        QCOMPARE(data.statistics.unknownFollowers, qint64(1));
        QCOMPARE(data.statistics.tiers.size(), 5);
        const TierSummary &s = data.statistics.tiers[qsizetype(tier)];
        QCOMPARE(s.tier, tier);
        QCOMPARE(s.count, count);
        QCOMPARE(s.withEr, withEr);
        QCOMPARE(s.share, double(count) / 15.0);
        compareOptional(s.lowerQuartileEr, q1, "Q1");
        compareOptional(s.medianEr, median, "median");
        compareOptional(s.upperQuartileEr, q3, "Q3");
        compareOptional(s.erVsBenchmark, vsBenchmark, "vs benchmark");
        compareOptional(s.medianFollowers, medianFollowers, "median followers");
        QCOMPARE(s.benchmark.has_value(), tier != Tier::Emerging);
        // The CLI's statistics are the same numbers.
        const auto cli = computeTierStatistics(db(), TierScheme(), {}, QString());
        QVERIFY(cli.ok());
        QCOMPARE(cli->tiers[qsizetype(tier)].medianEr, s.medianEr);
        QCOMPARE(cli->tiers[qsizetype(tier)].upperQuartileEr, s.upperQuartileEr);
    }

    // Fees only in the chosen currency: nano USD fees 100, 200, 300 (EUR 400 left out).
    void statistics_feesCpeAuthenticity()
    {
        TierChartOptions usd;
        usd.feeCurrency = QStringLiteral("USD");
        const TierSummary nano = build({}, usd).statistics.tiers[qsizetype(Tier::Nano)];
        compareOptional(nano.medianFeeMinor, 20'000.0, "median fee");
        // CPE 10,000/(1,000 × .02) = 500, 20,000/(2,000 × .04) = 250, 30,000/(3,000 × .06) = 166.7
        compareOptional(nano.medianCpeMinor, 250.0, "median CPE");
        compareOptional(nano.medianAuthenticity, 0.8, "median authenticity");
        TierChartOptions eur;
        eur.feeCurrency = QStringLiteral("EUR");
        const TierSummary nanoEur = build({}, eur).statistics.tiers[qsizetype(Tier::Nano)];
        compareOptional(nanoEur.medianFeeMinor, 40'000.0, "median EUR fee");
        compareOptional(nanoEur.medianCpeMinor, 40'000.0 / (4'000 * 0.08), "median EUR CPE");
        const TierSummary micro = build({}, usd).statistics.tiers[qsizetype(Tier::Micro)];
        compareOptional(micro.medianFeeMinor, unknown, "micro fee");
    }

    void filter_platformAndItsBenchmark()
    {
        TierScheme scheme;
        scheme.setPlatformBenchmark(Platform::TikTok, Tier::Micro, Benchmark {0.09, QString()});
        CreatorFilter tiktok;
        tiktok.platforms = {Platform::TikTok};
        const TierChartData data = build(tiktok, {}, scheme);
        QCOMPARE(data.statistics.total,
                 qint64(5)); // nanotwo, nanofive, microtwo, microthree, macroone
        const TierSummary &nano = data.statistics.tiers[qsizetype(Tier::Nano)];
        QCOMPARE(nano.count, qint64(2));
        compareOptional(nano.medianEr, 0.07, "nano median"); // (.04 + .10) / 2
        const TierSummary &micro = data.statistics.tiers[qsizetype(Tier::Micro)];
        compareOptional(micro.medianEr, 0.07, "micro median");
        compareOptional(micro.erVsBenchmark, 0.07 - 0.09, "TikTok's own benchmark");
        for (const TierChartPoint &p : data.points)
            QCOMPARE(p.platform, Platform::TikTok);
        // Across platforms, the generic benchmark applies.
        compareOptional(
            build({}, {}, scheme).statistics.tiers[qsizetype(Tier::Micro)].erVsBenchmark, 0.0,
            "generic benchmark");
    }

    void filter_variants_data()
    {
        QTest::addColumn<CreatorFilter>("filter");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("plottable");
        CreatorFilter micro;
        micro.tiers = {Tier::Micro};
        QTest::newRow("micro tier") << micro << qint64(5) << qint64(4);
        CreatorFilter erMin;
        erMin.minEngagementRate = 0.07;
        QTest::newRow("ER ≥ 7 %") << erMin << qint64(6) << qint64(6);
        CreatorFilter text;
        text.text = QStringLiteral("nanotwo");
        QTest::newRow("text search") << text << qint64(1) << qint64(1);
        CreatorFilter de; // few creators: the pass takes the country index
        de.countries = {QStringLiteral("DE")};
        QTest::newRow("rare country") << de << qint64(2) << qint64(2);
        CreatorFilter us; // most creators: the pass reads the table
        us.countries = {QStringLiteral("US")};
        QTest::newRow("common country") << us << qint64(13) << qint64(11);
        CreatorFilter none;
        none.countries = {QStringLiteral("FR")};
        QTest::newRow("nothing matches") << none << qint64(0) << qint64(0);
    }
    void filter_variants()
    {
        QFETCH(CreatorFilter, filter);
        QFETCH(qint64, total);
        QFETCH(qint64, plottable);
        const TierChartData data = build(filter, {});
        QCOMPARE(data.statistics.total, total);
        QCOMPARE(data.plottable, plottable);
        QCOMPARE(qint64(data.points.size()), plottable);
        QVERIFY(!data.isSampled());
        // Every point matches the filter: the repository counts the same creators.
        const auto counted = CreatorRepository(db()).count(filter, TierScheme());
        QVERIFY(counted.ok());
        QCOMPARE(*counted, total);
        QVERIFY(!data.samplingNote().isEmpty());
    }

    void points_carryWhatTheHoverShows()
    {
        const TierChartData data = build({}, {});
        QCOMPARE(data.plottable, qint64(13));
        QCOMPARE(data.points.size(), 13);
        QVERIFY(!data.isSampled());
        const auto it =
            std::find_if(data.points.cbegin(), data.points.cend(),
                         [&](const TierChartPoint &p) { return p.creatorId == idOf("microfour"); });
        QVERIFY(it != data.points.cend());
        QCOMPARE(it->handle, QStringLiteral("microfour"));
        QCOMPARE(it->platform, Platform::YouTube);
        QCOMPARE(it->followers, qint64(99'999));
        QCOMPARE(it->engagementRate, 0.20);
        QCOMPARE(it->tier, Tier::Micro);
        QVERIFY(!it->highlighted);
        // Unknown ER or followers: not plotted.
        for (const char *h : {"microfive", "unknownone"}) {
            QVERIFY(std::none_of(data.points.cbegin(), data.points.cend(),
                                 [&](const TierChartPoint &p) { return p.creatorId == idOf(h); }));
        }
        QVERIFY(data.samplingNote().contains(QLocale().toString(13)));
    }

    // maxPoints 6 over tiers of 1, 5, 4, 1, 2: one point per tier.
    void sample_smallTiersStayVisible()
    {
        TierChartOptions options;
        options.maxPoints = 6;
        const TierChartData data = build({}, options);
        QVERIFY(data.isSampled());
        QCOMPARE(data.perTierCap, qint64(1));
        QCOMPARE(data.points.size(), 5);
        for (Tier t : allTiers()) {
            QCOMPARE(std::count_if(data.points.cbegin(), data.points.cend(),
                                   [t](const TierChartPoint &p) { return p.tier == t; }),
                     1);
        }
    }

    // On 4,000 demo creators: each tier's points are exactly its `cap` plottable creators of
    // smallest key, worked out here from all rows.
    void sample_isTheSmallestKeysPerTier()
    {
        TierChartOptions options;
        options.maxPoints = 300;
        const auto built = buildTierChartData(m_demo->database(), TierScheme(), {}, options);
        QVERIFY(built.ok());
        const TierChartData &data = *built;
        QVERIFY(data.isSampled());
        QVERIFY(data.points.size() <= 300);

        QMap<Tier, QList<std::pair<quint64, qint64>>> byTier; // key, id
        QSqlQuery q(m_demo->database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT id, followers FROM creators "
                                  "WHERE followers IS NOT NULL AND engagement_rate IS NOT NULL")));
        qint64 plottable = 0;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            byTier[TierScheme().tier(q.value(1).toLongLong())]
                << std::pair(StratifiedSample::key(id), id);
            ++plottable;
        }
        QCOMPARE(data.plottable, plottable);
        QList<qint64> sizes;
        for (Tier t : allTiers())
            sizes << byTier.value(t).size();
        const qint64 cap = StratifiedSample::capPerStratum(sizes, 300);
        QCOMPARE(data.perTierCap, cap);
        for (Tier t : allTiers()) {
            auto expected = byTier.value(t);
            std::sort(expected.begin(), expected.end());
            QList<qint64> expectedIds;
            for (qsizetype i = 0; i < std::min<qsizetype>(cap, expected.size()); ++i)
                expectedIds << expected[i].second;
            std::sort(expectedIds.begin(), expectedIds.end());
            QList<qint64> actualIds;
            for (const TierChartPoint &p : data.points) {
                if (p.tier == t)
                    actualIds << p.creatorId;
            }
            QCOMPARE(actualIds, expectedIds); // points are ordered by tier, then id
            if (!expected.isEmpty())
                QVERIFY2(!actualIds.isEmpty(), qPrintable(tierKey(t)));
        }
        QVERIFY(data.samplingNote().contains(QLocale().toString(cap)));
        QVERIFY(data.samplingNote().contains(QLocale().toString(plottable)));
    }

    void sample_isDeterministic()
    {
        TierChartOptions options;
        options.maxPoints = 250;
        const auto ids = [&] {
            QList<qint64> out;
            const auto data = buildTierChartData(m_demo->database(), TierScheme(), {}, options);
            for (const TierChartPoint &p : data->points)
                out << p.creatorId;
            return out;
        };
        const QList<qint64> first = ids();
        QVERIFY(!first.isEmpty());
        QCOMPARE(ids(), first);
        // A different bound keeps the creators of the smaller sample (prefixes of one order).
        options.maxPoints = 500;
        const QList<qint64> larger = ids();
        for (qint64 id : first)
            QVERIFY(larger.contains(id));
    }

    void sample_boundedForAnyBudget_data()
    {
        QTest::addColumn<int>("maxPoints");
        for (int n : {0, 1, 4, 5, 7, 100, 999, 5000})
            QTest::addRow("%d", n) << n;
    }
    void sample_boundedForAnyBudget()
    {
        QFETCH(int, maxPoints);
        TierChartOptions options;
        options.maxPoints = maxPoints;
        options.highlightedIds = {1, 2};
        const auto data = buildTierChartData(m_demo->database(), TierScheme(), {}, options);
        QVERIFY(data.ok());
        // The highlighted creators are always plotted (when their followers and ER are known).
        QVERIFY(data->points.size() <= std::max(maxPoints, 2));
    }

    void highlighted_alwaysPresentAndFlagged()
    {
        TierChartOptions options;
        options.maxPoints = 100;
        const auto plain = buildTierChartData(m_demo->database(), TierScheme(), {}, options);
        QVERIFY(plain.ok());
        QSet<qint64> sampled;
        for (const TierChartPoint &p : plain->points)
            sampled.insert(p.creatorId);
        // Three plottable creators outside the sample, and one inside it.
        QList<qint64> outside;
        QSqlQuery q(m_demo->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM creators WHERE followers IS NOT NULL AND "
                                      "engagement_rate IS NOT NULL ORDER BY id")));
        while (q.next() && outside.size() < 3) {
            if (!sampled.contains(q.value(0).toLongLong()))
                outside << q.value(0).toLongLong();
        }
        QCOMPARE(outside.size(), 3);
        const qint64 inside = plain->points.first().creatorId;
        options.highlightedIds = outside + QList<qint64> {inside, outside.first()}; // a duplicate
        const auto data = buildTierChartData(m_demo->database(), TierScheme(), {}, options);
        QVERIFY(data.ok());
        QVERIFY(data->points.size() <= 100);
        for (qint64 id : options.highlightedIds) {
            QCOMPARE(std::count_if(data->points.cbegin(), data->points.cend(),
                                   [id](const TierChartPoint &p) {
                                       return p.creatorId == id && p.highlighted && p.matchesFilter;
                                   }),
                     1);
        }
        QCOMPARE(std::count_if(data->points.cbegin(), data->points.cend(),
                               [](const TierChartPoint &p) { return p.highlighted; }),
                 4);
    }

    void highlighted_outsideTheFilterIsShownButNotCounted()
    {
        CreatorFilter tiktok;
        tiktok.platforms = {Platform::TikTok};
        TierChartOptions options;
        options.highlightedIds = {idOf("megatwo"), idOf("microfive"), 999'999};
        const TierChartData data = build(tiktok, options);
        QCOMPARE(data.statistics.total, qint64(5)); // not counted
        const auto it = std::find_if(data.points.cbegin(), data.points.cend(),
                                     [&](const TierChartPoint &p) { return p.highlighted; });
        QVERIFY(it != data.points.cend());
        QCOMPARE(it->creatorId, idOf("megatwo"));
        QVERIFY(!it->matchesFilter);
        QCOMPARE(it->handle, QStringLiteral("megatwo"));
        QCOMPARE(it->tier, Tier::Mega);
        // microfive has no ER and 999,999 does not exist: neither is plotted.
        QCOMPARE(data.points.size(), 6);
        QCOMPARE(data.plottedFromFilter, qint64(5));
        QVERIFY(data.samplingNote().size() > 0);
    }

    void percentileInTier_data()
    {
        QTest::addColumn<QString>("handle");
        QTest::addColumn<QVariant>("percentile");
        // micro ERs .05 .07 .07 .20 (all platforms): below + half the ties, over 4.
        QTest::newRow("lowest") << QStringLiteral("microone") << QVariant(0.5 / 4);
        QTest::newRow("tied") << QStringLiteral("microtwo") << QVariant((1 + 1.0) / 4);
        QTest::newRow("highest") << QStringLiteral("microfour") << QVariant(3.5 / 4);
        QTest::newRow("unknown ER") << QStringLiteral("microfive") << unknown;
        QTest::newRow("alone in its tier") << QStringLiteral("macroone") << QVariant(0.5);
        QTest::newRow("nano, second of five") << QStringLiteral("nanotwo") << QVariant(1.5 / 5);
        QTest::newRow("unknown followers") << QStringLiteral("unknownone") << unknown;
    }
    void percentileInTier()
    {
        QFETCH(QString, handle);
        QFETCH(QVariant, percentile);
        const auto c = CreatorRepository(db()).get(idOf(qPrintable(handle)));
        QVERIFY(c.ok());
        const auto p = erPercentileInTier(db(), TierScheme(), *c);
        QVERIFY(p.ok());
        compareOptional(*p, percentile, "percentile");
    }

    void percentileInTier_manyAtOnce()
    {
        const auto creators = CreatorRepository(db()).getMany(
            {idOf("microfour"), idOf("unknownone"), idOf("megatwo")});
        QVERIFY(creators.ok());
        const auto p = erPercentilesInTier(db(), TierScheme(), *creators);
        QVERIFY(p.ok());
        QCOMPARE(p->size(), 3);
        compareOptional(p->at(0), 3.5 / 4, "microfour");
        compareOptional(p->at(1), unknown, "unknownone");
        compareOptional(p->at(2), 1.5 / 2, "megatwo");
    }
};

QTEST_GUILESS_MAIN(TestTierChartData)
#include "tst_tier_chart_data.moc"
