// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/creator.h"
#include "core/domain/engagement.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tierscope::core;

Q_DECLARE_METATYPE(tierscope::core::ErSource)
Q_DECLARE_METATYPE(tierscope::core::ErBasis)

namespace {

// Data tables carry optional numbers as QVariant: an invalid QVariant is "unknown".
std::optional<double> optD(const QVariant &v)
{
    return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<qint64> optI(const QVariant &v)
{
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}

const QVariant unknown;

void compareRate(const std::optional<double> &actual, const QVariant &expected)
{
    if (!expected.isValid()) {
        QVERIFY2(!actual.has_value(), qPrintable(QStringLiteral("expected unknown, got %1")
                                                     .arg(actual.value_or(-1.0))));
        return;
    }
    QVERIFY2(actual.has_value(), "expected a value, got unknown");
    QCOMPARE(*actual, expected.toDouble());
}

} // namespace

class TestEngagement : public QObject
{
    Q_OBJECT

private slots:
    void interactionsTotal_data()
    {
        QTest::addColumn<QVariant>("likes");
        QTest::addColumn<QVariant>("comments");
        QTest::addColumn<QVariant>("shares");
        QTest::addColumn<QVariant>("total");
        QTest::newRow("all") << QVariant(500.0) << QVariant(50.0) << QVariant(20.0) << QVariant(570.0);
        QTest::newRow("likes only") << QVariant(500.0) << unknown << unknown << QVariant(500.0);
        QTest::newRow("comments only") << unknown << QVariant(7.0) << unknown << QVariant(7.0);
        QTest::newRow("none") << unknown << unknown << unknown << unknown;
        QTest::newRow("known zeros are zero, not unknown") << QVariant(0.0) << QVariant(0.0) << unknown
                                                          << QVariant(0.0);
    }
    void interactionsTotal()
    {
        QFETCH(QVariant, likes);
        QFETCH(QVariant, comments);
        QFETCH(QVariant, shares);
        QFETCH(QVariant, total);
        const Interactions i{optD(likes), optD(comments), optD(shares)};
        compareRate(i.total(), total);
    }

