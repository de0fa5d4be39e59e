// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/tier_chart_builder.h"

#include "core/common/display_format.h"
#include "core/domain/er_basis_text.h"
#include "ui/charts/tier_chart_series.h"
#include "ui/creators/tier_colors.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QTextOption>
#include <QValueAxis>

#include <cmath>

namespace tierscope::ui {

using core::Tier;
using core::TierChartPoint;
using core::TierSummary;

namespace {

// A round tick step giving four to eight ticks up to yMax.
double tickStep(double yMax)
{
    for (double step : {0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 50.0}) {
        if (yMax / step <= 8.0)
            return step;
    }
    return 100.0;
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

} // namespace

TierChartBuilder::TierChartBuilder(core::TierChartData data, QPalette palette, QLocale locale)
    : m_data(std::move(data)),
      m_palette(std::move(palette)),
      m_locale(std::move(locale)),
      m_geometry(TierChartGeometry::of(m_data))
{
}

QString TierChartBuilder::caption() const
{
    QString text = m_data.samplingNote(m_locale);
    if (m_geometry.aboveScale > 0)
        text += u' '
            + tr("Points with an ER above %1 (%2 of them) are drawn on the top edge.")
                  .arg(core::format::percent(m_geometry.yMax / 100.0, 0, m_locale),
                       m_locale.toString(m_geometry.aboveScale));
    return text;
}

QString TierChartBuilder::pointText(const TierChartPoint &p) const
{
    QString text = u'@' + p.handle + u'\n'
        + tr("%1 · %2").arg(core::platformDisplayName(p.platform), core::tierDisplayName(p.tier))
        + u'\n' + tr("%1 followers").arg(m_locale.toString(p.followers)) + u'\n'
        + tr("ER %1").arg(core::format::percent(p.engagementRate, 2, m_locale))
        + (p.erBasis ? u' ' + core::ErBasisText::basis(*p.erBasis)
                     : u' ' + tr("(reported by the source)"));
    if (p.flagged)
        text += u'\n' + tr("⚑ Engagement above followers");
    if (!p.matchesFilter)
        text += u'\n' + tr("Outside the current filter");
    return text;
}

QString TierChartBuilder::medianText(const TierSummary &t) const
{
    return tr("%1 median: ER %2 (middle half %3 – %4)")
               .arg(core::tierDisplayName(t.tier),
                    core::format::percent(t.medianEr, 1, m_locale),
                    core::format::percent(t.lowerQuartileEr, 1, m_locale),
                    core::format::percent(t.upperQuartileEr, 1, m_locale))
        + u'\n'
        + tr("%1 followers at the median; %2 creators with a known ER")
              .arg(core::format::compactCount(t.medianFollowers, m_locale),
                   m_locale.toString(t.withEr));
}

QString TierChartBuilder::erAxisTitle() const
{
    return tr("Engagement rate (%1)")
        .arg(core::ErBasisText::summary(m_data.erBases, m_data.platforms));
}

QString TierChartBuilder::benchmarkText(const TierSummary &t, core::ErBasis basis) const
{
    const std::optional<core::Benchmark> &benchmark =
        basis == core::ErBasis::Views ? t.viewsBenchmark : t.benchmark;
    if (!benchmark)
        return {};
    QString text = tr("%1 benchmark ER %2 %3")
                       .arg(core::tierDisplayName(t.tier), core::ErBasisText::basis(basis),
                            core::format::percent(benchmark->engagementRate, 1, m_locale));
    if (!benchmark->source.isEmpty())
        text += u'\n' + tr("Source: %1").arg(benchmark->source);
    if (t.benchmark && t.viewsBenchmark)
        text += u'\n' + tr("Each ER is set against the benchmark of its basis.");
    if (t.erVsBenchmark)
        text += u'\n'
            + tr("Median %1 the benchmark")
                  .arg(core::format::percentagePoints(t.erVsBenchmark, 1, m_locale));
    return text;
}

QChart *TierChartBuilder::createChart() const
{
    const TierChartGeometry &g = m_geometry;
    const QColor text = m_palette.color(QPalette::Text);
    const QColor base = m_palette.color(QPalette::Base);
    const QColor grid = withAlpha(m_palette.color(QPalette::Mid), 110);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(text);

    // Axes: our own log axis (labels on the decades), ER in percent, tier bands on top.
    auto *xAxis = new QCategoryAxis;
    xAxis->setObjectName(QStringLiteral("followersAxis"));
    xAxis->setTitleText(tr("Followers (log scale)"));
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setStartValue(g.xMin - 1e-6); // so that the first decade gets its label too
    for (int power = int(g.xMin); power <= int(g.xMax); ++power)
        xAxis->append(TierChartGeometry::tickLabel(power), power);
    xAxis->setRange(g.xMin, g.xMax);

    auto *bandAxis = new QCategoryAxis;
    bandAxis->setObjectName(QStringLiteral("tierAxis"));
    bandAxis->setStartValue(g.xMin);
    for (Tier t : core::allTiers()) {
        const auto upper = m_data.scheme.upperBoundExclusive(t);
        const double end = upper ? TierChartGeometry::x(double(*upper)) : g.xMax;
        if (end > g.xMin + 1e-9)
            bandAxis->append(core::tierDisplayName(t), std::min(end, g.xMax));
    }
    bandAxis->setRange(g.xMin, g.xMax);
    bandAxis->setShadesVisible(true);
    bandAxis->setShadesPen(Qt::NoPen);
    bandAxis->setShadesBrush(withAlpha(m_palette.color(QPalette::AlternateBase), 140));
    bandAxis->setGridLinePen(QPen(withAlpha(text, 90), 1, Qt::DashLine));

    auto *yAxis = new QValueAxis;
    yAxis->setObjectName(QStringLiteral("erAxis"));
    yAxis->setTitleText(erAxisTitle());
    yAxis->setRange(0.0, g.yMax);
    const double step = tickStep(g.yMax);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0.0);
    yAxis->setTickInterval(step);
    yAxis->setLabelFormat(step < 1.0 ? QStringLiteral("%.1f%%") : QStringLiteral("%.0f%%"));

    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(xAxis),
                                static_cast<QAbstractAxis *>(bandAxis),
                                static_cast<QAbstractAxis *>(yAxis)}) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePen(QPen(withAlpha(text, 120), 1));
        if (axis != bandAxis)
            axis->setGridLinePen(QPen(grid, 1));
    }
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(bandAxis, Qt::AlignTop);
    chart->addAxis(yAxis, Qt::AlignLeft);

    TierChartSeries series(chart, {xAxis, bandAxis, yAxis}, m_palette, g);
    series.addTiers(m_data);
    series.addBenchmarks(m_data);
    series.addMedians(m_data);
    series.addHighlights(m_data, kMaxLabelledHighlights);
    return chart;
}

void TierChartBuilder::render(QPainter *painter, const QRectF &target) const
{
    // The caption is set in the painter's font below the chart.
    const QFontMetricsF metrics(painter->font());
    const QString text = caption();
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, target.width(), 1e6),
                                               Qt::TextWordWrap, text);
    const qreal captionHeight = std::min(bounds.height() + metrics.height() * 0.5,
                                         target.height() / 3.0);
    const QRectF chartRect(target.left(), target.top(), target.width(),
                           target.height() - captionHeight);

    QGraphicsScene scene;
    QChart *chart = createChart(); // owned by the scene
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), chartRect.size()));
    scene.setSceneRect(QRectF(QPointF(0, 0), chartRect.size()));
    scene.render(painter, chartRect, scene.sceneRect(), Qt::IgnoreAspectRatio);

    painter->save();
    painter->setPen(m_palette.color(QPalette::Text));
    painter->drawText(QRectF(target.left(), chartRect.bottom() + metrics.height() * 0.25,
                             target.width(), captionHeight),
                      Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    painter->restore();
}

} // namespace tierscope::ui
