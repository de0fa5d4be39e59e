// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demo_creator_factory.h"
#include "core/domain/tier_scheme.h"
#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"
#include "tests/core/support/test_workspace.h"

#include <QHash>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tierscope::core;
using namespace tierscope::test;

namespace {

constexpr int kSample = 10'000;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

} // namespace

class TestDemoCreatorFactory : public QObject
{
    Q_OBJECT

private:
    QList<Creator> m_sample; // creators 0 … kSample − 1 of the default seed

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        DemoCreatorFactory factory;
        m_sample.reserve(kSample);
        for (int i = 0; i < kSample; ++i)
            m_sample << factory.make(i);
    }

    void make_sameIndexGivesTheSameCreator()
    {
        DemoCreatorFactory a;
        DemoCreatorFactory b;
        // Different histories before asking for the same index.
        for (int i = 0; i < 17; ++i)
            a.make(1'000 + i);
        for (qint64 index : {qint64(0), qint64(1), qint64(5), qint64(4'242), qint64(999'999)}) {
            const Creator x = a.make(index);
            const Creator y = b.make(index);
            const QString diff = creatorDiff(x, y);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("index %1: %2").arg(index).arg(diff)));
        }
        const QString diff = creatorDiff(m_sample[123], DemoCreatorFactory().make(123));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void make_otherSeedGivesOtherCreators()
    {
        DemoCreatorFactory other(7);
        int different = 0;
        for (int i = 0; i < 50; ++i)
            different += creatorDiff(m_sample[i], other.make(i), false).isEmpty() ? 0 : 1;
        QVERIFY(different >= 45);
    }

    void handles_areUniqueNormalisedAndNonEmpty()
    {
        QSet<QString> handles;
        for (const Creator &c : m_sample) {
            QVERIFY(!c.handle.isEmpty());
            QCOMPARE(Creator::normaliseHandle(c.handle), c.handle);
            handles.insert(c.handle);
        }
        QCOMPARE(handles.size(), kSample);
    }

    void sample_hasEveryTierAndPlatform()
    {
        const TierScheme scheme;
        QHash<Tier, int> tiers;
        QHash<Platform, int> platforms;
        for (const Creator &c : m_sample) {
            QVERIFY(c.followers.has_value());
            ++tiers[scheme.tier(*c.followers)];
            ++platforms[c.platform];
        }
        for (Tier t : allTiers())
            QVERIFY2(tiers.value(t) > 0, qPrintable(tierKey(t)));
        for (Platform p : allPlatforms())
            QVERIFY2(platforms.value(p) > kSample / 10, qPrintable(platformKey(p)));
        // Built around micro-influencers: nano and micro are the bulk, mega a thin tail.
        QVERIFY(tiers.value(Tier::Nano) + tiers.value(Tier::Micro) > kSample / 2);
        QVERIFY(tiers.value(Tier::Mega) < kSample / 20);
    }

    void micro_medianErIsRealistic()
    {
        const TierScheme scheme;
        QList<double> rates;
        for (const Creator &c : m_sample) {
            if (c.followers && scheme.tier(*c.followers) == Tier::Micro && c.engagementRate)
                rates << *c.engagementRate;
        }
        QVERIFY(rates.size() > 500);
        const double m = median(rates);
        QVERIFY2(m >= 0.04 && m <= 0.10, qPrintable(QString::number(m)));
    }

    void erFallsWithReach()
    {
        const TierScheme scheme;
        QHash<Tier, QList<double>> byTier;
        for (const Creator &c : m_sample) {
            if (c.followers && c.engagementRate)
                byTier[scheme.tier(*c.followers)] << *c.engagementRate;
        }
        QVERIFY(median(byTier[Tier::Nano]) > median(byTier[Tier::Micro]));
        QVERIFY(median(byTier[Tier::Micro]) > median(byTier[Tier::Macro]));
        QVERIFY(median(byTier[Tier::Macro]) > median(byTier[Tier::Mega]));
    }

    void sample_hasSomeUnknowns()
    {
        int noEr = 0, noFee = 0, noAuthenticity = 0, noViews = 0, reported = 0, computed = 0;
        for (const Creator &c : m_sample) {
            noEr += c.engagementRate ? 0 : 1;
            noFee += c.fee ? 0 : 1;
            noAuthenticity += c.authenticity ? 0 : 1;
            noViews += c.avgViews ? 0 : 1;
            reported += c.erSource == ErSource::Reported ? 1 : 0;
            computed += c.erSource == ErSource::Computed ? 1 : 0;
        }
        for (int n : {noEr, noFee, noAuthenticity, noViews}) {
            QVERIFY(n > 0);
            QVERIFY(n < kSample / 2); // unknowns are the exception
        }
        QVERIFY(reported > 0);
        QVERIFY(computed > reported);
    }

    void values_areValid()
    {
        for (const Creator &c : m_sample) {
            const QString who = c.handle;
            QVERIFY2(*c.followers >= 0, qPrintable(who));
            QCOMPARE(c.engagementRate.has_value(), c.erSource != ErSource::Unknown);
            if (c.engagementRate)
                QVERIFY2(*c.engagementRate >= 0.0 && *c.engagementRate <= 1.0, qPrintable(who));
            if (c.erSource == ErSource::Computed) {
                // On the default basis: TikTok and YouTube by views where views are known.
                QVERIFY2(c.erBasis, qPrintable(who));
                const auto expected = c.erBasis == ErBasis::Views
                    ? tierscope::core::engagementRateByViews(c.avgViews, c.interactions())
                    : tierscope::core::engagementRate(c.followers, c.interactions());
                QVERIFY2(expected && qFuzzyCompare(*expected, *c.engagementRate), qPrintable(who));
                QCOMPARE(c.erBasis == ErBasis::Views,
                         c.platform != Platform::Instagram && c.avgViews && *c.avgViews > 0);
            }
            if (c.authenticity)
                QVERIFY2(*c.authenticity >= 0.0 && *c.authenticity <= 1.0, qPrintable(who));
            if (c.sponsoredRatio)
                QVERIFY2(*c.sponsoredRatio >= 0.0 && *c.sponsoredRatio <= 1.0, qPrintable(who));
            if (c.fee) {
                QVERIFY2(c.fee->minor() > 0, qPrintable(who));
                QVERIFY2(Money::isCurrencyCode(c.fee->currency()), qPrintable(who));
            }
            QVERIFY2(c.country.size() == 2 && c.country == c.country.toUpper(), qPrintable(who));
            QVERIFY2(c.language.size() == 2 && c.language == c.language.toLower(), qPrintable(who));
            QVERIFY2(!c.niches.isEmpty() && !c.displayName.isEmpty(), qPrintable(who));
            QVERIFY2(c.metricsAsOf.isValid() && c.metricsAsOf <= DemoCreatorFactory::referenceDate(), qPrintable(who));
            QVERIFY2(platformFromUrl(c.profileUrl) == c.platform, qPrintable(who));
            QCOMPARE(Creator::normaliseHandle(c.profileUrl), c.handle);
        }
    }

    void sample_storesCleanly()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir.filePath(QStringLiteral("demo.tierscope")));
        QVERIFY(ws);
        QVERIFY(bulkInsertDemo(*ws, 2'000));
        CreatorRepository repo(ws->database());
        QCOMPARE(*repo.totalCount(), qint64(2'000));
        const auto back = repo.findByHandle(m_sample[1'500].platform, m_sample[1'500].handle);
        TS_VERIFY_OK(back);
        const QString diff = creatorDiff(m_sample[1'500], *back, false);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
};

QTEST_GUILESS_MAIN(TestDemoCreatorFactory)
#include "tst_demo_creator_factory.moc"