    void engagementRate_data()
    {
        QTest::addColumn<QVariant>("followers");
        QTest::addColumn<QVariant>("likes");
        QTest::addColumn<QVariant>("comments");
        QTest::addColumn<QVariant>("shares");
        QTest::addColumn<QVariant>("rate");
        const QVariant f(qint64(10'000));
        QTest::newRow("all components") << f << QVariant(500.0) << QVariant(50.0) << QVariant(20.0)
                                        << QVariant(570.0 / 10'000.0);
        QTest::newRow("likes and comments, shares absent")
            << f << QVariant(500.0) << QVariant(50.0) << unknown << QVariant(550.0 / 10'000.0);
        QTest::newRow("likes only") << f << QVariant(500.0) << unknown << unknown << QVariant(0.05);
        QTest::newRow("shares only") << f << unknown << unknown << QVariant(30.0) << QVariant(0.003);
        QTest::newRow("no components is unknown") << f << unknown << unknown << unknown << unknown;
        QTest::newRow("zero interactions is zero") << f << QVariant(0.0) << unknown << unknown
                                                   << QVariant(0.0);
        QTest::newRow("followers 0 is unknown") << QVariant(qint64(0)) << QVariant(5.0) << QVariant(1.0)
                                                << QVariant(1.0) << unknown;
        QTest::newRow("followers unknown is unknown") << unknown << QVariant(5.0) << QVariant(1.0)
                                                      << QVariant(1.0) << unknown;
        QTest::newRow("followers negative is unknown") << QVariant(qint64(-100)) << QVariant(5.0)
                                                       << unknown << unknown << unknown;
        QTest::newRow("1 follower") << QVariant(qint64(1)) << QVariant(1.0) << unknown << unknown
                                    << QVariant(1.0);
        QTest::newRow("mega") << QVariant(qint64(2'000'000)) << QVariant(38'000.0) << QVariant(1'500.0)
                              << QVariant(500.0) << QVariant(40'000.0 / 2'000'000.0);
    }
    void engagementRate()
    {
        QFETCH(QVariant, followers);
        QFETCH(QVariant, likes);
        QFETCH(QVariant, comments);
        QFETCH(QVariant, shares);
        QFETCH(QVariant, rate);
        compareRate(tierscope::core::engagementRate(optI(followers),
                                                    Interactions{optD(likes), optD(comments), optD(shares)}),
                    rate);
    }

    void viewRate_data()
    {
        QTest::addColumn<QVariant>("followers");
        QTest::addColumn<QVariant>("views");
        QTest::addColumn<QVariant>("rate");
        QTest::newRow("quarter") << QVariant(qint64(10'000)) << QVariant(2'500.0) << QVariant(0.25);
        QTest::newRow("above one (viral)") << QVariant(qint64(10'000)) << QVariant(15'000.0) << QVariant(1.5);
        QTest::newRow("zero views") << QVariant(qint64(10'000)) << QVariant(0.0) << QVariant(0.0);
        QTest::newRow("views unknown") << QVariant(qint64(10'000)) << unknown << unknown;
        QTest::newRow("followers unknown") << unknown << QVariant(2'500.0) << unknown;
        QTest::newRow("followers 0") << QVariant(qint64(0)) << QVariant(2'500.0) << unknown;
        QTest::newRow("followers negative") << QVariant(qint64(-1)) << QVariant(2'500.0) << unknown;
    }
    void viewRate()
    {
        QFETCH(QVariant, followers);
        QFETCH(QVariant, views);
        QFETCH(QVariant, rate);
        compareRate(tierscope::core::viewRate(optI(followers), optD(views)), rate);
    }

    void engagementRateByViews_data()
    {
        QTest::addColumn<QVariant>("views");
        QTest::addColumn<QVariant>("likes");
        QTest::addColumn<QVariant>("comments");
        QTest::addColumn<QVariant>("rate");
        QTest::newRow("5 %") << QVariant(2'000.0) << QVariant(90.0) << QVariant(10.0) << QVariant(0.05);
        QTest::newRow("likes only") << QVariant(2'000.0) << QVariant(100.0) << unknown << QVariant(0.05);
        QTest::newRow("no interactions") << QVariant(2'000.0) << unknown << unknown << unknown;
        QTest::newRow("views 0") << QVariant(0.0) << QVariant(90.0) << unknown << unknown;
        QTest::newRow("views negative") << QVariant(-10.0) << QVariant(90.0) << unknown << unknown;
        QTest::newRow("views unknown") << unknown << QVariant(90.0) << QVariant(10.0) << unknown;
    }
    void engagementRateByViews()
    {
        QFETCH(QVariant, views);
        QFETCH(QVariant, likes);
        QFETCH(QVariant, comments);
        QFETCH(QVariant, rate);
        compareRate(tierscope::core::engagementRateByViews(optD(views),
                                                           Interactions{optD(likes), optD(comments), {}}),
                    rate);
    }

    void effectiveEr_data()
    {
        QTest::addColumn<QVariant>("reported");
        QTest::addColumn<QVariant>("followers");
        QTest::addColumn<QVariant>("likes");
        QTest::addColumn<QVariant>("views");
        QTest::addColumn<ErBasis>("basis");
        QTest::addColumn<QVariant>("rate");
        QTest::addColumn<ErSource>("source");
        QTest::addColumn<QString>("usedBasis"); // "" when not computed
        QTest::addColumn<bool>("flagged");
        const QVariant f(qint64(10'000));
        const auto F = ErBasis::Followers;
        const auto V = ErBasis::Views;
        QTest::newRow("reported kept over computed")
            << QVariant(0.0139) << f << QVariant(570.0) << unknown << F << QVariant(0.0139)
            << ErSource::Reported << QString() << false;
        QTest::newRow("reported kept on the views basis too")
            << QVariant(0.0139) << f << QVariant(570.0) << QVariant(2000.0) << V
            << QVariant(0.0139) << ErSource::Reported << QString() << false;
        QTest::newRow("reported zero is kept")
            << QVariant(0.0) << f << QVariant(570.0) << unknown << F << QVariant(0.0)
            << ErSource::Reported << QString() << false;
        QTest::newRow("reported without components")
            << QVariant(0.05) << unknown << unknown << unknown << F << QVariant(0.05)
            << ErSource::Reported << QString() << false;
        QTest::newRow("reported above 100 % is kept")
            << QVariant(1.7) << f << unknown << unknown << F << QVariant(1.7)
            << ErSource::Reported << QString() << false;
        QTest::newRow("computed by followers")
            << unknown << f << QVariant(570.0) << QVariant(2000.0) << F << QVariant(0.057)
            << ErSource::Computed << QStringLiteral("followers") << false;
        QTest::newRow("computed by views")
            << unknown << f << QVariant(570.0) << QVariant(2000.0) << V << QVariant(0.285)
            << ErSource::Computed << QStringLiteral("views") << false;
        QTest::newRow("views basis without views falls back to followers")
            << unknown << f << QVariant(570.0) << unknown << V << QVariant(0.057)
            << ErSource::Computed << QStringLiteral("followers") << false;
        QTest::newRow("likes above followers: by views, flagged")
            << unknown << f << QVariant(25'000.0) << QVariant(100'000.0) << F << QVariant(0.25)
            << ErSource::Computed << QStringLiteral("views") << true;
        QTest::newRow("likes above followers without views: kept above 100 %, flagged")
            << unknown << f << QVariant(25'000.0) << unknown << F << QVariant(2.5)
            << ErSource::Computed << QStringLiteral("followers") << true;
        QTest::newRow("likes above followers with a reported ER: kept, flagged")
            << QVariant(0.3) << f << QVariant(25'000.0) << unknown << V << QVariant(0.3)
            << ErSource::Reported << QString() << true;
        QTest::newRow("reported NaN falls back to computed")
            << QVariant(std::numeric_limits<double>::quiet_NaN()) << f << QVariant(570.0)
            << unknown << F << QVariant(0.057) << ErSource::Computed << QStringLiteral("followers")
            << false;
        QTest::newRow("unknown with neither")
            << unknown << f << unknown << unknown << V << unknown << ErSource::Unknown << QString()
            << false;
        QTest::newRow("unknown when followers unknown and nothing reported")
            << unknown << unknown << QVariant(570.0) << unknown << F << unknown
            << ErSource::Unknown << QString() << false;
    }
    void effectiveEr()
    {
        QFETCH(QVariant, reported);
        QFETCH(QVariant, followers);
        QFETCH(QVariant, likes);
        QFETCH(QVariant, views);
        QFETCH(ErBasis, basis);
        QFETCH(QVariant, rate);
        QFETCH(ErSource, source);
        QFETCH(QString, usedBasis);
        QFETCH(bool, flagged);
        const Interactions i{optD(likes), {}, {}};
        const EffectiveEr er =
            effectiveEngagementRate(optD(reported), optI(followers), optD(views), i, basis);
        compareRate(er.rate, rate);
        QCOMPARE(erSourceKey(er.source), erSourceKey(source));
        QCOMPARE(er.basis ? erBasisKey(*er.basis) : QString(), usedBasis);
        QCOMPARE(hasFlag(er.flags, QualityFlag::EngagementAboveFollowers), flagged);

        // Creator::applyEngagement does the same on a creator's own fields, with the basis of
        // its platform.
        Creator c;
        c.platform = Platform::TikTok;
        c.followers = optI(followers);
        c.avgLikes = optD(likes);
        c.avgViews = optD(views);
        c.engagementRate = 0.5; // stale values are replaced
        c.erSource = ErSource::Reported;
        c.qualityFlags = quint32(QualityFlag::EngagementAboveFollowers);
        ErBases bases;
        bases.tiktok = basis;
        bases.instagram = basis == ErBasis::Views ? ErBasis::Followers : ErBasis::Views;
        c.applyEngagement(optD(reported), bases);
        compareRate(c.engagementRate, rate);
        QCOMPARE(erSourceKey(c.erSource), erSourceKey(source));
        QCOMPARE(c.erBasis ? erBasisKey(*c.erBasis) : QString(), usedBasis);
        QCOMPARE(hasFlag(c.qualityFlags, QualityFlag::EngagementAboveFollowers), flagged);
        // What the ER is a share of: expected engagements per post = base × ER.
        if (c.engagementRate && c.erBasis == ErBasis::Views)
            QCOMPARE(c.engagementBase(), c.avgViews);
        else if (c.followers)
            QCOMPARE(c.engagementBase(), std::optional<double>(double(*c.followers)));
    }

    void erBases_defaultsFollowTheToolsMarketersUse()
    {
        const ErBases bases;
        QCOMPARE(bases.of(Platform::Instagram), ErBasis::Followers);
        QCOMPARE(bases.of(Platform::TikTok), ErBasis::Views);
        QCOMPARE(bases.of(Platform::YouTube), ErBasis::Views);
        QCOMPARE(erBasisFromKey(u"views"), std::optional<ErBasis>(ErBasis::Views));
        QCOMPARE(erBasisFromKey(u"Views"), std::optional<ErBasis>());
    }

    void erSourceKeys_roundTrip_data()
    {
        QTest::addColumn<ErSource>("source");
        QTest::addColumn<QString>("key");
        QTest::newRow("reported") << ErSource::Reported << QStringLiteral("reported");
        QTest::newRow("computed") << ErSource::Computed << QStringLiteral("computed");
        QTest::newRow("unknown") << ErSource::Unknown << QString();
    }
    void erSourceKeys_roundTrip()
    {
        QFETCH(ErSource, source);
        QFETCH(QString, key);
        QCOMPARE(erSourceKey(source), key);
        QVERIFY(erSourceFromKey(key) == source);
    }

    void erSourceFromKey_unknownKeysAreUnknown()
    {
        QVERIFY(erSourceFromKey(QStringLiteral("garbage")) == ErSource::Unknown);
        QVERIFY(erSourceFromKey(QStringLiteral("")) == ErSource::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestEngagement)
#include "tst_engagement.moc"
