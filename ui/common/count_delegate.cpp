// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/count_delegate.h"

#include <QApplication>
#include <QPainter>

namespace tierscope::ui {

namespace {
constexpr int kGap = 8; // between the text and the count
}

CountDelegate::CountDelegate(int countRole, QObject *parent)
    : QStyledItemDelegate(parent), m_countRole(countRole)
{
}

void CountDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const QVariant count = index.data(m_countRole);
    if (!count.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QString countText = opt.locale.toString(count.toLongLong());
    const int countWidth = opt.fontMetrics.horizontalAdvance(countText);
    // The style elides the text to the rect it gets; leave the count's room out of it.
    const QString text = opt.text;
    opt.text = opt.fontMetrics.elidedText(text, Qt::ElideRight,
                                          std::max(0, textRect.width() - countWidth - kGap));
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    QColor color = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    color.setAlphaF(selected ? 0.85f : 0.55f);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(color);
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, countText);
    painter->restore();
}

QSize CountDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QVariant count = index.data(m_countRole);
    if (count.isValid())
        size.rwidth() += option.fontMetrics.horizontalAdvance(
                             option.locale.toString(count.toLongLong())) + kGap;
    return size;
}

} // namespace tierscope::ui
