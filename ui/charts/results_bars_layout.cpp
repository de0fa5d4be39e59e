// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/results_bars_layout.h"

#include "core/common/display_format.h"

#include <QFontMetrics>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace tierscope::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// A round step giving at most six grid lines, and the scale's end on a whole step.
std::pair<double, double> niceScale(double maxValue)
{
    if (!(maxValue > 0.0))
        return {1.0, 1.0};
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxValue)));
    double step = magnitude * 10.0;
    for (double m : {0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0}) {
        if (maxValue / (magnitude * m) <= 6.0) {
            step = magnitude * m;
            break;
        }
    }
    return {std::ceil(maxValue / step - 1e-9) * step, step};
}

} // namespace

ResultsBarsColors ResultsBarsColors::of(const QPalette &palette)
{
    ResultsBarsColors c;
    c.text = palette.color(QPalette::Text);
    c.muted = palette.color(QPalette::PlaceholderText);
    c.band = palette.color(QPalette::AlternateBase);
    c.grid = palette.color(QPalette::Mid);
    c.grid.setAlpha(110);
    c.axis = palette.color(QPalette::Text);
    c.axis.setAlpha(120);
    c.forecast = ResultsBarsLayout::forecastColor(palette);
    c.actual = ResultsBarsLayout::actualColor(palette);
    return c;
}

qreal ResultsBarsMetrics::bandInset() const
{
    const qreal inset = (rowHeight - pairHeight()) / 2;
    return wholePixels ? std::floor(inset) : inset;
}

ResultsBarsMetrics ResultsBarsMetrics::forScreen(const QFontMetrics &fm)
{
    ResultsBarsMetrics m;
    m.margin = fm.height() / 2;
    m.barHeight = fm.height() + 2;
    m.barGap = 2;
    m.rowHeight = 2 * m.barHeight + m.barGap + fm.height() / 2 + 4;
    m.em = fm.horizontalAdvance(u'M');
    m.wholePixels = true;
    return m;
}

QColor ResultsBarsLayout::forecastColor(bool dark)
{
    // One hue, two lightnesses: told apart without colour vision too. The forecast is the
    // quieter of the two.
    return dark ? QColor::fromHsl(212, 45, 92) : QColor::fromHsl(212, 70, 196);
}

QColor ResultsBarsLayout::actualColor(bool dark)
{
    return dark ? QColor::fromHsl(205, 200, 160) : QColor::fromHsl(212, 190, 88);
}

QColor ResultsBarsLayout::forecastColor(const QPalette &palette)
{
    return forecastColor(isDark(palette));
}

QColor ResultsBarsLayout::actualColor(const QPalette &palette)
{
    return actualColor(isDark(palette));
}

void ResultsBarsLayout::setup(const ResultsBarsFonts &fonts, const ResultsBarsMetrics &metrics,
                              const QLocale &locale, QPaintDevice *device)
{
    m_fonts = fonts;
    m_metrics = metrics;
    m_locale = locale;
    m_device = device;
    measure();
}

void ResultsBarsLayout::setData(const core::PlannedVsActual &data)
{
    m_data = data;
    measure();
}

QFontMetricsF ResultsBarsLayout::metricsOf(const QFont &font) const
{
    return m_device ? QFontMetricsF(font, m_device) : QFontMetricsF(font);
}

qreal ResultsBarsLayout::whole(qreal v) const
{
    return m_metrics.wholePixels ? std::trunc(v) : v;
}

void ResultsBarsLayout::measure()
{
    const auto [max, tick] = niceScale(m_data.maxValue());
    m_scaleMax = max;
    m_tick = tick;
    // The handle column is as wide as the widest handle (within reason); on the right, room
    // for the widest value beside a bar. Words in place of a missing bar start at the bars.
    const QFontMetricsF fm = metricsOf(m_fonts.font);
    const auto advance = [&](const QString &text) -> qreal {
        const qreal w = fm.horizontalAdvance(text);
        return m_metrics.wholePixels ? qreal(qRound(w)) : w;
    };
    const qreal em = m_metrics.em;
    qreal label = 6 * em;
    qreal value = 0;
    for (int r = 0; r < rowCount(); ++r) {
        const core::PlannedVsActualRow &row = m_data.rows.at(r);
        label = std::max({label, advance(categoryText(r)), advance(categoryDetail(r))});
        if (row.planned)
            value = std::max(value, advance(valueText(r, Bar::Forecast)));
        if (row.actual)
            value = std::max(value, advance(valueText(r, Bar::Actual)));
    }
    m_labelWidth = std::min(label, 16 * em) + 2; // + 2: elidedText rounds differently
    m_valueWidth = std::min(value, 16 * em) + whole(em / 2);
}

QString ResultsBarsLayout::categoryText(int row) const
{
    const core::PlannedVsActualRow &r = m_data.rows.at(row);
    return r.handle.isEmpty() ? tr("(deleted creator)") : u'@' + r.handle;
}

QString ResultsBarsLayout::categoryDetail(int row) const
{
    const core::PlannedVsActualRow &r = m_data.rows.at(row);
    if (!r.isPartial())
        return {};
    return tr("%1 of %2 measured")
        .arg(m_locale.toString(r.measuredDeliverables), m_locale.toString(r.deliverables));
}

std::optional<double> ResultsBarsLayout::value(int row, Bar bar) const
{
    const core::PlannedVsActualRow &r = m_data.rows.at(row);
    if (bar == Bar::Forecast)
        return r.planned;
    return r.actual ? std::optional<double>(double(*r.actual)) : std::nullopt;
}

