// SPDX-License-Identifier: GPL-3.0-or-later
// CheckedNumber::integerBound(): filter bounds typed as numbers never wrap around 64 bits.
#include "core/common/checked_number.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tierscope::core;

using Bound = std::optional<qint64>;
Q_DECLARE_METATYPE(Bound)
Q_DECLARE_METATYPE(BoundKind)

class TestCheckedNumber : public QObject
{
    Q_OBJECT

private slots:
    void integerBound_keepsTheMeaningBeyondTheRange_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<BoundKind>("kind");
        QTest::addColumn<double>("scale");
        QTest::addColumn<Bound>("expected");
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        constexpr qint64 min = std::numeric_limits<qint64>::min();
        const auto none = Bound();
        QTest::addRow("plain minimum") << 13800.0 << BoundKind::Minimum << 1.0 << Bound(13800);
        QTest::addRow("rounded to nearest") << 1.5 << BoundKind::Maximum << 1.0 << Bound(2);
        QTest::addRow("fee in minor units") << 0.29 << BoundKind::Maximum << 100.0 << Bound(29);
        QTest::addRow("zero") << 0.0 << BoundKind::Minimum << 1.0 << Bound(0);
        QTest::addRow("min 1e30: no one") << 1e30 << BoundKind::Minimum << 1.0 << Bound(max);
        QTest::addRow("max 1e30: no limit") << 1e30 << BoundKind::Maximum << 1.0 << none;
        QTest::addRow("min fee 1e17 × 100: no one") << 1e17 << BoundKind::Minimum << 100.0
                                                     << Bound(max);
        QTest::addRow("max fee 1e17 × 100: no limit") << 1e17 << BoundKind::Maximum << 100.0
                                                       << none;
        QTest::addRow("2^63 exactly: beyond") << 9223372036854775808.0 << BoundKind::Minimum
                                              << 1.0 << Bound(max);
        QTest::addRow("largest double below 2^63") << 9223372036854774784.0
                                                   << BoundKind::Maximum << 1.0
                                                   << Bound(9223372036854774784LL);
        QTest::addRow("scale overflows to infinity") << 1e307 << BoundKind::Minimum << 100.0
                                                     << Bound(max);
        QTest::addRow("min far below: no limit") << -1e30 << BoundKind::Minimum << 1.0 << none;
        QTest::addRow("max far below: no one") << -1e30 << BoundKind::Maximum << 1.0 << Bound(min);
        QTest::addRow("negative in range") << -5.0 << BoundKind::Minimum << 1.0 << Bound(-5);
    }
    void integerBound_keepsTheMeaningBeyondTheRange()
    {
        QFETCH(double, value);
        QFETCH(BoundKind, kind);
        QFETCH(double, scale);
        QFETCH(Bound, expected);
        const auto bound = CheckedNumber::integerBound(value, kind, scale);
        QVERIFY(bound.ok());
        QCOMPARE(*bound, expected);
    }

    void integerBound_refusesNanAndInfinity()
    {
        for (const double v : {std::nan(""), std::numeric_limits<double>::infinity(),
                               -std::numeric_limits<double>::infinity()}) {
            const auto bound = CheckedNumber::integerBound(v, BoundKind::Minimum);
            QVERIFY(!bound.ok());
            QCOMPARE(bound.error().code, Error::Code::InvalidArgument);
        }
    }
};

QTEST_GUILESS_MAIN(TestCheckedNumber)
#include "tst_checked_number.moc"
