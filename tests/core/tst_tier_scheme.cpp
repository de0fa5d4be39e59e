// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/tier_scheme.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace tierscope::core;

Q_DECLARE_METATYPE(tierscope::core::Tier)

namespace {

// A scheme with every kind of setting changed, so a round trip has something to lose.
TierScheme customised()
{
    TierScheme s;
    s.setLowerBound(Tier::Nano, 500);
    s.setLowerBound(Tier::Micro, 5'000);
    s.setLowerBound(Tier::Macro, 50'000);
    s.setLowerBound(Tier::Mega, 750'000);
    s.setBenchmark(Tier::Micro, Benchmark{0.064, QStringLiteral("Agentur Müller – 2026 « étude »")});
    s.setPlatformBenchmark(Platform::TikTok, Tier::Micro, Benchmark{0.091, QStringLiteral("TikTok study")});
    s.setPlatformBenchmark(Platform::YouTube, Tier::Mega, Benchmark{0.015, QStringLiteral("YT")});
    return s;
}

} // namespace

class TestTierScheme : public QObject
{
    Q_OBJECT

private slots:
    void tier_followersMapToTier_data()
    {
        QTest::addColumn<qint64>("followers");
        QTest::addColumn<Tier>("expected");
        QTest::newRow("0 is emerging") << qint64(0) << Tier::Emerging;
        QTest::newRow("1 is emerging") << qint64(1) << Tier::Emerging;
        QTest::newRow("999 is emerging") << qint64(999) << Tier::Emerging;
        QTest::newRow("1000 is nano") << qint64(1'000) << Tier::Nano;
        QTest::newRow("9999 is nano") << qint64(9'999) << Tier::Nano;
        QTest::newRow("10000 is micro") << qint64(10'000) << Tier::Micro;
        QTest::newRow("99999 is micro") << qint64(99'999) << Tier::Micro;
        QTest::newRow("100000 is macro") << qint64(100'000) << Tier::Macro;
        QTest::newRow("999999 is macro") << qint64(999'999) << Tier::Macro;
        QTest::newRow("1000000 is mega") << qint64(1'000'000) << Tier::Mega;
        QTest::newRow("3 billion is mega") << qint64(3'000'000'000LL) << Tier::Mega;
        QTest::newRow("int64 max is mega") << std::numeric_limits<qint64>::max() << Tier::Mega;
    }
    void tier_followersMapToTier()
    {
        QFETCH(qint64, followers);
        QFETCH(Tier, expected);
        const TierScheme s;
        QCOMPARE(tierKey(s.tier(followers)), tierKey(expected));
        QCOMPARE(tierKey(*s.tier(std::optional<qint64>(followers))), tierKey(expected));
    }

    void tier_unknownFollowersHaveNoTier()
    {
        const TierScheme s;
        QVERIFY(!s.tier(std::optional<qint64>()).has_value());
    }

    void tier_boundsOfEachTier_data()
    {
        QTest::addColumn<Tier>("tier");
        QTest::addColumn<qint64>("lower");
        QTest::addColumn<qint64>("upperExclusive"); // -1: none
        QTest::newRow("emerging") << Tier::Emerging << qint64(0) << qint64(1'000);
        QTest::newRow("nano") << Tier::Nano << qint64(1'000) << qint64(10'000);
        QTest::newRow("micro") << Tier::Micro << qint64(10'000) << qint64(100'000);
        QTest::newRow("macro") << Tier::Macro << qint64(100'000) << qint64(1'000'000);
        QTest::newRow("mega") << Tier::Mega << qint64(1'000'000) << qint64(-1);
    }
    void tier_boundsOfEachTier()
    {
        QFETCH(Tier, tier);
        QFETCH(qint64, lower);
        QFETCH(qint64, upperExclusive);
        const TierScheme s;
        QCOMPARE(s.lowerBound(tier), lower);
        const auto hi = s.upperBoundExclusive(tier);
        if (upperExclusive < 0) {
            QVERIFY(!hi.has_value());
        } else {
            QVERIFY(hi.has_value());
            QCOMPARE(*hi, upperExclusive);
        }
    }

    void tier_followsChangedThresholds()
    {
        TierScheme s;
        s.setLowerBound(Tier::Micro, 5'000);
        QCOMPARE(tierKey(s.tier(qint64(4'999))), QStringLiteral("nano"));
        QCOMPARE(tierKey(s.tier(qint64(5'000))), QStringLiteral("micro"));
        QCOMPARE(*s.upperBoundExclusive(Tier::Nano), qint64(5'000));
        s.setLowerBound(Tier::Emerging, 42); // emerging always starts at 0
        QCOMPARE(s.lowerBound(Tier::Emerging), qint64(0));
    }

    void benchmark_defaults_data()
    {
        QTest::addColumn<Tier>("tier");
        QTest::addColumn<double>("rate");
        QTest::newRow("nano 8 %") << Tier::Nano << 0.08;
        QTest::newRow("micro 7 %") << Tier::Micro << 0.07;
        QTest::newRow("macro 2.5 %") << Tier::Macro << 0.025;
        QTest::newRow("mega 2 %") << Tier::Mega << 0.02;
    }
    void benchmark_defaults()
    {
        QFETCH(Tier, tier);
        QFETCH(double, rate);
        const TierScheme s = TierScheme::defaults();
        const auto b = s.benchmark(tier);
        QVERIFY(b.has_value());
        QCOMPARE(b->engagementRate, rate);
        QVERIFY(!b->source.isEmpty());
        for (Platform p : allPlatforms()) { // no platform overrides by default
            const auto bp = s.benchmark(tier, p);
            QVERIFY(bp.has_value());
            QCOMPARE(bp->engagementRate, rate);
        }
    }

    void benchmark_emergingHasNone()
    {
        const TierScheme s;
        QVERIFY(!s.benchmark(Tier::Emerging).has_value());
        QVERIFY(!s.benchmark(Tier::Emerging, Platform::TikTok).has_value());
    }

    void benchmark_platformOverrideWinsAndClears()
    {
        TierScheme s;
        const Benchmark tiktok{0.09, QStringLiteral("TikTok study")};
        s.setPlatformBenchmark(Platform::TikTok, Tier::Micro, tiktok);
        QCOMPARE(s.benchmark(Tier::Micro, Platform::TikTok)->engagementRate, 0.09);
        QCOMPARE(s.benchmark(Tier::Micro, Platform::TikTok)->source, QStringLiteral("TikTok study"));
        QCOMPARE(s.benchmark(Tier::Micro, Platform::Instagram)->engagementRate, 0.07);
        QCOMPARE(s.benchmark(Tier::Micro)->engagementRate, 0.07);
        QCOMPARE(s.benchmark(Tier::Macro, Platform::TikTok)->engagementRate, 0.025);
        QVERIFY(s.platformBenchmark(Platform::TikTok, Tier::Micro) == tiktok);
        QVERIFY(!s.platformBenchmark(Platform::TikTok, Tier::Macro));
        QVERIFY(!s.platformBenchmark(Platform::Instagram, Tier::Micro));

        // The override outlives a change of the generic benchmark.
        s.setBenchmark(Tier::Micro, Benchmark{0.06, QStringLiteral("own")});
        QCOMPARE(s.benchmark(Tier::Micro, Platform::TikTok)->engagementRate, 0.09);
        QCOMPARE(s.benchmark(Tier::Micro, Platform::YouTube)->engagementRate, 0.06);

        s.clearPlatformBenchmark(Platform::TikTok, Tier::Micro);
        QVERIFY(!s.platformBenchmark(Platform::TikTok, Tier::Micro));
        QCOMPARE(s.benchmark(Tier::Micro, Platform::TikTok)->engagementRate, 0.06);
        QCOMPARE(s.benchmark(Tier::Micro, Platform::TikTok)->source, QStringLiteral("own"));
    }

    void isValid_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("valid");
        QTest::newRow("defaults") << QString() << true;
        QTest::newRow("custom ascending") << QStringLiteral("custom") << true;
        QTest::newRow("nano threshold 0") << QStringLiteral("nano=0") << false;
        QTest::newRow("nano threshold negative") << QStringLiteral("nano=-5") << false;
        QTest::newRow("micro equals nano") << QStringLiteral("micro=1000") << false;
        QTest::newRow("micro below nano") << QStringLiteral("micro=500") << false;
        QTest::newRow("macro below micro") << QStringLiteral("macro=9000") << false;
        QTest::newRow("mega equals macro") << QStringLiteral("mega=100000") << false;
        QTest::newRow("er 0 allowed") << QStringLiteral("er=0") << true;
        QTest::newRow("er 1 allowed") << QStringLiteral("er=1") << true;
        QTest::newRow("er negative") << QStringLiteral("er=-0.01") << false;
        QTest::newRow("er above 1") << QStringLiteral("er=1.01") << false;
        QTest::newRow("er 7 (percent, not fraction)") << QStringLiteral("er=7") << false;
        QTest::newRow("platform er above 1") << QStringLiteral("per=2") << false;
        QTest::newRow("platform er negative") << QStringLiteral("per=-1") << false;
    }
    void isValid()
    {
        QFETCH(QString, change);
        QFETCH(bool, valid);
        TierScheme s;
        const QString what = change.section(u'=', 0, 0);
        const double v = change.section(u'=', 1, 1).toDouble();
        if (what == u"custom")
            s = customised();
        else if (what == u"nano")
            s.setLowerBound(Tier::Nano, qint64(v));
        else if (what == u"micro")
            s.setLowerBound(Tier::Micro, qint64(v));
        else if (what == u"macro")
            s.setLowerBound(Tier::Macro, qint64(v));
        else if (what == u"mega")
            s.setLowerBound(Tier::Mega, qint64(v));
        else if (what == u"er")
            s.setBenchmark(Tier::Macro, Benchmark{v, QString()});
        else if (what == u"per")
            s.setPlatformBenchmark(Platform::YouTube, Tier::Nano, Benchmark{v, QString()});
        QString why;
        QCOMPARE(s.isValid(&why), valid);
        QCOMPARE(why.isEmpty(), valid); // a refusal says why
        QCOMPARE(s.isValid(), valid);   // and works without asking why
    }

    void json_roundTripIsEqual_data()
    {
        QTest::addColumn<bool>("custom");
        QTest::newRow("defaults") << false;
        QTest::newRow("customised") << true;
    }
    void json_roundTripIsEqual()
    {
        QFETCH(bool, custom);
        const TierScheme s = custom ? customised() : TierScheme::defaults();
        const QJsonObject json = s.toJson();
        // Through text too, as the settings table stores it.
        const QJsonObject reparsed =
            QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
        const auto back = TierScheme::fromJson(reparsed);
        QVERIFY(back.has_value());
        QVERIFY(*back == s);
        QCOMPARE(back->toJson(), json);
        QCOMPARE(back->benchmark(Tier::Micro, Platform::TikTok)->engagementRate,
                 s.benchmark(Tier::Micro, Platform::TikTok)->engagementRate);
        QCOMPARE(back->benchmark(Tier::Micro)->source, s.benchmark(Tier::Micro)->source);
        QCOMPARE(back->lowerBound(Tier::Mega), s.lowerBound(Tier::Mega));
    }

    void equality_seesEveryDifference()
    {
        const TierScheme base;
        TierScheme a;
        a.setLowerBound(Tier::Mega, 2'000'000);
        QVERIFY(!(a == base));
        TierScheme b;
        b.setBenchmark(Tier::Nano, Benchmark{0.08, QStringLiteral("other source")});
        QVERIFY(!(b == base));
        TierScheme c;
        c.setPlatformBenchmark(Platform::Instagram, Tier::Nano, Benchmark{0.08, QString()});
        QVERIFY(!(c == base));
        c.clearPlatformBenchmark(Platform::Instagram, Tier::Nano);
        QVERIFY(c == base);
    }

    void fromJson_rejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("tiers not an object") << QByteArray(R"({"tiers": 5})");
        QTest::newRow("tiers an array") << QByteArray(R"({"tiers": [1, 2, 3]})");
        QTest::newRow("tiers empty") << QByteArray(R"({"tiers": {}})");
        QTest::newRow("unrelated keys") << QByteArray(R"({"colour": "red", "size": 3})");
        QTest::newRow("a tier missing")
            << QByteArray(R"({"tiers": {"emerging": {"min_followers": 0},
                            "nano": {"min_followers": 1000}, "micro": {"min_followers": 10000},
                            "macro": {"min_followers": 100000}}})");
        QTest::newRow("a tier is a string")
            << QByteArray(R"({"tiers": {"emerging": {"min_followers": 0}, "nano": "x",
                            "micro": {"min_followers": 10000}, "macro": {"min_followers": 100000},
                            "mega": {"min_followers": 1000000}}})");
        QTest::newRow("thresholds descending")
            << QByteArray(R"({"tiers": {"emerging": {"min_followers": 0},
                            "nano": {"min_followers": 1000}, "micro": {"min_followers": 500000},
                            "macro": {"min_followers": 100000}, "mega": {"min_followers": 1000000}}})");
        QTest::newRow("benchmark out of range")
            << QByteArray(R"({"tiers": {"emerging": {"min_followers": 0},
                            "nano": {"min_followers": 1000, "benchmark": {"er": 8, "source": "pct"}},
                            "micro": {"min_followers": 10000}, "macro": {"min_followers": 100000},
                            "mega": {"min_followers": 1000000}}})");
        QTest::newRow("threshold not a number")
            << QByteArray(R"({"tiers": {"emerging": {"min_followers": 0},
                            "nano": {"min_followers": "lots"}, "micro": {"min_followers": 10000},
                            "macro": {"min_followers": 100000}, "mega": {"min_followers": 1000000}}})");
        QTest::newRow("benchmark rate not a number")
            << QByteArray(R"({"tiers": {"emerging": {"min_followers": 0},
                            "nano": {"min_followers": 1000, "benchmark": {"er": "8 %"}},
                            "micro": {"min_followers": 10000}, "macro": {"min_followers": 100000},
                            "mega": {"min_followers": 1000000}}})");
    }
    void fromJson_rejectsGarbage()
    {
        QFETCH(QByteArray, json);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        QVERIFY(!TierScheme::fromJson(doc.object()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTierScheme)
#include "tst_tier_scheme.moc"
