// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/campaign_math.h"
#include "core/analytics/checked_arithmetic.h"

#include "tests/core/support/compare_optional.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tierscope::core;
using tierscope::test::compareOptional;

namespace {

// Data tables carry optional numbers as QVariant: an invalid QVariant is "unknown".
const QVariant unknown;

std::optional<double> optD(const QVariant &v)
{
    return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<qint64> optI(const QVariant &v)
{
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}

} // namespace

class TestCampaignMath : public QObject
{
    Q_OBJECT

private slots:
    void expectedEngagements_data()
    {
        QTest::addColumn<QVariant>("followers");
        QTest::addColumn<QVariant>("er");
        QTest::addColumn<int>("deliverables");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("one post") << QVariant(48'700) << QVariant(0.069) << 1 << QVariant(3360.3);
        QTest::newRow("three posts") << QVariant(10'000) << QVariant(0.05) << 3 << QVariant(1500.0);
        QTest::newRow("zero ER is zero engagements")
            << QVariant(10'000) << QVariant(0.0) << 1 << QVariant(0.0);
        QTest::newRow("unknown ER") << QVariant(10'000) << unknown << 1 << unknown;
        QTest::newRow("unknown followers") << unknown << QVariant(0.05) << 1 << unknown;
        QTest::newRow("no deliverable") << QVariant(10'000) << QVariant(0.05) << 0 << unknown;
    }
    void expectedEngagements()
    {
        QFETCH(QVariant, followers);
        QFETCH(QVariant, er);
        QFETCH(int, deliverables);
        QFETCH(QVariant, expected);
        compareOptional(
            tierscope::core::expectedEngagements(optI(followers), optD(er), deliverables),
            expected);
    }

    void expectedImpressions_data()
    {
        QTest::addColumn<QVariant>("followers");
        QTest::addColumn<QVariant>("avgViews");
        QTest::addColumn<double>("defaultViewRate");
        QTest::addColumn<int>("deliverables");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("avg views win over the default rate")
            << QVariant(100'000) << QVariant(31'000.0) << 0.45 << 1 << QVariant(31'000.0);
        QTest::newRow("unknown views: followers × default rate")
            << QVariant(100'000) << unknown << 0.45 << 1 << QVariant(45'000.0);
        QTest::newRow("two posts, default rate")
            << QVariant(48'700) << unknown << 0.25 << 2 << QVariant(24'350.0);
        QTest::newRow("two posts, views")
            << QVariant(48'700) << QVariant(9'000.0) << 0.25 << 2 << QVariant(18'000.0);
        QTest::newRow("measured zero views stay zero")
            << QVariant(48'700) << QVariant(0.0) << 0.25 << 1 << QVariant(0.0);
        QTest::newRow("neither views nor followers") << unknown << unknown << 0.25 << 1 << unknown;
        QTest::newRow("views without followers")
            << unknown << QVariant(5'000.0) << 0.25 << 1 << QVariant(5'000.0);
    }
    void expectedImpressions()
    {
        QFETCH(QVariant, followers);
        QFETCH(QVariant, avgViews);
        QFETCH(double, defaultViewRate);
        QFETCH(int, deliverables);
        QFETCH(QVariant, expected);
        compareOptional(tierscope::core::expectedImpressions(optI(followers), optD(avgViews),
                                                             defaultViewRate, deliverables),
                        expected);
    }

    // Fees in minor units; CPE in minor units per engagement, CPM per thousand impressions.
    void costPerEngagement_data()
    {
        QTest::addColumn<QVariant>("fee");
        QTest::addColumn<QVariant>("followers");
        QTest::addColumn<QVariant>("er");
        QTest::addColumn<QVariant>("expected");
        // $420 for 48,700 × 6.9 % = 3,360.3 engagements: 12.4989… ¢ each.
        QTest::newRow("micro post") << QVariant(42'000) << QVariant(48'700) << QVariant(0.069)
                                    << QVariant(42'000.0 / 3'360.3);
        QTest::newRow("round numbers")
            << QVariant(15'000) << QVariant(12'000) << QVariant(0.05) << QVariant(25.0);
        QTest::newRow("free post costs nothing")
            << QVariant(0) << QVariant(12'000) << QVariant(0.05) << QVariant(0.0);
        QTest::newRow("zero ER: unknown, not infinite")
            << QVariant(15'000) << QVariant(12'000) << QVariant(0.0) << unknown;
        QTest::newRow("zero followers: unknown")
            << QVariant(15'000) << QVariant(0) << QVariant(0.05) << unknown;
        QTest::newRow("unknown ER") << QVariant(15'000) << QVariant(12'000) << unknown << unknown;
        QTest::newRow("unknown fee") << unknown << QVariant(12'000) << QVariant(0.05) << unknown;
        QTest::newRow("fee 2^63-1: unknown, not a figure")
            << QVariant(std::numeric_limits<qint64>::max()) << QVariant(12'000) << QVariant(0.05)
            << unknown;
        QTest::newRow("followers 2^63-1: a tiny but true CPE")
            << QVariant(15'000) << QVariant(std::numeric_limits<qint64>::max()) << QVariant(0.05)
            << QVariant(15'000.0 / (9223372036854775807.0 * 0.05));
    }
    void costPerEngagement()
    {
        QFETCH(QVariant, fee);
        QFETCH(QVariant, followers);
        QFETCH(QVariant, er);
        QFETCH(QVariant, expected);
        compareOptional(
            tierscope::core::costPerEngagement(
                optI(fee), tierscope::core::expectedEngagements(optI(followers), optD(er))),
            expected);
    }

    void costPerMille_data()
    {
        QTest::addColumn<QVariant>("fee");
        QTest::addColumn<QVariant>("followers");
        QTest::addColumn<QVariant>("avgViews");
        QTest::addColumn<double>("defaultViewRate");
        QTest::addColumn<QVariant>("expected");
        // $420 / (48,700 × 25 %) × 1000 = 3,449.69… ¢ ($34.50) per thousand.
        QTest::newRow("unknown views fall back to the default rate")
            << QVariant(42'000) << QVariant(48'700) << unknown << 0.25
            << QVariant(42'000.0 / 12'175.0 * 1000.0);
        QTest::newRow("known views") << QVariant(42'000) << QVariant(48'700) << QVariant(21'000.0)
                                     << 0.25 << QVariant(2'000.0);
        QTest::newRow("TikTok default rate")
            << QVariant(9'000) << QVariant(100'000) << unknown << 0.45 << QVariant(200.0);
        QTest::newRow("zero views: unknown")
            << QVariant(9'000) << QVariant(100'000) << QVariant(0.0) << 0.45 << unknown;
        QTest::newRow("unknown fee") << unknown << QVariant(100'000) << unknown << 0.45 << unknown;
        QTest::newRow("no reach known") << QVariant(9'000) << unknown << unknown << 0.45 << unknown;
        QTest::newRow("fee 2^63-1: unknown")
            << QVariant(std::numeric_limits<qint64>::max()) << QVariant(100'000) << unknown << 0.45
            << unknown;
    }
    void costPerMille()
    {
        QFETCH(QVariant, fee);
        QFETCH(QVariant, followers);
        QFETCH(QVariant, avgViews);
        QFETCH(double, defaultViewRate);
        QFETCH(QVariant, expected);
        compareOptional(
            tierscope::core::costPerMille(optI(fee),
                                          tierscope::core::expectedImpressions(
                                              optI(followers), optD(avgViews), defaultViewRate)),
            expected);
    }

    void returnOnInvestment_data()
    {
        QTest::addColumn<QVariant>("revenue");
        QTest::addColumn<QVariant>("cost");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("profit") << QVariant(125'000) << QVariant(100'000) << QVariant(0.25);
        QTest::newRow("loss") << QVariant(40'000) << QVariant(100'000) << QVariant(-0.6);
        QTest::newRow("break-even") << QVariant(100'000) << QVariant(100'000) << QVariant(0.0);
        QTest::newRow("no revenue yet is a total loss")
            << QVariant(0) << QVariant(100'000) << QVariant(-1.0);
        QTest::newRow("zero cost: unknown") << QVariant(5'000) << QVariant(0) << unknown;
        QTest::newRow("unknown revenue") << unknown << QVariant(100'000) << unknown;
        QTest::newRow("unknown cost") << QVariant(5'000) << unknown << unknown;
        // A revenue sum held at qint64's end is too large to compute: no ratio of it.
        QTest::newRow("revenue 2^63-1: unknown, not +9e13 %")
            << QVariant(std::numeric_limits<qint64>::max()) << QVariant(100'000) << unknown;
        QTest::newRow("revenue -2^63: unknown, not a wrapped difference")
            << QVariant(std::numeric_limits<qint64>::min()) << QVariant(100'000) << unknown;
        QTest::newRow("cost 2^63-1: unknown")
            << QVariant(100'000) << QVariant(std::numeric_limits<qint64>::max()) << unknown;
        QTest::newRow("revenue 10^13, cost 10^11+1 is exact")
            << QVariant(qint64(10'000'000'000'000)) << QVariant(qint64(100'000'000'001))
            << QVariant((1e13 - 100'000'000'001.0) / 100'000'000'001.0);
    }
    void returnOnInvestment()
    {
        QFETCH(QVariant, revenue);
        QFETCH(QVariant, cost);
        QFETCH(QVariant, expected);
        compareOptional(tierscope::core::returnOnInvestment(optI(revenue), optI(cost)), expected);
    }

    void returnOnInvestment_money()
    {
        const Money cost(100'000, QStringLiteral("USD"));
        compareOptional(
            tierscope::core::returnOnInvestment(Money(150'000, QStringLiteral("USD")), cost), 0.5);
        // No exchange rates offline: different currencies give no ROI rather than a wrong one.
        compareOptional(
            tierscope::core::returnOnInvestment(Money(150'000, QStringLiteral("EUR")), cost),
            unknown);
        compareOptional(tierscope::core::returnOnInvestment(std::nullopt, cost), unknown);
    }

    // Checked sums and products: exact inside qint64, else held at its end (and sticky there).
    void checkedArithmetic_data()
    {
        QTest::addColumn<char>("op");
        QTest::addColumn<qint64>("a");
        QTest::addColumn<qint64>("b");
        QTest::addColumn<qint64>("expected");
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        constexpr qint64 min = std::numeric_limits<qint64>::min();
        constexpr qint64 half = qint64(1) << 62;
        using checked::kTooLarge;
        QTest::newRow("small sum") << '+' << qint64(2) << qint64(3) << qint64(5);
        QTest::newRow("2^63-1 + 1") << '+' << max << qint64(1) << kTooLarge;
        QTest::newRow("2^62 + 2^62") << '+' << half << half << kTooLarge;
        QTest::newRow("2^62 + (2^62 - 2) fits")
            << '+' << half << half - 2 << qint64(max - 1);
        QTest::newRow("-2^62 - 2^62") << '+' << -half << -half << -kTooLarge;
        QTest::newRow("-2^63 is an end too") << '+' << min << qint64(5) << -kTooLarge;
        QTest::newRow("an end is sticky") << '+' << kTooLarge << qint64(-5) << kTooLarge;
        QTest::newRow("budget − too large") << '-' << qint64(100'000) << kTooLarge << -kTooLarge;
        QTest::newRow("0 − 2^63-1") << '-' << qint64(0) << max << -kTooLarge;
        QTest::newRow("-2 − (2^63-2)") << '-' << qint64(-2) << max - 1 << -kTooLarge;
        QTest::newRow("small difference") << '-' << qint64(100) << qint64(250) << qint64(-150);
        QTest::newRow("10^13 × 10^4 = 10^17") << '*' << qint64(10'000'000'000'000)
                                              << qint64(10'000)
                                              << qint64(100'000'000'000'000'000);
        QTest::newRow("10^11 × 10^13") << '*' << qint64(100'000'000'000)
                                       << qint64(10'000'000'000'000) << kTooLarge;
        QTest::newRow("-10^11 × 10^13") << '*' << qint64(-100'000'000'000)
                                        << qint64(10'000'000'000'000) << -kTooLarge;
        QTest::newRow("too large × 0 stays too large")
            << '*' << kTooLarge << qint64(0) << kTooLarge;
    }
    void checkedArithmetic()
    {
        QFETCH(char, op);
        QFETCH(qint64, a);
        QFETCH(qint64, b);
        QFETCH(qint64, expected);
        const qint64 got = op == '+'   ? checked::add(a, b)
                           : op == '-' ? checked::subtract(a, b)
                                       : checked::multiply(a, b);
        QCOMPARE(got, expected);
    }

    void checkedArithmetic_intsAndDoubles()
    {
        QCOMPARE(checked::add(std::numeric_limits<int>::max() - 1, 1), checked::kTooLargeInt);
        QCOMPARE(checked::add(2'000'000'000, 2'000'000'000), checked::kTooLargeInt);
        QCOMPARE(checked::add(10'000, 10'000), 20'000);
        QCOMPARE(checked::roundedCount(2.5e15), std::optional<qint64>(2'500'000'000'000'000));
        QCOMPARE(checked::roundedCount(9.3e18), std::optional<qint64>());
        QCOMPARE(checked::roundedCount(-9.3e18), std::optional<qint64>());
        QCOMPARE(checked::roundedCount(std::numeric_limits<double>::infinity()),
                 std::optional<qint64>());
        QVERIFY(checked::isTooLarge(std::nan("")));
        QVERIFY(!checked::isTooLarge(9.2e18));
        QCOMPARE(checked::toDouble(checked::kTooLarge), std::optional<double>());
        QCOMPARE(checked::toDouble(qint64(42)), std::optional<double>(42.0));
        std::optional<qint64> sum;
        checked::addTo(sum, std::nullopt);
        QVERIFY(!sum);
        checked::addTo(sum, std::numeric_limits<qint64>::max());
        checked::addTo(sum, qint64(7));
        QCOMPARE(sum, std::optional<qint64>(checked::kTooLarge));
    }

    void roundedMoney_data()
    {
        QTest::addColumn<QVariant>("minor");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("CPE of 12.4989 ¢") << QVariant(42'000.0 / 3'360.3) << QVariant(12);
        QTest::newRow("half rounds away from zero") << QVariant(12.5) << QVariant(13);
        QTest::newRow("negative half too") << QVariant(-12.5) << QVariant(-13);
        QTest::newRow("below half") << QVariant(0.49) << QVariant(0);
        QTest::newRow("CPM of 3,449.69 ¢")
            << QVariant(42'000.0 / 12'175.0 * 1000.0) << QVariant(3'450);
        QTest::newRow("unknown") << unknown << unknown;
        QTest::newRow("infinite is unknown")
            << QVariant(std::numeric_limits<double>::infinity()) << unknown;
    }
    void roundedMoney()
    {
        QFETCH(QVariant, minor);
        QFETCH(QVariant, expected);
        const auto m = tierscope::core::roundedMoney(optD(minor), QStringLiteral("USD"));
        if (!expected.isValid()) {
            QVERIFY(!m.has_value());
            return;
        }
        QVERIFY(m.has_value());
        QCOMPARE(m->minor(), expected.toLongLong());
        QCOMPARE(m->currency(), QStringLiteral("USD"));
    }
};

QTEST_GUILESS_MAIN(TestCampaignMath)
#include "tst_campaign_math.moc"
