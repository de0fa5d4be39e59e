// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/budget_bar.h"

#include "ui/campaigns/campaign_text.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tierscope::ui {

BudgetBar::BudgetBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QColor BudgetBar::paidColor() { return QColor(0x2e, 0x7d, 0x32); }
QColor BudgetBar::committedColor() { return QColor(0x66, 0xbb, 0x6a); }
QColor BudgetBar::plannedColor() { return QColor(0x90, 0xca, 0xf9); }

void BudgetBar::setAmounts(qint64 budget, qint64 planned, qint64 committed, qint64 paid)
{
    m_budget = budget;
    m_planned = planned;
    m_committed = committed;
    m_paid = paid;
    update();
}

QSize BudgetBar::sizeHint() const
{
    return {400, fontMetrics().height() + 10};
}

QSize BudgetBar::minimumSizeHint() const
{
    return {120, fontMetrics().height() + 10};
}

void BudgetBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 3, -1, -3);
    const double scale = double(std::max({m_budget, m_planned, m_committed, qint64(1)}));
    const auto x = [&](qint64 amount) { return area.left() + area.width() * double(amount) / scale; };

    QPainterPath clip;
    clip.addRoundedRect(area, 4, 4);
    p.setClipPath(clip);
    p.fillRect(area, palette().color(QPalette::AlternateBase));
    const auto segment = [&](qint64 from, qint64 to, const QColor &c) {
        if (to > from)
            p.fillRect(QRectF(QPointF(x(from), area.top()), QPointF(x(to), area.bottom())), c);
    };
    const qint64 paid = std::min(m_paid, m_committed);
    segment(0, paid, paidColor());
    segment(paid, m_committed, committedColor());
    segment(m_committed, std::max(m_planned, m_committed), plannedColor());
    // Past the budget: red over whatever lies there.
    const QColor alert = CampaignText::alertColor();
    if (m_committed > m_budget)
        segment(m_budget, m_committed, alert);
    if (m_planned > m_budget && m_planned > m_committed) {
        QColor light = alert;
        light.setAlpha(110);
        segment(std::max(m_budget, m_committed), m_planned, light);
    }
    p.setClipping(false);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(area, 4, 4);
    if (m_budget < scale) { // the budget line inside a bar that went past it
        p.setPen(QPen(palette().color(QPalette::WindowText), 2));
        p.drawLine(QPointF(x(m_budget), rect().top()), QPointF(x(m_budget), rect().bottom()));
    }
}

} // namespace tierscope::ui
