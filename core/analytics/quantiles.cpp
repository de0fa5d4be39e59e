// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/quantiles.h"

#include <algorithm>
#include <cmath>

namespace tierscope::core {

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
