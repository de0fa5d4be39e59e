// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/quantiles.h"

#include <algorithm>
#include <cmath>

namespace tierscope::core {

namespace {

// Puts the order statistics of the given ranks (sorted, unique, relative to `first`) in place.
void selectRanks(double *first, double *last, const qsizetype *rankFirst, const qsizetype *rankLast,
                 qsizetype offset)
{
    if (rankFirst == rankLast || first == last)
        return;
    const qsizetype *mid = rankFirst + (rankLast - rankFirst) / 2;
    double *nth = first + (*mid - offset);
    std::nth_element(first, nth, last);
    selectRanks(first, nth, rankFirst, mid, offset);
    selectRanks(nth + 1, last, mid + 1, rankLast, *mid + 1);
}

} // namespace

std::optional<double> quantile(QList<double> &values, double q)
{
    if (values.isEmpty() || !(q >= 0.0 && q <= 1.0))
        return std::nullopt;
    const double pos = q * double(values.size() - 1);
    const auto lo = qsizetype(std::floor(pos));
    const double frac = pos - double(lo);
    std::nth_element(values.begin(), values.begin() + lo, values.end());
    const double a = values[lo];
    if (frac == 0.0 || lo + 1 >= values.size())
        return a;
    const double b = *std::min_element(values.begin() + lo + 1, values.end());
    return a + (b - a) * frac;
}

QList<std::optional<double>> quantiles(QList<double> &values, const QList<double> &qs)
{
    QList<std::optional<double>> out(qs.size());
    if (values.isEmpty())
        return out;
    const qsizetype n = values.size();
    QList<qsizetype> ranks;
    for (double q : qs) {
        if (!(q >= 0.0 && q <= 1.0))
            continue;
        const auto lo = qsizetype(std::floor(q * double(n - 1)));
        ranks << lo;
        if (lo + 1 < n)
            ranks << lo + 1;
    }
    std::sort(ranks.begin(), ranks.end());
    ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
    double *data = values.data(); // detaches once, before the partitioning
    selectRanks(data, data + n, ranks.constData(), ranks.constData() + ranks.size(), 0);
    for (qsizetype i = 0; i < qs.size(); ++i) {
        const double q = qs[i];
        if (!(q >= 0.0 && q <= 1.0))
            continue;
        const double pos = q * double(n - 1);
        const auto lo = qsizetype(std::floor(pos));
        const double frac = pos - double(lo);
        const double a = data[lo];
        out[i] = (frac == 0.0 || lo + 1 >= n) ? a : a + (data[lo + 1] - a) * frac;
    }
    return out;
}

std::optional<double> percentileRank(const QList<double> &sortedValues, double v)
{
    if (sortedValues.isEmpty())
        return std::nullopt;
    const auto lower = std::lower_bound(sortedValues.begin(), sortedValues.end(), v);
    const auto upper = std::upper_bound(sortedValues.begin(), sortedValues.end(), v);
    const double below = double(lower - sortedValues.begin());
    const double equal = double(upper - lower);
    return (below + 0.5 * equal) / double(sortedValues.size());
}

} // namespace tierscope::core
