// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/results_bars.h"

#include "core/common/display_format.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace tierscope::ui {

namespace {

constexpr int kBarGap = 2; // between an entry's two bars

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

ResultsBars::ResultsBars(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("resultsBars"));
    setAccessibleName(tr("Forecast against actual per creator"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    relayout();
}

QColor ResultsBars::forecastColor(const QPalette &palette)
{
    // One hue, two lightnesses: told apart without colour vision too. The forecast is the
    // quieter of the two.
    return isDark(palette) ? QColor::fromHsl(212, 45, 92) : QColor::fromHsl(212, 70, 196);
}

QColor ResultsBars::actualColor(const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHsl(205, 200, 160) : QColor::fromHsl(212, 190, 88);
}

void ResultsBars::setData(const core::PlannedVsActual &data)
{
    m_data = data;
    relayout();
}

void ResultsBars::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

ResultsBars::Metrics ResultsBars::metrics() const
{
    const QFontMetrics fm = fontMetrics();
    Metrics m;
    m.margin = fm.height() / 2;
    m.barHeight = fm.height() + 2;
    m.rowHeight = 2 * m.barHeight + kBarGap + fm.height() / 2 + 4;
    m.em = fm.horizontalAdvance(u'M');
    return m;
}

qreal ResultsBars::barLeft() const
{
    const Metrics m = metrics();
    return m.margin + m_labelWidth + m.em;
}

qreal ResultsBars::barRight() const
{
    const Metrics m = metrics();
    return std::max(barLeft() + 4 * m.em, qreal(width() - m.margin - m_valueWidth));
}

void ResultsBars::relayout()
{
    const auto [max, tick] = niceScale(m_data.maxValue());
    m_scaleMax = max;
    m_tick = tick;
    // The handle column is as wide as the widest handle (within reason); on the right, room
    // for the widest value beside a bar. Words in place of a missing bar start at the bars.
    const QFontMetrics fm = fontMetrics();
    const int em = fm.horizontalAdvance(u'M');
    int label = 6 * em;
    int value = 0;
    for (int r = 0; r < rowCount(); ++r) {
        const core::PlannedVsActualRow &row = m_data.rows.at(r);
        label = std::max({label, fm.horizontalAdvance(categoryText(r)),
                          fm.horizontalAdvance(categoryDetail(r))});
        if (row.planned)
            value = std::max(value, fm.horizontalAdvance(valueText(r, Bar::Forecast)));
        if (row.actual)
            value = std::max(value, fm.horizontalAdvance(valueText(r, Bar::Actual)));
    }
    m_labelWidth = std::min(label, 16 * em) + 2; // + 2: elidedText rounds differently
    m_valueWidth = std::min(value, 16 * em) + em / 2;
    updateGeometry();
    update();
}

QString ResultsBars::categoryText(int row) const
{
    const core::PlannedVsActualRow &r = m_data.rows.at(row);
    return r.handle.isEmpty() ? tr("(deleted creator)") : u'@' + r.handle;
}

QString ResultsBars::categoryDetail(int row) const
{
    const core::PlannedVsActualRow &r = m_data.rows.at(row);
    if (!r.isPartial())
        return {};
    return tr("%1 of %2 measured")
        .arg(locale().toString(r.measuredDeliverables), locale().toString(r.deliverables));
}

QRectF ResultsBars::barRect(int row, Bar bar) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const core::PlannedVsActualRow &r = m_data.rows.at(row);
    const std::optional<double> value
        = bar == Bar::Forecast ? r.planned
                               : (r.actual ? std::optional<double>(double(*r.actual)) : std::nullopt);
    if (!value)
        return {};
    const Metrics m = metrics();
    const qreal top = m.margin + row * m.rowHeight + (bar == Bar::Actual ? m.barHeight + kBarGap : 0);
    const qreal left = barLeft();
    const qreal width = (barRight() - left) * std::clamp(*value / m_scaleMax, 0.0, 1.0);
    return QRectF(left, top, width, m.barHeight);
}

QString ResultsBars::valueText(int row, Bar bar) const
{
    const core::PlannedVsActualRow &r = m_data.rows.at(row);
    const QLocale loc = locale();
    if (bar == Bar::Forecast) {
        if (r.planned)
            return core::format::compactCount(r.planned, loc);
        return r.deliverables == 0 ? tr("no deliverables planned") : tr("no forecast");
    }
    if (!r.actual) {
        if (!r.hasResults)
            return tr("no results yet");
        return m_data.measure == core::ResultsMeasure::Engagements
            ? tr("no likes, comments or shares entered")
            : tr("no views entered");
    }
    QString text = core::format::compactCount(double(*r.actual), loc);
    if (const auto ratio = r.actualVsPlanned())
        text = tr("%1 · %2 of forecast").arg(text, core::format::percent(ratio, 0, loc));
    return text;
}

QString ResultsBars::unitOf(Bar bar) const
{
    if (m_data.measure == core::ResultsMeasure::Engagements)
        return tr("engagements");
    return bar == Bar::Forecast ? tr("impressions") : tr("views");
}

int ResultsBars::rowAt(const QPoint &pos) const
{
    const Metrics m = metrics();
    if (pos.y() < m.margin || pos.x() < 0 || pos.x() >= width())
        return -1;
    const int row = (pos.y() - m.margin) / m.rowHeight;
    const int within = (pos.y() - m.margin) % m.rowHeight;
    return row < rowCount() && within < 2 * m.barHeight + kBarGap ? row : -1;
}

QString ResultsBars::toolTipText(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const core::PlannedVsActualRow &r = m_data.rows.at(row);
    const QLocale loc = locale();
    const auto count = [&](double v) -> QString {
        return core::format::count(qint64(std::llround(v)), loc);
    };
    QStringList lines{categoryText(row)};
    if (r.planned)
        lines << tr("Forecast: %1 %2 for %3 deliverables")
                     .arg(count(*r.planned), unitOf(Bar::Forecast), loc.toString(r.deliverables));
    else
        lines << tr("Forecast: %1").arg(valueText(row, Bar::Forecast));
    if (r.actual) {
        lines << tr("Actual to date: %1 %2 from %3 of %4 deliverables")
                     .arg(count(double(*r.actual)), unitOf(Bar::Actual),
                          loc.toString(r.measuredDeliverables), loc.toString(r.deliverables));
        if (r.plannedToDate)
            lines << tr("Forecast for those deliverables: %1 (actual %2 of it)")
                         .arg(count(*r.plannedToDate),
                              core::format::percent(r.actualVsPlanned(), 0, loc));
    } else {
        QString text = valueText(row, Bar::Actual);
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        lines << text;
    }
    return lines.join(u'\n');
}

QSize ResultsBars::sizeHint() const
{
    return minimumSizeHint().expandedTo(QSize(fontMetrics().horizontalAdvance(u'M') * 40, 0));
}

QSize ResultsBars::minimumSizeHint() const
{
    const Metrics m = metrics();
    const int rows = std::max(rowCount(), 2); // room for the empty text
    return {m.em * 24, 2 * m.margin + rows * m.rowHeight};
}

void ResultsBars::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QRect dirty = event->rect();
    p.fillRect(dirty, pal.color(QPalette::Base));
    if (rowCount() == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const Metrics m = metrics();
    const qreal left = barLeft();
    const qreal right = barRight();
    const int pairHeight = 2 * m.barHeight + kBarGap;
    // Only the rows in the dirty area: a 200-entry roster scrolls without painting them all.
    const int first = std::max(0, (dirty.top() - m.margin) / m.rowHeight);
    const int last = std::min(rowCount() - 1, (dirty.bottom() - m.margin) / m.rowHeight);

    // Alternate rows shaded, as in the tables, so a long roster reads across.
    for (int r = first; r <= last; ++r) {
        if (r % 2 == 1)
            p.fillRect(QRect(0, m.margin + r * m.rowHeight - (m.rowHeight - pairHeight) / 2,
                             width(), m.rowHeight),
                       pal.color(QPalette::AlternateBase));
    }
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(110);
    p.setPen(QPen(grid, 1, Qt::DotLine));
    for (double t = m_tick; t <= m_scaleMax + 1e-9; t += m_tick) {
        const qreal x = left + (right - left) * t / m_scaleMax;
        p.drawLine(QPointF(x, dirty.top()), QPointF(x, dirty.bottom() + 1));
    }
    QColor axis = pal.color(QPalette::Text);
    axis.setAlpha(120);
    p.setPen(QPen(axis, 1));
    p.drawLine(QPointF(left, dirty.top()), QPointF(left, dirty.bottom() + 1));

    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    QFont italic = font();
    italic.setItalic(true);
    for (int r = first; r <= last; ++r) {
        const int top = m.margin + r * m.rowHeight;
        const QString detail = categoryDetail(r);
        p.setFont(font());
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(m.margin, top, m_labelWidth, detail.isEmpty() ? pairHeight : m.barHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(categoryText(r), Qt::ElideRight, m_labelWidth));
        if (!detail.isEmpty()) {
            p.setFont(small);
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QRect(m.margin, top + m.barHeight + kBarGap, m_labelWidth, m.barHeight),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetrics(small).elidedText(detail, Qt::ElideRight, m_labelWidth));
        }
        for (Bar b : {Bar::Forecast, Bar::Actual}) {
            const QRectF bar = barRect(r, b);
            const QString text = valueText(r, b);
            const qreal y = top + (b == Bar::Actual ? m.barHeight + kBarGap : 0);
            if (bar.isNull()) { // unknown: said in words where the bar would be
                p.setFont(italic);
                p.setPen(pal.color(QPalette::PlaceholderText));
                const int room = std::max(0, int(width() - m.margin - left - 4));
                p.drawText(QRectF(left + 4, y, room, m.barHeight), Qt::AlignLeft | Qt::AlignVCenter,
                           QFontMetrics(italic).elidedText(text, Qt::ElideRight, room));
                continue;
            }
            p.setPen(Qt::NoPen);
            p.setBrush(b == Bar::Forecast ? forecastColor(pal) : actualColor(pal));
            // At least 2 px: a measured 0 is a result and shows as a sliver, not as a gap.
            QRectF shape = bar.adjusted(0, 1, 0, -1);
            shape.setWidth(std::max<qreal>(shape.width(), 2.0));
            p.drawRoundedRect(shape, 2, 2);
            p.setFont(font());
            p.setPen(pal.color(QPalette::Text));
            const qreal x = shape.right() + 4;
            const int room = std::max(0, int(width() - x - m.margin / 2));
            p.drawText(QRectF(x, y, room, m.barHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(text, Qt::ElideRight, room));
        }
    }
}

bool ResultsBars::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipText(rowAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else // data is never markup: escaped, with the line breaks kept
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<p style='white-space:pre'>") + text.toHtmlEscaped()
                                   + QStringLiteral("</p>"),
                               this);
        return true;
    }
    return QWidget::event(event);
}

void ResultsBars::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange)
        relayout();
    else if (event->type() == QEvent::PaletteChange)
        update();
}

} // namespace tierscope::ui