QString ResultsBarsLayout::valueText(int row, Bar bar) const
{
    const core::PlannedVsActualRow &r = m_data.rows.at(row);
    if (bar == Bar::Forecast) {
        if (r.planned)
            return core::format::compactCount(r.planned, m_locale);
        return r.deliverables == 0 ? tr("no deliverables planned") : tr("no forecast");
    }
    if (!r.actual) {
        if (!r.hasResults)
            return tr("no results yet");
        return m_data.measure == core::ResultsMeasure::Engagements
            ? tr("no likes, comments or shares entered")
            : tr("no views entered");
    }
    QString text = core::format::compactCount(double(*r.actual), m_locale);
    if (const auto ratio = r.actualVsPlanned())
        text = tr("%1 · %2 of forecast").arg(text, core::format::percent(ratio, 0, m_locale));
    return text;
}

qreal ResultsBarsLayout::barLeft() const
{
    return m_metrics.margin + m_labelWidth + m_metrics.em;
}

qreal ResultsBarsLayout::barRight(qreal width) const
{
    return std::max(barLeft() + 4 * m_metrics.em, width - m_metrics.margin - m_valueWidth);
}

qreal ResultsBarsLayout::xOf(double value, qreal width) const
{
    const qreal left = barLeft();
    return left + (barRight(width) - left) * value / m_scaleMax;
}

QRectF ResultsBarsLayout::bandRect(int row, qreal width) const
{
    return QRectF(0, rowTop(row) - m_metrics.bandInset(), width, m_metrics.rowHeight);
}

QRectF ResultsBarsLayout::barRect(int row, Bar bar, qreal width) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const std::optional<double> v = value(row, bar);
    if (!v)
        return {};
    const ResultsBarsMetrics &m = m_metrics;
    const qreal top = rowTop(row) + (bar == Bar::Actual ? m.barHeight + m.barGap : 0);
    const qreal left = barLeft();
    const qreal w = (barRight(width) - left) * std::clamp(*v / m_scaleMax, 0.0, 1.0);
    return QRectF(left, top, w, m.barHeight);
}

void ResultsBarsLayout::paint(QPainter *p, const ResultsBarsColors &colors, const QRectF &area,
                              int first, int last, qreal width) const
{
    const ResultsBarsMetrics &m = m_metrics;
    const qreal left = barLeft();
    const qreal right = barRight(width);

    // Alternate rows shaded, as in the tables, so a long roster reads across.
    if (colors.band.isValid()) {
        for (int r = first; r <= last; ++r) {
            if (r % 2 == 1)
                p->fillRect(bandRect(r, width), colors.band);
        }
    }
    p->setPen(QPen(colors.grid, colors.lineWidth, Qt::DotLine));
    for (double t = m_tick; t <= m_scaleMax + 1e-9; t += m_tick) {
        const qreal x = left + (right - left) * t / m_scaleMax;
        p->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    p->setPen(QPen(colors.axis, colors.lineWidth));
    p->drawLine(QPointF(left, area.top()), QPointF(left, area.bottom()));

    p->setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm = metricsOf(m_fonts.font);
    const QFontMetricsF detailMetrics = metricsOf(m_fonts.detail);
    const QFontMetricsF wordsMetrics = metricsOf(m_fonts.words);
    for (int r = first; r <= last; ++r) {
        const qreal top = rowTop(r);
        const QString detail = categoryDetail(r);
        p->setFont(m_fonts.font);
        p->setPen(colors.text);
        p->drawText(
            QRectF(m.margin, top, m_labelWidth, detail.isEmpty() ? m.pairHeight() : m.barHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(categoryText(r), Qt::ElideRight, m_labelWidth));
        if (!detail.isEmpty()) {
            p->setFont(m_fonts.detail);
            p->setPen(colors.muted);
            p->drawText(QRectF(m.margin, top + m.barHeight + m.barGap, m_labelWidth, m.barHeight),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        detailMetrics.elidedText(detail, Qt::ElideRight, m_labelWidth));
        }
        for (Bar b : {Bar::Forecast, Bar::Actual}) {
            const QRectF bar = barRect(r, b, width);
            const QString text = valueText(r, b);
            const qreal y = top + (b == Bar::Actual ? m.barHeight + m.barGap : 0);
            if (bar.isNull()) { // unknown: said in words where the bar would be
                p->setFont(m_fonts.words);
                p->setPen(colors.muted);
                const qreal room = std::max<qreal>(0, whole(width - m.margin - left - 4));
                p->drawText(QRectF(left + 4, y, room, m.barHeight),
                            Qt::AlignLeft | Qt::AlignVCenter,
                            wordsMetrics.elidedText(text, Qt::ElideRight, room));
                continue;
            }
            p->setPen(Qt::NoPen);
            p->setBrush(b == Bar::Forecast ? colors.forecast : colors.actual);
            // At least 2 units: a measured 0 is a result and shows as a sliver, not as a gap.
            QRectF shape = bar.adjusted(0, 1, 0, -1);
            shape.setWidth(std::max<qreal>(shape.width(), 2.0));
            p->drawRoundedRect(shape, 2, 2);
            p->setFont(m_fonts.font);
            p->setPen(colors.text);
            const qreal x = shape.right() + 4;
            const qreal room = std::max<qreal>(0, whole(width - x - whole(m.margin / 2)));
            p->drawText(QRectF(x, y, room, m.barHeight), Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(text, Qt::ElideRight, room));
        }
    }
}

} // namespace tierscope::ui
