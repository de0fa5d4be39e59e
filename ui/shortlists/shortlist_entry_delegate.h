// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/creators/creator_item_delegate.h"

namespace tierscope::ui {

// The Creators table's painting (tier badges, reported-ER marks) for the creator columns, a
// coloured pill for the verdict and a drop-down to change it.
class ShortlistEntryDelegate : public CreatorItemDelegate
{
    Q_OBJECT
public:
    using CreatorItemDelegate::CreatorItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    void paintVerdict(QPainter *painter, const QStyleOptionViewItem &option,
                      const QModelIndex &index) const;
};

} // namespace tierscope::ui
