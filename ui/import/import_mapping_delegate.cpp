// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/import_mapping_delegate.h"

#include "ui/import/column_mapping_model.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace tierscope::ui {

QWidget *ImportMappingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    const auto *model = qobject_cast<const ColumnMappingModel *>(index.model());
    if (!model || index.row() != ColumnMappingModel::kMappingRow)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("mappingCombo"));
    combo->setFocusPolicy(Qt::StrongFocus);
    combo->setMaxVisibleItems(24);
    for (const ColumnMappingModel::Choice &choice : model->targetChoices()) {
        if (choice.startsGroup)
            combo->insertSeparator(combo->count());
        combo->addItem(choice.name, choice.target);
    }
    auto *self = const_cast<ImportMappingDelegate *>(this);
    connect(combo, &QComboBox::currentIndexChanged, self,
            [self, combo] { self->commitNow(combo); });
    return combo;
}

void ImportMappingDelegate::commitNow(QWidget *editor)
{
    emit commitData(editor);
}

void ImportMappingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QSignalBlocker blocker(combo); // a model update is no new choice
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    combo->setToolTip(index.data(Qt::ToolTipRole).toString());
}

void ImportMappingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                         const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

void ImportMappingDelegate::updateEditorGeometry(QWidget *editor,
                                                 const QStyleOptionViewItem &option,
                                                 const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

} // namespace tierscope::ui
