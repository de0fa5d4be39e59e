// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/chart_block.h"

#include <QPainter>

namespace tierscope::ui {

ChartBlock::ChartBlock(Painter paint, qreal aspect, qreal maxHeight)
    : m_paint(std::move(paint)), m_aspect(aspect), m_maxHeight(maxHeight)
{
}

void ChartBlock::layout(qreal width)
{
    m_height = std::min(width * m_aspect, m_maxHeight);
}

void ChartBlock::paintUnit(QPainter *painter, int, const QRectF &rect) const
{
    if (!m_paint)
        return;
    painter->save();
    painter->setClipRect(rect);
    m_paint(painter, rect);
    painter->restore();
}

} // namespace tierscope::ui
