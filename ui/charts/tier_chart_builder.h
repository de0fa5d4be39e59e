// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/tier_chart_data.h"
#include "ui/charts/tier_chart_geometry.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>
#include <QRectF>
#include <QString>

class QChart;
class QPainter;

namespace tierscope::ui {

// Builds the engagement-against-reach chart from core::TierChartData: one scatter series per
// tier in its colour, highlighted creators (selected or compared) on top with their handles,
// the tier bands along the top axis, each tier's benchmark ER as a dashed line over its band
// and a diamond at each tier's median (median followers, median ER). Used by the Insights and
// Compare views and by reports: render() paints the chart and its caption on any QPainter
// device at any size, as vectors on PDF and SVG devices (no OpenGL series).
class TierChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TierChartBuilder)

public:
    // More highlighted creators than this share one legend entry and carry no labels.
    static constexpr int kMaxLabelledHighlights = 8;

    explicit TierChartBuilder(core::TierChartData data, QPalette palette = QPalette(),
                              QLocale locale = QLocale());

    const core::TierChartData &data() const { return m_data; }
    const TierChartGeometry &geometry() const { return m_geometry; }

    // A new chart (the caller owns it), without animations.
    QChart *createChart() const;
    // What is plotted and how the points were chosen (the sampling note, plus the scale).
    QString caption() const;

    // Paints the chart with its caption underneath into `target` (the painter's logical units;
    // fonts are laid out for about 96 units per inch, so scale the painter for print devices).
    void render(QPainter *painter, const QRectF &target) const;

    // Hover texts, plain text (escape them for rich-text tooltips).
    QString pointText(const core::TierChartPoint &p) const;
    QString medianText(const core::TierSummary &t) const;
    QString benchmarkText(const core::TierSummary &t,
                          core::ErBasis basis = core::ErBasis::Followers) const;
    // The ER axis's title: which basis each platform shown is on.
    QString erAxisTitle() const;

private:
    core::TierChartData m_data;
    QPalette m_palette;
    QLocale m_locale;
    TierChartGeometry m_geometry;
};

} // namespace tierscope::ui
