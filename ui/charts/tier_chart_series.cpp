// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/tier_chart_series.h"

#include "core/common/display_format.h"
#include "ui/creators/tier_colors.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>

namespace tierscope::ui {

using core::Tier;

TierChartSeries::TierChartSeries(QChart *chart, QList<QAbstractAxis *> axes,
                                 const QPalette &palette, const TierChartGeometry &geometry)
    : m_chart(chart), m_axes(std::move(axes)), m_palette(palette), m_geometry(geometry)
{
}

void TierChartSeries::add(QAbstractSeries *series)
{
    m_chart->addSeries(series);
    for (QAbstractAxis *axis : std::as_const(m_axes))
        series->attachAxis(axis);
}

void TierChartSeries::addTiers(const core::TierChartData &data)
{
    const QLocale locale;
    for (Tier t : core::allTiers()) {
        const core::TierSummary &sum = data.statistics.tiers.at(int(t));
        QList<QPointF> points;
        for (const core::TierChartPoint &p : data.points) {
            if (p.tier == t && !p.highlighted)
                points << m_geometry.valuePoint(p);
        }
        if (sum.count == 0 && points.isEmpty())
            continue; // no legend entry for a tier nobody is in
        auto *series = new QScatterSeries;
        series->setObjectName(QStringLiteral("tier:") + core::tierKey(t));
        series->setName(tr("%1 · %2").arg(core::tierDisplayName(t), locale.toString(sum.count)));
        QColor color = TierColors::plot(t, m_palette);
        color.setAlpha(190); // dense clouds show their density
        series->setColor(color);
        series->setBorderColor(Qt::transparent);
        series->setPen(Qt::NoPen); // also much quicker to paint
        series->setMarkerSize(7.0);
        series->replace(points);
        add(series);
    }
}

void TierChartSeries::addBenchmarks(const core::TierChartData &data)
{
    // A line per basis the tier's ERs are on (docs/ENGAGEMENT.md): dashed by followers, dotted
    // by views. The basis is named once both kinds are drawn.
    const auto &tiers = data.statistics.tiers;
    const bool anyFollowers = std::any_of(tiers.cbegin(), tiers.cend(),
                                          [](const core::TierSummary &t) { return t.benchmark; });
    const bool anyViews = std::any_of(tiers.cbegin(), tiers.cend(),
                                      [](const core::TierSummary &t) { return t.viewsBenchmark; });
    addBenchmarkLines(data, core::ErBasis::Followers, anyFollowers && anyViews);
    addBenchmarkLines(data, core::ErBasis::Views, true);
}

void TierChartSeries::addBenchmarkLines(const core::TierChartData &data, core::ErBasis basis,
                                        bool sayBasis)
{
    const bool views = basis == core::ErBasis::Views;
    QPen pen(m_palette.color(QPalette::Text), 2.0, views ? Qt::DotLine : Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    bool first = true;
    for (const core::TierSummary &sum : data.statistics.tiers) {
        const std::optional<core::Benchmark> &benchmark = views ? sum.viewsBenchmark : sum.benchmark;
        if (!benchmark)
            continue;
        const double from = std::max(m_geometry.xMin,
                                     TierChartGeometry::x(double(data.scheme.lowerBound(sum.tier))));
        const auto upper = data.scheme.upperBoundExclusive(sum.tier);
        const double to = upper ? std::min(m_geometry.xMax, TierChartGeometry::x(double(*upper)))
                                : m_geometry.xMax;
        if (to <= from)
            continue;
        const double y = std::min(TierChartGeometry::y(benchmark->engagementRate), m_geometry.yMax);
        auto *series = new QLineSeries;
        series->setObjectName((views ? QStringLiteral("benchmark-views:")
                                     : QStringLiteral("benchmark:"))
                              + core::tierKey(sum.tier));
        series->setName(sayBasis ? (views ? tr("Benchmark by views") : tr("Benchmark by followers"))
                                 : tr("Benchmark"));
        series->setPen(pen);
        // Inset a little so neighbouring bands' lines do not join into one.
        const double inset = (to - from) * 0.03;
        series->append(from + inset, y);
        series->append((from + to) / 2.0, y);
        series->append(to - inset, y);
        const QString rate = core::format::percent(benchmark->engagementRate, 1);
        series->setPointLabelsFormat(sayBasis ? (views ? tr("by views %1").arg(rate)
                                                       : tr("by followers %1").arg(rate))
                                              : tr("benchmark %1").arg(rate));
        series->setPointLabelsColor(m_palette.color(QPalette::Text));
        series->setPointLabelsClipping(false);
        series->setPointLabelsVisible(true);
        // Only the middle point carries the label.
        series->setPointConfiguration(0, QXYSeries::PointConfiguration::LabelVisibility, false);
        series->setPointConfiguration(2, QXYSeries::PointConfiguration::LabelVisibility, false);
        add(series);
        if (!first) {
            for (QLegendMarker *marker : m_chart->legend()->markers(series))
                marker->setVisible(false);
        }
        first = false;
    }
}

void TierChartSeries::addMedians(const core::TierChartData &data)
{
    auto *series = new QScatterSeries;
    series->setObjectName(QStringLiteral("medians"));
    series->setName(tr("Median"));
    series->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    series->setMarkerSize(15.0);
    series->setColor(m_palette.color(QPalette::Text));
    series->setBorderColor(m_palette.color(QPalette::Base));
    series->setPen(QPen(m_palette.color(QPalette::Base), 2.0));
    for (const core::TierSummary &sum : data.statistics.tiers) {
        if (!sum.medianEr || !sum.medianFollowers)
            continue;
        series->append(std::clamp(TierChartGeometry::x(*sum.medianFollowers), m_geometry.xMin,
                                  m_geometry.xMax),
                       std::min(TierChartGeometry::y(*sum.medianEr), m_geometry.yMax));
        // The diamond in its tier's colour, outlined by the base colour; the legend keeps the
        // neutral colour of the series.
        series->setPointConfiguration(
            int(series->count() - 1), QXYSeries::PointConfiguration::Color,
            TierColors::plot(sum.tier, m_palette).darker(m_palette.color(QPalette::Base).lightness() < 128 ? 80 : 125));
    }
    add(series);
}

void TierChartSeries::addHighlights(const core::TierChartData &data, int maxLabelled)
{
    QList<const core::TierChartPoint *> highlighted;
    for (const core::TierChartPoint &p : data.points) {
        if (p.highlighted)
            highlighted << &p;
    }
    if (highlighted.isEmpty())
        return;
    const QColor ring = m_palette.color(QPalette::Text);
    const auto style = [&](QScatterSeries *s, Tier tier) {
        s->setColor(TierColors::plot(tier, m_palette));
        s->setBorderColor(ring);
        s->setPen(QPen(ring, 2.0));
        s->setMarkerSize(13.0);
    };
    if (highlighted.size() > maxLabelled) {
        auto *series = new QScatterSeries;
        series->setObjectName(QStringLiteral("highlights"));
        series->setName(tr("Highlighted (%1)").arg(highlighted.size()));
        style(series, Tier::Emerging);
        for (const core::TierChartPoint *p : std::as_const(highlighted)) {
            series->append(m_geometry.valuePoint(*p));
            series->setPointConfiguration(int(series->count() - 1),
                                          QXYSeries::PointConfiguration::Color,
                                          TierColors::plot(p->tier, m_palette));
        }
        add(series);
        return;
    }
    for (const core::TierChartPoint *p : std::as_const(highlighted)) {
        auto *series = new QScatterSeries;
        series->setObjectName(QStringLiteral("highlight:") + QString::number(p->creatorId));
        const QString handle = u'@' + p->handle;
        series->setName(p->matchesFilter ? handle : tr("%1 (outside the filter)").arg(handle));
        style(series, p->tier);
        series->append(m_geometry.valuePoint(*p));
        // Point labels are plain text; "@xPoint"/"@yPoint" are the only placeholders and
        // handles are lower case, so a handle is never read as one.
        series->setPointLabelsFormat(handle);
        series->setPointLabelsColor(ring);
        QFont font = series->pointLabelsFont();
        font.setBold(true);
        series->setPointLabelsFont(font);
        series->setPointLabelsClipping(false);
        series->setPointLabelsVisible(true);
        add(series);
    }
}

} // namespace tierscope::ui
