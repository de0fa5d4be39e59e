// SPDX-License-Identifier: GPL-3.0-or-later
// The creators filter panel turns typed bounds into the filter's 64-bit integers without
// wrapping: "1e30" followers is beyond every real count, not −2^63.
#include "ui/creators/creator_filter_panel.h"

#include <QLineEdit>
#include <QtTest>

#include <limits>

using namespace tierscope;
using namespace Qt::StringLiterals;

namespace {

// The panel's field whose tooltip starts with `toolTip`.
QLineEdit *field(const ui::CreatorFilterPanel &panel, const QString &toolTip)
{
    for (QLineEdit *e : panel.findChildren<QLineEdit *>()) {
        if (e->toolTip().startsWith(toolTip))
            return e;
    }
    return nullptr;
}

} // namespace

class TestFilterPanelBounds : public QObject
{
    Q_OBJECT

private slots:
    void filter_boundsBeyondTheRangeSaturate_data()
    {
        QTest::addColumn<QString>("toolTip");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        constexpr qint64 min = std::numeric_limits<qint64>::min();
        QTest::addRow("min followers 1e30") << u"At least this many followers"_s << u"1e30"_s << max;
        QTest::addRow("max followers 1e30") << u"At most this many followers"_s << u"1e30"_s << max;
        QTest::addRow("max followers 1.2M") << u"At most this many followers"_s << u"1.2M"_s
                                            << qint64(1'200'000);
        QTest::addRow("min fee 1e17") << u"Typical fee per post at least"_s << u"1e17"_s << max;
        QTest::addRow("max fee 1e17") << u"Typical fee per post at most"_s << u"1e17"_s << max;
        QTest::addRow("max fee -1e30") << u"Typical fee per post at most"_s << u"-1e30"_s << min;
    }
    void filter_boundsBeyondTheRangeSaturate()
    {
        QFETCH(QString, toolTip);
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        ui::CreatorFilterPanel panel;
        QLineEdit *edit = field(panel, toolTip);
        QVERIFY2(edit, qPrintable(toolTip));
        edit->setText(text);
        const core::CreatorFilter f = panel.filter();
        const std::optional<qint64> bound = toolTip.startsWith(u"At least this many")
                                                ? f.minFollowers
                                            : toolTip.startsWith(u"At most this many")
                                                ? f.maxFollowers
                                            : toolTip.contains(u"at least") ? f.minFeeMinor
                                                                            : f.maxFeeMinor;
        QVERIFY(bound.has_value());
        QCOMPARE(*bound, expected);
    }
};

QTEST_MAIN(TestFilterPanelBounds)
#include "tst_filter_panel_bounds.moc"
