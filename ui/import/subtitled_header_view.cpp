// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/subtitled_header_view.h"

#include <QPainter>

namespace tierscope::ui {

namespace {
constexpr int kMargin = 4;
}

SubtitledHeaderView::SubtitledHeaderView(int subtitleRole, QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_role(subtitleRole)
{
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
}

QFont SubtitledHeaderView::subtitleFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.88);
    return f;
}

QString SubtitledHeaderView::subtitle(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), m_role).toString()
                   : QString();
}

QSize SubtitledHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    const QFontMetrics fm(subtitleFont());
    // Every section gets the line, so that the titles stay aligned.
    size.setHeight(size.height() + fm.lineSpacing());
    const QString text = subtitle(logicalIndex);
    if (!text.isEmpty())
        size.setWidth(std::max(size.width(), fm.horizontalAdvance(text) + 4 * kMargin));
    return size;
}

void SubtitledHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    painter->save();
    QHeaderView::paintSection(painter, rect, logicalIndex);
    painter->restore();
    const QString text = subtitle(logicalIndex);
    if (text.isEmpty() || !rect.isValid())
        return;
    painter->save();
    const QFont f = subtitleFont();
    const QFontMetrics fm(f);
    painter->setFont(f);
    painter->setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = rect.adjusted(2 * kMargin, 0, -2 * kMargin, -kMargin);
    painter->drawText(area, Qt::AlignLeft | Qt::AlignBottom,
                      fm.elidedText(text, Qt::ElideRight, area.width()));
    painter->restore();
}

} // namespace tierscope::ui
