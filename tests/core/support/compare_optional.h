// SPDX-License-Identifier: GPL-3.0-or-later
// Checks an optional number against a data-table value: an invalid QVariant means "unknown".
#pragma once

#include <QString>
#include <QTest>
#include <QVariant>

#include <optional>

namespace tierscope::test {

// Fails the current test when actual is not the expected value (compared as qFuzzyCompare does,
// around 1 so that 0 compares too) or not unknown as expected. what names the value.
inline void compareOptional(const std::optional<double> &actual, const QVariant &expected,
                            const char *what = "value")
{
    const QString name = QLatin1String(what);
    if (!expected.isValid()) {
        QVERIFY2(!actual.has_value(),
                 qPrintable(QStringLiteral("%1: expected unknown, got %2")
                                .arg(name)
                                .arg(actual.value_or(-1), 0, 'g', 17)));
        return;
    }
    QVERIFY2(actual.has_value(),
             qPrintable(QStringLiteral("%1: expected %2, got unknown")
                            .arg(name)
                            .arg(expected.toDouble(), 0, 'g', 17)));
    QVERIFY2(qFuzzyCompare(1.0 + *actual, 1.0 + expected.toDouble()),
             qPrintable(QStringLiteral("%1: expected %2, got %3")
                            .arg(name)
                            .arg(expected.toDouble(), 0, 'g', 17)
                            .arg(*actual, 0, 'g', 17)));
}

} // namespace tierscope::test
