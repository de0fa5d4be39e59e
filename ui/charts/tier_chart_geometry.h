// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/tier_chart_data.h"

#include <QPointF>
#include <QString>

namespace tierscope::ui {

// Where things sit on the engagement-against-reach chart, in value space: x is log10(followers)
// (a log axis with labels of our own: 1k, 10k, …), y is ER in percent. Shared by the chart's
// series, its hit testing and anyone drawing over it.
struct TierChartGeometry
{
    double xMin = 3.0; // log10 of the lowest follower count shown (1k unless emerging creators)
    double xMax = 7.0; // … of the highest (at least 10M)
    double yMax = 10.0; // ER %, a round value above the benchmarks and nearly all points
    qint64 aboveScale = 0; // plotted points with an ER above yMax (drawn on the top edge)

    static TierChartGeometry of(const core::TierChartData &data);

    static double x(double followers); // log10, floored at 1 follower
    static double y(double engagementRate) { return engagementRate * 100.0; }
    QPointF valuePoint(const core::TierChartPoint &p) const; // clamped into the plot
    static QString tickLabel(int power); // 10^power as "100", "1k", "10M", …
};

} // namespace tierscope::ui
