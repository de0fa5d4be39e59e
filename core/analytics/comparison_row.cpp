// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/comparison_row.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace tierscope::core {

namespace {

bool tied(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

} // namespace

void ComparisonRow::markBest()
{
    for (ComparisonCell &c : cells)
        c.best = false;
    markingNote.clear();
    if (rule == BetterWhen::NotRanked)
        return;

    QStringList currencies; // groups, in order of first appearance
    for (const ComparisonCell &c : std::as_const(cells)) {
        if (c.value && !currencies.contains(c.currency))
            currencies << c.currency;
    }
    qsizetype knownTotal = 0;
    for (const QString &currency : std::as_const(currencies)) {
        std::optional<double> best;
        qsizetype known = 0;
        for (const ComparisonCell &c : std::as_const(cells)) {
            if (!c.value || c.currency != currency)
                continue;
            ++known;
            if (!best || (rule == BetterWhen::Higher ? *c.value > *best : *c.value < *best))
                best = c.value;
        }
        knownTotal += known;
        if (known < 2)
            continue;
        for (ComparisonCell &c : cells) {
            if (c.value && c.currency == currency && tied(*c.value, *best))
                c.best = true;
        }
    }

    if (currencies.size() > 1)
        markingNote =
            tr("Amounts in different currencies (%1) are not compared with each other: the "
               "best is marked within each currency.")
                .arg(currencies.join(QStringLiteral(", ")));
    else if (knownTotal < 2)
        markingNote = tr("Fewer than two known values: nothing is marked.");
}

QString ComparisonRow::ruleText(BetterWhen rule)
{
    switch (rule) {
    case BetterWhen::Higher:
        return tr("Higher is better");
    case BetterWhen::Lower:
        return tr("Lower is better");
    case BetterWhen::NotRanked:
        break;
    }
    return {};
}

} // namespace tierscope::core
