// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/results_bars_block.h"

#include "core/common/display_format.h"
#include "ui/report/report_style.h"
#include "ui/report/report_text.h"
#include "ui/report/table_block.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tierscope::ui {

using Role = ReportStyle::Role;

namespace {

constexpr qreal kPadY = 3;
constexpr qreal kLegendGap = 12; // between the two keys of the legend

ResultsBarsFonts printFonts()
{
    ResultsBarsFonts f;
    f.font = ReportStyle::font(Role::Small);
    f.detail = f.font;
    f.detail.setPointSizeF(f.font.pointSizeF() * 0.9);
    f.words = f.font;
    f.words.setItalic(true);
    return f;
}

// In points, from the report's small type: bars about as tall as a line of it, rows a little
// more than two lines, the handles lined up with the text of the tables.
ResultsBarsMetrics printMetrics(const QFont &font)
{
    const QFontMetricsF fm = ReportStyle::metrics(font);
    ResultsBarsMetrics m;
    m.margin = TableBlock::kPadX;
    m.barHeight = fm.height() + 1.5;
    m.barGap = 1.5;
    m.rowHeight = 2 * m.barHeight + m.barGap + 6;
    m.em = fm.horizontalAdvance(u'M');
    return m;
}

ResultsBarsColors printColors()
{
    ResultsBarsColors c;
    c.text = ReportStyle::ink();
    c.muted = ReportStyle::muted();
    c.band = ReportStyle::zebra();
    c.grid = ReportStyle::rule();
    c.axis = ReportStyle::muted();
    c.forecast = ResultsBarsLayout::forecastColor(false);
    c.actual = ResultsBarsLayout::actualColor(false);
    c.lineWidth = 0.5;
    return c;
}

} // namespace

ResultsBarsBlock::ResultsBarsBlock(const core::PlannedVsActual &data, const QLocale &locale)
{
    const ResultsBarsFonts fonts = printFonts();
    m_bars.setup(fonts, printMetrics(fonts.font), locale, ReportStyle::referenceDevice());
    m_bars.setData(data);
}

QString ResultsBarsBlock::forecastKey() const
{
    return m_bars.data().measure == core::ResultsMeasure::Engagements ? tr("Forecast engagements")
                                                                      : tr("Forecast impressions");
}

QString ResultsBarsBlock::actualKey() const
{
    return m_bars.data().measure == core::ResultsMeasure::Engagements
        ? tr("Actual engagements to date")
        : tr("Actual views to date");
}

QString ResultsBarsBlock::legendText() const
{
    return forecastKey() + QStringLiteral(" / ") + actualKey();
}

QList<double> ResultsBarsBlock::ticks() const
{
    QList<double> out{0.0};
    for (double t = m_bars.tick(); t <= m_bars.scaleMax() + 1e-9; t += m_bars.tick())
        out << t;
    return out;
}

QStringList ResultsBarsBlock::tickLabels() const
{
    QStringList out;
    for (double t : ticks())
        out << core::format::compactCount(t, m_bars.locale());
    return out;
}

void ResultsBarsBlock::layout(qreal width)
{
    m_width = width;
    m_headerHeight = kPadY + ReportText::lineHeight(ReportStyle::font(Role::Small)) + 2
        + ReportText::lineHeight(ReportStyle::font(Role::SmallBold)) + kPadY + 1;
}

void ResultsBarsBlock::paintHeader(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->fillRect(rect, ReportStyle::band());
    painter->setPen(QPen(ReportStyle::accent(), 0.8));
    painter->drawLine(QLineF(rect.bottomLeft(), rect.bottomRight()));
    painter->translate(rect.topLeft());

    const QFont small = ReportStyle::font(Role::Small);
    const QFont bold = ReportStyle::font(Role::SmallBold);
    const qreal line = ReportText::lineHeight(small);
    const qreal left = m_bars.barLeft();
    const qreal right = m_width - m_bars.metrics().margin;

    // The legend over the bars: a swatch in each bar's colour, then what it stands for.
    const ResultsBarsColors colors = printColors();
    qreal x = left;
    const qreal swatch = std::round(line * 0.7);
    painter->setRenderHint(QPainter::Antialiasing);
    for (const auto &[color, key] :
         {std::pair(colors.forecast, forecastKey()), std::pair(colors.actual, actualKey())}) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(QRectF(x, kPadY + (line - swatch) / 2, swatch, swatch), 1, 1);
        x += swatch + 3;
        painter->setPen(ReportStyle::ink());
        const QString text
            = ReportText::wrap(key, small, std::max<qreal>(right - x, 1), 1).value(0);
        ReportText::drawLines(painter, {text}, small, QRectF(x, kPadY, right - x, line),
                              Qt::AlignLeft);
        x += ReportText::width(text, small) + kLegendGap;
    }

    // The column of handles, and the values of the scale under their grid lines.
    const qreal top = kPadY + line + 2;
    const qreal boldLine = ReportText::lineHeight(bold);
    painter->setPen(ReportStyle::ink());
    ReportText::drawLines(painter, ReportText::wrap(tr("Creator"), bold, m_bars.labelWidth(), 1),
                          bold,
                          QRectF(m_bars.metrics().margin, top, m_bars.labelWidth(), boldLine),
                          Qt::AlignLeft);
    painter->setPen(ReportStyle::muted());
    qreal lastRight = -1e9;
    const QList<double> values = ticks();
    const QStringList labels = tickLabels();
    for (int i = 0; i < int(values.size()); ++i) {
        const qreal w = ReportText::width(labels[i], small);
        const qreal centre = m_bars.xOf(values[i], m_width);
        const qreal at = std::min(centre - w / 2, right - w);
        if (at < lastRight + 4) // no room on a narrow page: leave it to the grid line
            continue;
        ReportText::drawLines(painter, {labels[i]}, small,
                              QRectF(at, top + (boldLine - line), w, line), Qt::AlignLeft);
        lastRight = at + w;
    }
    painter->restore();
}

void ResultsBarsBlock::paintUnit(QPainter *painter, int unit, const QRectF &rect) const
{
    // The layout draws row `unit` in its own band; move that band onto the unit's place.
    const QRectF band = m_bars.bandRect(unit, m_width);
    painter->save();
    painter->translate(rect.topLeft() - band.topLeft());
    painter->setClipRect(band);
    m_bars.paint(painter, printColors(), band, unit, unit, m_width);
    painter->restore();
}

} // namespace tierscope::ui
