// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/results_bars.h"

#include "core/common/display_format.h"
#include "ui/common/plain_text.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace tierscope::ui {

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
    return ResultsBarsLayout::forecastColor(palette);
}

QColor ResultsBars::actualColor(const QPalette &palette)
{
    return ResultsBarsLayout::actualColor(palette);
}

void ResultsBars::setData(const core::PlannedVsActual &data)
{
    m_layout.setData(data);
    updateGeometry();
    update();
}

void ResultsBars::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void ResultsBars::relayout()
{
    ResultsBarsFonts fonts;
    fonts.font = font();
    fonts.detail = font();
    fonts.detail.setPointSizeF(fonts.detail.pointSizeF() * 0.88);
    fonts.words = font();
    fonts.words.setItalic(true);
    m_layout.setup(fonts, ResultsBarsMetrics::forScreen(fontMetrics()), locale());
    updateGeometry();
    update();
}

QRectF ResultsBars::barRect(int row, Bar bar) const
{
    return m_layout.barRect(row, bar, width());
}

QString ResultsBars::unitOf(Bar bar) const
{
    if (data().measure == core::ResultsMeasure::Engagements)
        return tr("engagements");
    return bar == Bar::Forecast ? tr("impressions") : tr("views");
}

int ResultsBars::rowAt(const QPoint &pos) const
{
    const ResultsBarsMetrics &m = m_layout.metrics();
    const int margin = int(m.margin);
    const int rowHeight = int(m.rowHeight);
    if (pos.y() < margin || pos.x() < 0 || pos.x() >= width())
        return -1;
    const int row = (pos.y() - margin) / rowHeight;
    const int within = (pos.y() - margin) % rowHeight;
    return row < rowCount() && within < int(m.pairHeight()) ? row : -1;
}

QString ResultsBars::toolTipText(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const core::PlannedVsActualRow &r = data().rows.at(row);
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
    const ResultsBarsMetrics &m = m_layout.metrics();
    const int rows = std::max(rowCount(), 2); // room for the empty text
    return {int(m.em) * 24, int(2 * m.margin + rows * m.rowHeight)};
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
    const ResultsBarsMetrics &m = m_layout.metrics();
    const int margin = int(m.margin);
    const int rowHeight = int(m.rowHeight);
    // Only the rows in the dirty area: a 200-entry roster scrolls without painting them all.
    const int first = std::max(0, (dirty.top() - margin) / rowHeight);
    const int last = std::min(rowCount() - 1, (dirty.bottom() - margin) / rowHeight);
    m_layout.paint(&p, ResultsBarsColors::of(pal), QRectF(dirty), first, last, width());
}

bool ResultsBars::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipText(rowAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else // data is never markup
            QToolTip::showText(help->globalPos(), plainToolTip(text), this);
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
