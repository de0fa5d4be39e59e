// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/creators/creator_item_delegate.h"

#include "core/domain/engagement.h"
#include "ui/creators/creator_column.h"
#include "ui/creators/creator_table_model.h"
#include "ui/creators/tier_colors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace tierscope::ui {

namespace {
constexpr int kBadgePadding = 7; // horizontal, inside the badge
constexpr int kMarkerSize = 6;
constexpr int kFlagWidth = 8;   // the pennant; the pole adds a pixel
constexpr int kFlagHeight = 11;
} // namespace

void CreatorItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    switch (CreatorColumn(index.column())) {
    case CreatorColumn::Tier:
        paintTier(painter, option, index);
        return;
    case CreatorColumn::EngagementRate:
        QStyledItemDelegate::paint(painter, option, index);
        paintErMarker(painter, option, index);
        paintFlag(painter, option, index);
        return;
    default:
        QStyledItemDelegate::paint(painter, option, index);
    }
}

void CreatorItemDelegate::paintTier(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const int tier = index.data(CreatorTableModel::TierRole).toInt();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (tier < 0 || !index.data(CreatorTableModel::TierRole).isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const TierColors colors = TierColors::of(core::Tier(tier), opt.palette);
    QFont font = opt.font;
    font.setPointSizeF(font.pointSizeF() * 0.92);
    font.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font);
    const int height = std::min(opt.rect.height() - 4, fm.height() + 4);
    const int width = fm.horizontalAdvance(text) + 2 * kBadgePadding;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QRectF badge(textRect.left() + 1, opt.rect.center().y() - height / 2.0 + 0.5, width,
                       height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->fillPath(path, colors.fill);
    painter->setPen(QPen(colors.border, 1));
    painter->drawPath(path);
    painter->setFont(font);
    painter->setPen(colors.text);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

void CreatorItemDelegate::paintErMarker(QPainter *painter, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    // Only reported rates are marked: computed is the usual case and the tooltip tells.
    const auto source = core::ErSource(index.data(CreatorTableModel::ErSourceRole).toInt());
    if (source != core::ErSource::Reported)
        return;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    QColor color = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    color.setAlphaF(selected ? 0.9f : 0.6f);
    // Just left of the right-aligned number, so it reads as part of it.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const int textWidth = opt.fontMetrics.horizontalAdvance(opt.text);
    const qreal x = textRect.right() - margin - textWidth - kMarkerSize - 4;
    const QRectF dot(std::max<qreal>(x, option.rect.left() + 2),
                     option.rect.center().y() - kMarkerSize / 2.0 + 0.5, kMarkerSize, kMarkerSize);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(dot);
    painter->restore();
}

void CreatorItemDelegate::paintFlag(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    if (index.data(CreatorTableModel::QualityFlagsRole).toLongLong() == 0)
        return;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
    // Amber: a caution, not an error; readable on either palette.
    const QColor color = selected ? option.palette.color(QPalette::HighlightedText)
                                  : (dark ? QColor(0xf2, 0xa6, 0x3a) : QColor(0xb0, 0x5f, 0x00));
    // At the start of the cell: the number is right-aligned, so the flag never covers it.
    const qreal x = option.rect.left() + 5;
    const qreal top = option.rect.center().y() - kFlagHeight / 2.0 + 0.5;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1.4, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(x, top), QPointF(x, top + kFlagHeight));
    QPainterPath pennant;
    pennant.moveTo(x + 0.7, top);
    pennant.lineTo(x + kFlagWidth, top + 2.5);
    pennant.lineTo(x + 0.7, top + 5.5);
    pennant.closeSubpath();
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPath(pennant);
    painter->restore();
}

QSize CreatorItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == int(CreatorColumn::Tier))
        size.rwidth() += 2 * kBadgePadding;
    else if (index.column() == int(CreatorColumn::EngagementRate))
        size.rwidth() += kMarkerSize + 6 + kFlagWidth + 8;
    return size;
}

} // namespace tierscope::ui
