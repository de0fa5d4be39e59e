// SPDX-License-Identifier: GPL-3.0-or-later
// The ER basis per platform (docs/ENGAGEMENT.md): switching a platform's basis recomputes the
// computed ERs in storage exactly as the importer computes them, leaves reported ERs alone,
// keeps flagged creators on views, and every sort, statistic and estimate follows.
#include "core/analytics/comparison.h"
#include "core/analytics/creator_engagement.h"
#include "core/analytics/er_percentile.h"
#include "core/analytics/tier_statistics.h"
#include "core/campaigns/budget_filler.h"
#include "core/campaigns/forecast.h"
#include "core/domain/er_basis_text.h"
#include "core/storage/creator_repository.h"
#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"
#include "tests/core/support/compare_optional.h"
#include "tests/core/support/test_workspace.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <bit>

using namespace tierscope::core;
using namespace tierscope::test;

Q_DECLARE_METATYPE(tierscope::core::Creator)

namespace {

// What storage holds of a creator's engagement, compared bit for bit.
struct StoredEr
{
    qint64 id = 0;
    QString platform;
    QVariant rate; // double or null
    QString basis;
    QString source;
    qint64 flags = 0;

    bool operator==(const StoredEr &o) const
    {
        const bool sameRate = rate.isNull() == o.rate.isNull()
            && (rate.isNull()
                || std::bit_cast<quint64>(rate.toDouble()) == std::bit_cast<quint64>(o.rate.toDouble()));
        return id == o.id && platform == o.platform && sameRate && basis == o.basis
            && source == o.source && flags == o.flags;
    }
};

QList<StoredEr> storedErs(const QSqlDatabase &db)
{
    QList<StoredEr> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, platform, engagement_rate, er_basis, er_source, "
                          "quality_flags FROM creators ORDER BY id"));
    while (q.next())
        out << StoredEr{q.value(0).toLongLong(), q.value(1).toString(), q.value(2),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()};
    return out;
}

Creator withComponents(Platform p, const QString &handle, std::optional<qint64> followers,
                       std::optional<double> likes, std::optional<double> views,
                       std::optional<double> reported = std::nullopt)
{
    Creator c = makeCreator(p, handle, followers);
    c.avgLikes = likes;
    c.avgViews = views;
    c.applyEngagement(reported, ErBases{});
    return c;
}

ErBases tiktokByFollowers()
{
    ErBases b;
    b.tiktok = ErBasis::Followers;
    return b;
}

} // namespace

