// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace tierscope::ui {

// Paints the tier as a coloured badge and marks an ER reported by the source with a dot
// (computed rates carry no mark; the tooltip says which) and a creator with a data-quality flag
// with a small flag at the start of the ER cell (its tooltip says why).
class CreatorItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintTier(QPainter *painter, const QStyleOptionViewItem &option,
                   const QModelIndex &index) const;
    void paintErMarker(QPainter *painter, const QStyleOptionViewItem &option,
                       const QModelIndex &index) const;
    void paintFlag(QPainter *painter, const QStyleOptionViewItem &option,
                   const QModelIndex &index) const;
};

} // namespace tierscope::ui
