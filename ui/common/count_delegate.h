// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace tierscope::ui {

// Paints an item as usual, with a count (from a role of the model) right-aligned in a muted
// colour; the text is elided before it, never under it. Items without the role look as usual.
class CountDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    CountDelegate(int countRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_countRole;
};

} // namespace tierscope::ui
