// SPDX-License-Identifier: GPL-3.0-or-later
// CheckedNumber::saturatedInteger(): filter bounds typed as numbers never wrap around 64 bits.
#include "core/common/checked_number.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tierscope::core;

class TestCheckedNumber : public QObject
{
    Q_OBJECT

private slots:
    void saturatedInteger_neverWraps_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("scale");
        QTest::addColumn<qint64>("expected");
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        constexpr qint64 min = std::numeric_limits<qint64>::min();
        QTest::addRow("plain") << 13800.0 << 1.0 << qint64(13800);
        QTest::addRow("rounded to nearest") << 1.5 << 1.0 << qint64(2);
        QTest::addRow("fee in minor units") << 0.29 << 100.0 << qint64(29);
        QTest::addRow("zero") << 0.0 << 1.0 << qint64(0);
        QTest::addRow("1e30") << 1e30 << 1.0 << max;
        QTest::addRow("fee 1e17 × 100") << 1e17 << 100.0 << max;
        QTest::addRow("2^63 exactly: beyond") << 9223372036854775808.0 << 1.0 << max;
        QTest::addRow("largest double below 2^63") << 9223372036854774784.0 << 1.0
                                                   << qint64(9223372036854774784LL);
        QTest::addRow("scale overflows to infinity") << 1e307 << 100.0 << max;
        QTest::addRow("-1e30") << -1e30 << 1.0 << min;
        QTest::addRow("-2^63 exactly: in range") << -9223372036854775808.0 << 1.0 << min;
        QTest::addRow("negative in range") << -5.0 << 1.0 << qint64(-5);
    }
    void saturatedInteger_neverWraps()
    {
        QFETCH(double, value);
        QFETCH(double, scale);
        QFETCH(qint64, expected);
        const auto v = CheckedNumber::saturatedInteger(value, scale);
        QVERIFY(v.ok());
        QCOMPARE(*v, expected);
    }

    void saturatedInteger_refusesNanAndInfinity()
    {
        for (const double v : {std::nan(""), std::numeric_limits<double>::infinity(),
                               -std::numeric_limits<double>::infinity()}) {
            const auto r = CheckedNumber::saturatedInteger(v);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, Error::Code::InvalidArgument);
        }
    }
};

QTEST_GUILESS_MAIN(TestCheckedNumber)
#include "tst_checked_number.moc"
