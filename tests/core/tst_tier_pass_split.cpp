// SPDX-License-Identifier: GPL-3.0-or-later
// The tier pass split over threads by id range gives exactly what one pass gives: the same
// counts, quantiles and stratified sample, for several filters.
#include "core/analytics/tier_pass.h"

#include "tests/core/support/test_workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tierscope::core;

Q_DECLARE_METATYPE(tierscope::core::CreatorFilter)

namespace {

// Exactly equal: quantiles do not depend on the order the values came in.
bool same(const std::optional<double> &a, const std::optional<double> &b)
{
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

} // namespace

class TestTierPassSplit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    struct Outcome
    {
        int pieces = 0;
        TierStatistics statistics;
        QList<std::vector<StratifiedSample::Candidate>> sample; // per tier
    };

    Outcome runPass(const CreatorFilter &filter)
    {
        TierPass pass(TierScheme(), QStringLiteral("USD"), 300);
        const Status s = pass.run(m_ws->database(), filter);
        if (s)
            qFatal("TierPass failed: %s", qPrintable(s.message));
        Outcome out;
        out.pieces = pass.piecesUsed();
        out.statistics = pass.takeStatistics(filter);
        for (Tier t : allTiers())
            out.sample << pass.sample().sorted(int(t));
        return out;
    }

private slots:
    void initTestCase()
    {
        if (QThread::idealThreadCount() < 2)
            QSKIP("One core: the pass never splits here.");
        QVERIFY(m_dir.isValid());
        m_ws = tierscope::test::openWorkspace(m_dir.filePath(QStringLiteral("split.tierscope")));
        QVERIFY(m_ws);
        QVERIFY(tierscope::test::bulkInsertDemo(*m_ws, 4000));
        // Spread the ids over 800,000 so the pass splits (it does from 150,000 ids a piece).
        // Pieces are id ranges, so a gap in the middle leaves one piece nearly empty: fine too.
        QSqlQuery q(m_ws->database());
        // (Through negative ids: id 2 × 200 would meet id 400 on the way.)
        QVERIFY(q.exec(QStringLiteral("UPDATE creators SET id = -id")));
        QVERIFY(q.exec(QStringLiteral("UPDATE creators SET id = -id * 200")));
        QCOMPARE(tierscope::test::scalar(m_ws->database(),
                                          QStringLiteral("SELECT max(id) FROM creators"))
                     .toLongLong(),
                 qint64(800000));
    }

    void cleanupTestCase() { m_ws.reset(); }

    void splitEqualsOnePass_data()
    {
        QTest::addColumn<CreatorFilter>("filter");
        QTest::addColumn<bool>("matchesAny");
        QTest::newRow("everyone") << CreatorFilter() << true;
        CreatorFilter tiktok;
        tiktok.platforms = {Platform::TikTok};
        QTest::newRow("TikTok") << tiktok << true;
        CreatorFilter microEr;
        microEr.tiers = {Tier::Micro};
        microEr.minEngagementRate = 0.04;
        QTest::newRow("micro, ER >= 4 %") << microEr << true;
        CreatorFilter nobody;
        nobody.minFollowers = 1'000'000'000'000;
        QTest::newRow("nobody") << nobody << false;
    }

    void splitEqualsOnePass()
    {
        QFETCH(CreatorFilter, filter);
        QFETCH(bool, matchesAny);
        const Outcome split = runPass(filter);
        QCOMPARE(split.statistics.total > 0, matchesAny);
        QVERIFY2(split.pieces >= 2, "the pass did not split");

        // Inside a transaction the pass keeps to the caller's connection: one pass.
        QVERIFY(m_ws->database().transaction());
        const Outcome single = runPass(filter);
        QVERIFY(m_ws->database().rollback());
        QCOMPARE(single.pieces, 1);

        QCOMPARE(split.statistics.total, single.statistics.total);
        QCOMPARE(split.statistics.unknownFollowers, single.statistics.unknownFollowers);
        QCOMPARE(split.statistics.tiers.size(), single.statistics.tiers.size());
        qint64 counted = 0;
        for (qsizetype t = 0; t < split.statistics.tiers.size(); ++t) {
            const TierSummary &a = split.statistics.tiers[t];
            const TierSummary &b = single.statistics.tiers[t];
            QCOMPARE(a.count, b.count);
            QCOMPARE(a.withEr, b.withEr);
            QCOMPARE(a.share, b.share);
            QVERIFY2(same(a.medianEr, b.medianEr), "medianEr");
            QVERIFY2(same(a.lowerQuartileEr, b.lowerQuartileEr), "lowerQuartileEr");
            QVERIFY2(same(a.upperQuartileEr, b.upperQuartileEr), "upperQuartileEr");
            QVERIFY2(same(a.erVsBenchmark, b.erVsBenchmark), "erVsBenchmark");
            QVERIFY2(same(a.medianFollowers, b.medianFollowers), "medianFollowers");
            QVERIFY2(same(a.medianFeeMinor, b.medianFeeMinor), "medianFeeMinor");
            QVERIFY2(same(a.medianCpeMinor, b.medianCpeMinor), "medianCpeMinor");
            QVERIFY2(same(a.medianAuthenticity, b.medianAuthenticity), "medianAuthenticity");
            counted += a.count;

            const auto &sa = split.sample[t];
            const auto &sb = single.sample[t];
            QCOMPARE(sa.size(), sb.size());
            for (size_t i = 0; i < sa.size(); ++i) {
                QCOMPARE(sa[i].id, sb[i].id);
                QCOMPARE(sa[i].followers, sb[i].followers);
                QCOMPARE(sa[i].engagementRate, sb[i].engagementRate);
            }
        }
        QCOMPARE(counted + split.statistics.unknownFollowers, split.statistics.total);
    }

    void fullTextKeepsToOnePass()
    {
        CreatorFilter text;
        text.text = QStringLiteral("fitness");
        QCOMPARE(runPass(text).pieces, 1);
    }
};

QTEST_GUILESS_MAIN(TestTierPassSplit)
#include "tst_tier_pass_split.moc"