class TestErBasis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString nextPath() { return m_dir.filePath(QStringLiteral("ws%1.tierscope").arg(++m_serial)); }

    // Every creator's stored ER is what effectiveEngagementRate() gives from its stored
    // components on these bases (a reported ER taken as reported).
    static void verifyAgainstDomain(Workspace &ws, const ErBases &bases)
    {
        CreatorRepository repo(ws.database());
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM creators ORDER BY id")));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        const auto creators = repo.getMany(ids);
        TS_VERIFY_OK(creators);
        for (const Creator &c : *creators) {
            Creator expected = c;
            expected.applyEngagement(c.erSource == ErSource::Reported ? c.engagementRate
                                                                       : std::nullopt,
                                     bases);
            QVERIFY2(expected.engagementRate == c.engagementRate,
                     qPrintable(QStringLiteral("@%1: rate %2, expected %3")
                                    .arg(c.handle)
                                    .arg(c.engagementRate.value_or(-1), 0, 'g', 17)
                                    .arg(expected.engagementRate.value_or(-1), 0, 'g', 17)));
            QVERIFY2(expected.erBasis == c.erBasis, qPrintable(u'@' + c.handle));
            QCOMPARE(c.erSource, expected.erSource);
            QCOMPARE(c.qualityFlags, expected.qualityFlags);
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void setErBases_tiktokToFollowersAndBack_givesTheOriginalValues()
    {
        auto ws = openWorkspace(nextPath());
        QVERIFY(ws);
        QVERIFY(bulkInsertDemo(*ws, 4'000));
        const QList<StoredEr> before = storedErs(ws->database());
        SettingsRepository settings(ws->database(), ws->events());

        TS_VERIFY_OK(settings.setErBases(tiktokByFollowers()));
        QCOMPARE(settings.erBases().value(), tiktokByFollowers());
        const QList<StoredEr> switched = storedErs(ws->database());
        QCOMPARE(switched.size(), before.size());
        int changed = 0;
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (!(before[i] == switched[i])) {
                ++changed;
                // Only computed TikTok ERs by views move, and they move to followers.
                QCOMPARE(before[i].platform, QStringLiteral("tiktok"));
                QCOMPARE(before[i].basis, QStringLiteral("views"));
                QCOMPARE(switched[i].basis, QStringLiteral("followers"));
            }
        }
        QVERIFY2(changed > 100, qPrintable(QString::number(changed)));
        verifyAgainstDomain(*ws, tiktokByFollowers());

        TS_VERIFY_OK(settings.setErBases(ErBases{}));
        const QList<StoredEr> back = storedErs(ws->database());
        QCOMPARE(back.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QVERIFY2(back[i] == before[i], qPrintable(QString::number(before[i].id)));
    }

    void setErBases_instagramToViews_followsTheDomainRule()
    {
        auto ws = openWorkspace(nextPath());
        QVERIFY(ws);
        QVERIFY(bulkInsertDemo(*ws, 2'000, 7));
        ErBases bases;
        bases.instagram = ErBasis::Views;
        bases.youtube = ErBasis::Followers;
        TS_VERIFY_OK(SettingsRepository(ws->database()).setErBases(bases));
        verifyAgainstDomain(*ws, bases);
    }

    void setErBases_leavesReportedRatesAlone()
    {
        const Creator reported = withComponents(Platform::TikTok, QStringLiteral("reported"),
                                                50'000, 1'000, 20'000, 0.069);
        QCOMPARE(reported.erSource, ErSource::Reported);
        auto ws = workspaceWith(nextPath(), {reported});
        QVERIFY(ws);
        for (const ErBases &b : {tiktokByFollowers(), ErBases{}}) {
            TS_VERIFY_OK(SettingsRepository(ws->database()).setErBases(b));
            const Creator c = CreatorRepository(ws->database())
                                  .findByHandle(Platform::TikTok, QStringLiteral("reported"))
                                  .value();
            QCOMPARE(c.engagementRate, std::optional<double>(0.069));
            QCOMPARE(c.erSource, ErSource::Reported);
            QVERIFY(!c.erBasis);
        }
    }

    void setErBases_flaggedAndIncompleteCreators_data()
    {
        QTest::addColumn<Creator>("creator");
        QTest::addColumn<bool>("flagged");
        // On followers: expected rate and basis (nullopt: unknown); on views the same pair.
        QTest::addColumn<QVariant>("onFollowers");
        QTest::addColumn<QString>("basisOnFollowers");
        QTest::addColumn<QVariant>("onViews");
        QTest::addColumn<QString>("basisOnViews");
        const QString followers = QStringLiteral("followers");
        const QString views = QStringLiteral("views");
        // 3,000 likes on 1,000 followers: flagged; with views it is by views on either basis.
        QTest::newRow("flagged, views known")
            << withComponents(Platform::TikTok, QStringLiteral("viral"), 1'000, 3'000, 50'000)
            << true << QVariant(0.06) << views << QVariant(0.06) << views;
        // Flagged without views: by followers, above 100 %, kept exactly.
        QTest::newRow("flagged, no views")
            << withComponents(Platform::TikTok, QStringLiteral("noviews"), 1'000, 3'000, std::nullopt)
            << true << QVariant(3.0) << followers << QVariant(3.0) << followers;
        QTest::newRow("no views: by followers on both")
            << withComponents(Platform::TikTok, QStringLiteral("plain"), 10'000, 500, std::nullopt)
            << false << QVariant(0.05) << followers << QVariant(0.05) << followers;
        QTest::newRow("views known")
            << withComponents(Platform::TikTok, QStringLiteral("both"), 10'000, 500, 2'000)
            << false << QVariant(0.05) << followers << QVariant(0.25) << views;
        // No followers: nothing to divide by on followers; by views on views.
        QTest::newRow("followers unknown")
            << withComponents(Platform::TikTok, QStringLiteral("nofollowers"), std::nullopt, 500, 2'000)
            << false << QVariant() << QString() << QVariant(0.25) << views;
    }
    void setErBases_flaggedAndIncompleteCreators()
    {
        QFETCH(Creator, creator);
        QFETCH(bool, flagged);
        QFETCH(QVariant, onFollowers);
        QFETCH(QString, basisOnFollowers);
        QFETCH(QVariant, onViews);
        QFETCH(QString, basisOnViews);
        auto ws = workspaceWith(nextPath(), {creator});
        QVERIFY(ws);
        SettingsRepository settings(ws->database());
        const auto check = [&](const QVariant &rate, const QString &basis) {
            const Creator c =
                CreatorRepository(ws->database()).findByHandle(Platform::TikTok, creator.handle).value();
            compareOptional(c.engagementRate, rate, "ER");
            QCOMPARE(c.erBasis ? erBasisKey(*c.erBasis) : QString(), basis);
            QCOMPARE(c.erSource, rate.isValid() ? ErSource::Computed : ErSource::Unknown);
            QCOMPARE(hasFlag(c.qualityFlags, QualityFlag::EngagementAboveFollowers), flagged);
        };
        check(onViews, basisOnViews); // stored on the default basis, views
        TS_VERIFY_OK(settings.setErBases(tiktokByFollowers()));
        check(onFollowers, basisOnFollowers);
        TS_VERIFY_OK(settings.setErBases(ErBases{}));
        check(onViews, basisOnViews);
        verifyAgainstDomain(*ws, ErBases{});
    }

    void setErBases_notifiesOnceAfterItsTransaction()
    {
        auto ws = workspaceWith(nextPath(), {withComponents(Platform::TikTok, QStringLiteral("a"),
                                                            10'000, 500, 2'000)});
        QVERIFY(ws);
        SettingsRepository settings(ws->database(), ws->events());
        QSignalSpy settingsSpy(ws->events(), &WorkspaceEvents::settingsChanged);
        QSignalSpy creatorsSpy(ws->events(), &WorkspaceEvents::creatorsChanged);
        TS_VERIFY_OK(settings.setErBases(tiktokByFollowers()));
        QCOMPARE(settingsSpy.count(), 1);
        QCOMPARE(creatorsSpy.count(), 1);
        TS_VERIFY_OK(settings.setErBases(tiktokByFollowers())); // no change of basis
        QCOMPARE(settingsSpy.count(), 2);
        QCOMPARE(creatorsSpy.count(), 1);
    }

    void setErBases_cancelledChangesNothing()
    {
        auto ws = openWorkspace(nextPath());
        QVERIFY(ws);
        QVERIFY(bulkInsertDemo(*ws, 500));
        const QList<StoredEr> before = storedErs(ws->database());
        SettingsRepository settings(ws->database(), ws->events());
        QSignalSpy creatorsSpy(ws->events(), &WorkspaceEvents::creatorsChanged);
        qint64 lastTotal = 0;
        const Status s = settings.setErBases(tiktokByFollowers(), [&](qint64, qint64 total) {
            lastTotal = total;
            return false;
        });
        QCOMPARE(s.code, Error::Code::Cancelled);
        QVERIFY(lastTotal > 0);
        QCOMPARE(settings.erBases().value(), ErBases{});
        const QList<StoredEr> after = storedErs(ws->database());
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QVERIFY(after[i] == before[i]);
        QCOMPARE(creatorsSpy.count(), 0);
    }

    void setErBases_progressReachesTheEnd()
    {
        auto ws = openWorkspace(nextPath());
        QVERIFY(ws);
        QVERIFY(bulkInsertDemo(*ws, 300));
        QList<std::pair<qint64, qint64>> calls;
        TS_VERIFY_OK(SettingsRepository(ws->database())
                         .setErBases(tiktokByFollowers(), [&](qint64 done, qint64 total) {
                             calls << std::pair(done, total);
                             return true;
                         }));
        QVERIFY(calls.size() >= 2);
        QCOMPARE(calls.first().first, qint64(0));
        QCOMPARE(calls.last().first, calls.last().second);
    }

    // Sorting by CPE divides the fee by ER × what the ER is a share of: after a switch the
    // index order is still that of each creator's own estimate.
    void cpeSort_followsTheBasis()
    {
        auto ws = openWorkspace(nextPath());
        QVERIFY(ws);
        QVERIFY(bulkInsertDemo(*ws, 3'000, 11));
        TS_VERIFY_OK(SettingsRepository(ws->database()).setErBases(tiktokByFollowers()));
        CreatorRepository repo(ws->database());
        const auto ids = repo.orderedIds({}, TierScheme(), {CreatorSortColumn::Id, false});
        TS_VERIFY_OK(ids);
        const auto all = repo.getMany(*ids);
        TS_VERIFY_OK(all);
        // Unknown first ascending, then (key, id), as the repository orders pages.
        QList<std::pair<std::optional<double>, qint64>> keys;
        for (const Creator &c : *all) {
            std::optional<double> key;
            const auto base = c.engagementBase();
            if (c.fee && c.engagementRate && base && *c.engagementRate * *base != 0.0)
                key = double(c.fee->minor()) / (*c.engagementRate * *base);
            keys << std::pair(key, c.id);
        }
        std::sort(keys.begin(), keys.end());
        for (bool desc : {false, true}) {
            const auto page = repo.page({}, TierScheme(), {CreatorSortColumn::CostPerEngagement, desc},
                                        0, 100);
            TS_VERIFY_OK(page);
            QCOMPARE(page->rows.size(), 100);
            for (int i = 0; i < 100; ++i) {
                const auto &expected = desc ? keys[keys.size() - 1 - i] : keys[i];
                QCOMPARE(page->rows[i].id, expected.second);
            }
        }
    }

    // ER vs benchmark compares each ER with the benchmark of its own basis, in SQL, in the
    // merged walk of the ER index and in the id snapshot alike.
    void erVsBenchmarkSort_usesTheBenchmarkOfEachBasis()
    {
        auto ws = openWorkspace(nextPath());
        QVERIFY(ws);
        QVERIFY(bulkInsertDemo(*ws, 3'000, 5));
        TierScheme scheme;
        // Far apart, so that a wrong basis would reorder the page.
        scheme.setBenchmark(Tier::Micro, Benchmark{0.30, QString()}, ErBasis::Views);
        scheme.setPlatformBenchmark(Platform::TikTok, Tier::Nano, Benchmark{0.01, QString()},
                                    ErBasis::Views);
        CreatorRepository repo(ws->database());
        const auto ids = repo.orderedIds({}, scheme, {CreatorSortColumn::Id, false});
        TS_VERIFY_OK(ids);
        const auto all = repo.getMany(*ids);
        TS_VERIFY_OK(all);
        QList<std::pair<std::optional<double>, qint64>> keys;
        int byViews = 0;
        for (const Creator &c : *all) {
            std::optional<double> key;
            if (c.followers && c.engagementRate) {
                if (const auto b = scheme.benchmark(scheme.tier(*c.followers), c.platform,
                                                    c.benchmarkBasis()))
                    key = *c.engagementRate - b->engagementRate;
            }
            byViews += c.erBasis == ErBasis::Views ? 1 : 0;
            keys << std::pair(key, c.id);
        }
        QVERIFY(byViews > 100);
        std::sort(keys.begin(), keys.end());
        for (bool desc : {false, true}) {
            const CreatorSort sort{CreatorSortColumn::ErVsBenchmark, desc};
            const auto page = repo.page({}, scheme, sort, 0, 100);
            TS_VERIFY_OK(page);
            const auto next = repo.pageAfter({}, scheme, sort, page->keys.last(), 100);
            TS_VERIFY_OK(next);
            const auto snapshot = repo.orderedIds({}, scheme, sort);
            TS_VERIFY_OK(snapshot);
            QCOMPARE(snapshot->size(), keys.size());
            for (int i = 0; i < 200; ++i) {
                const qint64 expected = (desc ? keys[keys.size() - 1 - i] : keys[i]).second;
                const qint64 got = i < 100 ? page->rows[i].id : next->rows[i - 100].id;
                QVERIFY2(got == expected, qPrintable(QStringLiteral("%1 row %2").arg(desc).arg(i)));
                QCOMPARE(snapshot->at(i), expected);
            }
        }
    }

    void hideFlagged_leavesFlaggedCreatorsOut()
    {
        auto ws = workspaceWith(
            nextPath(),
            {withComponents(Platform::TikTok, QStringLiteral("viral"), 1'000, 3'000, 50'000),
             withComponents(Platform::Instagram, QStringLiteral("over"), 1'000, 2'000, std::nullopt),
             withComponents(Platform::TikTok, QStringLiteral("plain"), 10'000, 500, 2'000)});
        QVERIFY(ws);
        CreatorRepository repo(ws->database());
        CreatorFilter f;
        QCOMPARE(repo.count(f, TierScheme()).value(), qint64(3));
        f.hideFlagged = true;
        QCOMPARE(repo.count(f, TierScheme()).value(), qint64(1));
        const auto page = repo.page(f, TierScheme(), {CreatorSortColumn::EngagementRate, true}, 0, 10);
        TS_VERIFY_OK(page);
        QCOMPARE(page->rows.size(), 1);
        QCOMPARE(page->rows.first().handle, QStringLiteral("plain"));
    }

    void expectedEngagements_erByViews_isViewsTimesEr()
    {
        // 1,200 interactions on 20,000 views: 6 % by views (0.012 by followers).
        Creator c = withComponents(Platform::TikTok, QStringLiteral("tt"), 100'000, 1'200, 20'000);
        c.id = 7;
        QCOMPARE(c.erBasis, std::optional(ErBasis::Views));
        QCOMPARE(*c.engagementRate, 0.06);
        QCOMPARE(*expectedEngagementsOf(c, 3), 3 * 20'000 * 0.06);
        // A reported ER is a share of followers, as sources report it.
        Creator reported = withComponents(Platform::TikTok, QStringLiteral("r"), 100'000, 1'200,
                                          20'000, 0.02);
        QCOMPARE(*expectedEngagementsOf(reported, 2), 2 * 100'000 * 0.02);

        // The forecast of a roster entry with two posts.
        CampaignPlan plan;
        RosterEntry e;
        e.id = 1;
        e.creatorId = c.id;
        e.stage = Stage::Contracted;
        e.fee = Money(240'000, QStringLiteral("USD"));
        plan.roster << e;
        Deliverable d;
        d.rosterEntryId = 1;
        d.quantity = 2;
        plan.deliverables[1] << d;
        plan.creators.insert(c.id, c);
        const CampaignForecast f = forecastCampaign(plan);
        QCOMPARE(f.entries.size(), 1);
        QCOMPARE(*f.entries.first().expectedEngagements, 2 * 20'000 * 0.06);
        QCOMPARE(*f.entries.first().cpeMinor, 240'000 / (2 * 20'000 * 0.06));

        // Fill the Budget values a creator by the same estimate.
        FillOptions o;
        o.budgetMinor = 1'000'000;
        o.currency = QStringLiteral("USD");
        o.deliverablesPerCreator = 2;
        c.fee = Money(100'000, QStringLiteral("USD"));
        const auto fill = fillBudget({c}, o);
        TS_VERIFY_OK(fill);
        QCOMPARE(*fill->candidates.first().value, 2 * 20'000 * 0.06);

        // Compare's estimated CPE of one post: fee / (avg views × ER), and the ER says its basis.
        ComparisonContext context;
        const auto rows = Comparison::rows({c, reported}, context);
        for (const ComparisonRow &r : rows) {
            if (r.field == ComparisonField::EstimatedCpe)
                QCOMPARE(*r.cells[0].value, 100'000 / (20'000 * 0.06));
            if (r.field == ComparisonField::EngagementRate) {
                QCOMPARE(r.cells[0].note, QStringLiteral("ER by views"));
                QCOMPARE(r.cells[1].note, QStringLiteral("reported by the source"));
            }
        }
    }

    void tierScheme_benchmarksByViews_haveDocumentedDefaultsAndRoundTrip()
    {
        const TierScheme s;
        QCOMPARE(s.benchmark(Tier::Micro)->engagementRate, 0.07);
        QCOMPARE(s.benchmark(Tier::Micro, Platform::TikTok, ErBasis::Views)->engagementRate, 0.055);
        QCOMPARE(s.benchmark(Tier::Micro, Platform::YouTube, ErBasis::Views)->engagementRate, 0.045);
        QCOMPARE(s.benchmark(Tier::Micro, Platform::Instagram, ErBasis::Views)->engagementRate, 0.055);
        QVERIFY(!s.benchmark(Tier::Micro, Platform::YouTube, ErBasis::Views)->source.isEmpty());
        QVERIFY(!s.benchmark(Tier::Emerging, std::nullopt, ErBasis::Views));

        TierScheme edited = s;
        edited.setBenchmark(Tier::Nano, Benchmark{0.09, QStringLiteral("own")}, ErBasis::Views);
        edited.clearPlatformBenchmark(Platform::YouTube, Tier::Mega, ErBasis::Views);
        edited.clearBenchmark(Tier::Macro, ErBasis::Views);
        QVERIFY(!(edited == s));
        const QByteArray text = QJsonDocument(edited.toJson()).toJson(QJsonDocument::Compact);
        const auto back = TierScheme::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back);
        QVERIFY(*back == edited);
        QVERIFY(!back->benchmark(Tier::Macro, std::nullopt, ErBasis::Views));
        QCOMPARE(back->benchmark(Tier::Mega, Platform::YouTube, ErBasis::Views)->engagementRate,
                 0.045); // the general one, TikTok's figure

        // A scheme saved before benchmarks by views keeps its own and gains the defaults.
        QJsonObject legacy = s.toJson();
        QJsonObject tiers = legacy.value(u"tiers").toObject();
        for (const QString &key : tiers.keys()) {
            QJsonObject o = tiers.value(key).toObject();
            o.remove(QStringLiteral("views_benchmark"));
            o.remove(QStringLiteral("platform_views_benchmarks"));
            if (key == u"micro")
                o.insert(QStringLiteral("benchmark"),
                         QJsonObject{{QStringLiteral("er"), 0.065},
                                     {QStringLiteral("source"), QStringLiteral("mine")}});
            tiers.insert(key, o);
        }
        legacy.insert(QStringLiteral("tiers"), tiers);
        const auto old = TierScheme::fromJson(legacy);
        QVERIFY(old);
        QCOMPARE(old->benchmark(Tier::Micro)->engagementRate, 0.065);
        QCOMPARE(old->benchmark(Tier::Micro, Platform::YouTube, ErBasis::Views)->engagementRate,
                 0.045);
    }

    // Per tier, each ER is set against the benchmark of its own basis; the CPE of an ER by views
    // divides by avg views.
    void tierStatistics_mixedBases()
    {
        QList<Creator> creators;
        // Micro by followers: 5 % and 9 % (benchmark 7 %).
        creators << withComponents(Platform::Instagram, QStringLiteral("ig1"), 10'000, 500, std::nullopt)
                 << withComponents(Platform::Instagram, QStringLiteral("ig2"), 20'000, 1'800, std::nullopt);
        // Micro by views: 6 % (views benchmark 5.5 %), fee 100.00 USD → CPE 10,000 / 300.
        Creator tt = withComponents(Platform::TikTok, QStringLiteral("tt1"), 50'000, 300, 5'000);
        tt.fee = Money(10'000, QStringLiteral("USD"));
        creators << tt;
        auto ws = workspaceWith(nextPath(), creators);
        QVERIFY(ws);
        const auto stats = computeTierStatistics(ws->database(), TierScheme(), {},
                                                 QStringLiteral("USD"));
        TS_VERIFY_OK(stats);
        const TierSummary &micro = stats->tiers[qsizetype(Tier::Micro)];
        QCOMPARE(micro.withEr, qint64(3));
        QCOMPARE(micro.withErByViews, qint64(1));
        QVERIFY(micro.benchmark && micro.viewsBenchmark);
        QCOMPARE(micro.benchmark->engagementRate, 0.07);
        QCOMPARE(micro.viewsBenchmark->engagementRate, 0.055);
        // −2 pt, +2 pt, +0.5 pt → median +0.5 pt (the median ER, 6 %, minus one benchmark would
        // say −1 pt by followers or +0.5 pt only by luck).
        compareOptional(micro.erVsBenchmark, 0.06 - 0.055, "vs benchmark");
        compareOptional(micro.medianCpeMinor, 10'000.0 / 300.0, "CPE"); // not / 3,000
    }

    // An ER by views ranks among the tier's ERs by views; an ER by followers among the others.
    void erPercentileInTier_ranksWithinTheBasis()
    {
        const QList<Creator> creators = {
            withComponents(Platform::Instagram, QStringLiteral("ig1"), 10'000, 500, std::nullopt),
            withComponents(Platform::Instagram, QStringLiteral("ig2"), 20'000, 1'800, std::nullopt),
            withComponents(Platform::TikTok, QStringLiteral("tt1"), 20'000, 600, 10'000),
            withComponents(Platform::TikTok, QStringLiteral("tt2"), 30'000, 1'200, 10'000)};
        QList<qint64> ids;
        auto ws = workspaceWith(nextPath(), creators, &ids);
        QVERIFY(ws);
        const auto stored = CreatorRepository(ws->database()).getMany(ids);
        TS_VERIFY_OK(stored);
        const auto p = erPercentilesInTier(ws->database(), TierScheme(), *stored);
        TS_VERIFY_OK(p);
        compareOptional(p->at(0), 0.5 / 2, "ig1: 5 % below 9 %");
        compareOptional(p->at(2), 0.5 / 2, "tt1: 6 % by views below 12 %, not above ig1's 5 %");
        compareOptional(p->at(3), 1.5 / 2, "tt2");
    }

    void erBasisText_saysWhichBasis()
    {
        QCOMPARE(ErBasisText::summary(ErBases{}),
                 QStringLiteral("Instagram by followers; TikTok, YouTube by views"));
        QCOMPARE(ErBasisText::summary(tiktokByFollowers(), {Platform::TikTok}),
                 QStringLiteral("TikTok by followers"));
        const Creator flagged =
            withComponents(Platform::TikTok, QStringLiteral("viral"), 1'000, 3'000, 50'000);
        QCOMPARE(ErBasisText::of(flagged), QStringLiteral("ER by views"));
        QVERIFY(ErBasisText::flagNote(flagged).startsWith(
            QStringLiteral("Engagement above followers: ER by followers is not meaningful here; "
                           "ER by views is used")));
        const Creator noViews =
            withComponents(Platform::TikTok, QStringLiteral("nv"), 1'000, 3'000, std::nullopt);
        QVERIFY(ErBasisText::flagNote(noViews).contains(QStringLiteral("above 100 %")));
        QVERIFY(ErBasisText::flagNote(withComponents(Platform::TikTok, QStringLiteral("ok"),
                                                     10'000, 30, 500))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestErBasis)
#include "tst_er_basis.moc"
