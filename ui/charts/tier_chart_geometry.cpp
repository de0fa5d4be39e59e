// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/tier_chart_geometry.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace tierscope::ui {

namespace {

// The smallest round value (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k) that is ≥ v.
double niceCeil(double v)
{
    if (v <= 0.0)
        return 1.0;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (m * p >= v - 1e-12)
            return m * p;
    }
    return 10.0 * p;
}

} // namespace

double TierChartGeometry::x(double followers)
{
    return std::log10(std::max(1.0, followers));
}

QPointF TierChartGeometry::valuePoint(const core::TierChartPoint &p) const
{
    return {std::clamp(x(double(p.followers)), xMin, xMax),
            std::clamp(y(p.engagementRate), 0.0, yMax)};
}

QString TierChartGeometry::tickLabel(int power)
{
    static const char *const suffixes[] = {"", "k", "M", "B"};
    const int group = std::clamp(power / 3, 0, 3);
    const qint64 mantissa = qint64(std::llround(std::pow(10.0, power - group * 3)));
    return QString::number(mantissa) + QLatin1String(suffixes[group]);
}

TierChartGeometry TierChartGeometry::of(const core::TierChartData &data)
{
    TierChartGeometry g;
    const double nano = double(data.scheme.lowerBound(core::Tier::Nano));
    const double mega = double(data.scheme.lowerBound(core::Tier::Mega));
    double minFollowers = nano;
    double maxFollowers = std::max(1e7, mega * 10.0);
    QList<double> ers;
    ers.reserve(data.points.size());
    for (const core::TierChartPoint &p : data.points) {
        minFollowers = std::min(minFollowers, double(std::max<qint64>(1, p.followers)));
        maxFollowers = std::max(maxFollowers, double(p.followers));
        ers << y(p.engagementRate);
    }
    g.xMin = std::min(3.0, std::floor(x(minFollowers)));
    g.xMax = std::ceil(x(maxFollowers) - 1e-9);
    if (g.xMax <= g.xMin)
        g.xMax = g.xMin + 1.0;

    // Outliers (an ER of 60 % from a tiny account) must not squash the rest: the scale covers
    // 99 % of the points, every highlighted one, the benchmarks and the tiers' upper quartiles.
    double top = 0.0;
    if (!ers.isEmpty()) {
        std::sort(ers.begin(), ers.end());
        top = ers[std::min<qsizetype>(ers.size() - 1, qsizetype(double(ers.size()) * 0.99))];
    }
    for (const core::TierChartPoint &p : data.points) {
        if (p.highlighted)
            top = std::max(top, y(p.engagementRate));
    }
    for (const core::TierSummary &t : data.statistics.tiers) {
        if (t.benchmark)
            top = std::max(top, y(t.benchmark->engagementRate));
        if (t.upperQuartileEr)
            top = std::max(top, y(*t.upperQuartileEr));
    }
    g.yMax = niceCeil(std::max(1.0, top * 1.08));
    for (double e : std::as_const(ers)) {
        if (e > g.yMax)
            ++g.aboveScale;
    }
    return g;
}

} // namespace tierscope::ui
