// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/tier_chart_data.h"
#include "ui/charts/tier_chart_geometry.h"

#include <QCoreApplication>
#include <QList>
#include <QPalette>

class QAbstractAxis;
class QAbstractSeries;
class QChart;

namespace tierscope::ui {

// The series of the tier chart, added to a chart in drawing order (later ones on top). Their
// object names say what they are, for tests and hit testing: "tier:<key>", "benchmark:<key>",
// "medians", "highlight:<creator id>" (or "highlights" when there are many).
class TierChartSeries
{
    Q_DECLARE_TR_FUNCTIONS(TierChartSeries)

public:
    TierChartSeries(QChart *chart, QList<QAbstractAxis *> axes, const QPalette &palette,
                    const TierChartGeometry &geometry);

    void addTiers(const core::TierChartData &data); // highlighted creators are left out here
    void addBenchmarks(const core::TierChartData &data);
    void addMedians(const core::TierChartData &data);
    void addHighlights(const core::TierChartData &data, int maxLabelled);

private:
    void add(QAbstractSeries *series);
    void addBenchmarkLines(const core::TierChartData &data, core::ErBasis basis, bool sayBasis);

    QChart *m_chart;
    QList<QAbstractAxis *> m_axes;
    const QPalette &m_palette;
    const TierChartGeometry &m_geometry;
};

} // namespace tierscope::ui
