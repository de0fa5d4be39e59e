// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/text_blocks.h"

#include "ui/report/report_text.h"

#include <QPainter>

namespace tierscope::ui {

using Role = ReportStyle::Role;

void HeadingBlock::layout(qreal width)
{
    const QFont f = ReportStyle::font(Role::Heading);
    m_lines = ReportText::wrap(m_text, f, width, 2);
    m_height = m_lines.size() * ReportText::lineHeight(f) + 6;
}

void HeadingBlock::paintUnit(QPainter *painter, int, const QRectF &rect) const
{
    painter->save();
    painter->setPen(ReportStyle::accent());
    ReportText::drawLines(painter, m_lines, ReportStyle::font(Role::Heading), rect,
                          Qt::AlignLeft);
    painter->setPen(QPen(ReportStyle::rule(), 0.6));
    painter->drawLine(QLineF(rect.left(), rect.bottom() - 2, rect.right(), rect.bottom() - 2));
    painter->restore();
}

ParagraphBlock::ParagraphBlock(QString text, Role role, QColor color)
    : m_text(std::move(text)), m_role(role), m_color(color)
{
}

void ParagraphBlock::layout(qreal width)
{
    const QFont f = ReportStyle::font(m_role);
    m_lines.clear();
    // Paragraph breaks in the text are kept; everything else is one flowing line.
    for (const QString &para : m_text.split(u'\n'))
        m_lines << ReportText::wrap(para, f, width - m_indent);
    m_lineHeight = ReportText::lineHeight(f);
}

void ParagraphBlock::paintUnit(QPainter *painter, int unit, const QRectF &rect) const
{
    painter->save();
    painter->setPen(m_color.isValid() ? m_color : ReportStyle::ink());
    ReportText::drawLines(painter, {m_lines[unit]}, ReportStyle::font(m_role),
                          rect.adjusted(m_indent, 0, 0, 0), Qt::AlignLeft);
    painter->restore();
}

} // namespace tierscope::ui
