// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/choice_delegate.h"

#include <QComboBox>

namespace tierscope::ui {

ChoiceDelegate::ChoiceDelegate(const QList<std::pair<int, QString>> &choices, QObject *parent)
    : QStyledItemDelegate(parent), m_choices(choices)
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    for (const auto &[value, label] : m_choices)
        box->addItem(label, value);
    // A choice made is a choice committed: no second click needed.
    connect(box, &QComboBox::activated, this, [this, box] {
        emit const_cast<ChoiceDelegate *>(this)->commitData(box);
        emit const_cast<ChoiceDelegate *>(this)->closeEditor(box);
    });
    return box;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    box->setCurrentIndex(box->findData(index.data(Qt::EditRole).toInt()));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    if (box->currentIndex() >= 0 && box->currentData().toInt() != index.data(Qt::EditRole).toInt())
        model->setData(index, box->currentData(), Qt::EditRole);
}

} // namespace tierscope::ui
