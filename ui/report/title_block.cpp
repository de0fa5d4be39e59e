// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/title_block.h"

#include "ui/report/report_style.h"
#include "ui/report/report_text.h"

#include <QPainter>

namespace tierscope::ui {

using Role = ReportStyle::Role;

TitleBlock::TitleBlock(QString kicker, QString title, QString subtitle)
    : m_kicker(std::move(kicker)), m_title(std::move(title)), m_subtitle(std::move(subtitle))
{
}

void TitleBlock::layout(qreal width)
{
    m_titleLines = ReportText::wrap(m_title, ReportStyle::font(Role::Title), width, 3);
    m_subtitleLines = ReportText::wrap(m_subtitle, ReportStyle::font(Role::Subtitle), width, 2);
    m_height = ReportText::lineHeight(ReportStyle::font(Role::SmallBold)) + 2
               + m_titleLines.size() * ReportText::lineHeight(ReportStyle::font(Role::Title))
               + m_subtitleLines.size() * ReportText::lineHeight(ReportStyle::font(Role::Subtitle))
               + 14;
}

void TitleBlock::paintUnit(QPainter *painter, int, const QRectF &rect) const
{
    painter->save();
    qreal y = rect.top();
    const QFont kicker = ReportStyle::font(Role::SmallBold);
    painter->setPen(ReportStyle::accent());
    ReportText::drawLines(painter, {m_kicker.toUpper()}, kicker,
                          QRectF(rect.left(), y, rect.width(), 20), Qt::AlignLeft);
    y += ReportText::lineHeight(kicker) + 2;
    const QFont title = ReportStyle::font(Role::Title);
    painter->setPen(ReportStyle::ink());
    ReportText::drawLines(painter, m_titleLines, title, QRectF(rect.left(), y, rect.width(), 0),
                          Qt::AlignLeft);
    y += m_titleLines.size() * ReportText::lineHeight(title);
    const QFont subtitle = ReportStyle::font(Role::Subtitle);
    painter->setPen(ReportStyle::muted());
    ReportText::drawLines(painter, m_subtitleLines, subtitle,
                          QRectF(rect.left(), y, rect.width(), 0), Qt::AlignLeft);
    y += m_subtitleLines.size() * ReportText::lineHeight(subtitle) + 6;
    painter->fillRect(QRectF(rect.left(), y, 56, 3), ReportStyle::accent());
    painter->restore();
}

} // namespace tierscope::ui
