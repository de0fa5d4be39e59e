// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/column_mapping_model.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace tierscope::ui {

// The texts keep the translation context of the creator import model, where they began.

ColumnMappingModel::ColumnMappingModel(QObject *parent) : QAbstractTableModel(parent) {}

QList<int> ColumnMappingModel::targets() const
{
    QList<int> out;
    for (int c = 0; c < mappedColumnCount(); ++c)
        out << targetOf(c);
    return out;
}

void ColumnMappingModel::announceTargets(const QList<int> &before)
{
    for (int c = 0; c < columnCount(); ++c) {
        if (before.value(c, -1) != targetOf(c))
            emit dataChanged(index(0, c), index(rowCount() - 1, c));
    }
    emit mappingChanged();
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || mappedColumnCount() == 0 ? 0 : int(m_rows.size()) + 1;
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mappedColumnCount());
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const int target = targetOf(index.column());
    if (role == TargetRole)
        return target;
    if (index.row() == kMappingRow) {
        switch (role) {
        case Qt::DisplayRole:
            return targetName(target);
        case Qt::EditRole:
            return target;
        case Qt::ToolTipRole:
            return QCoreApplication::translate("tierscope::ui::ImportMappingModel", "What the column “%1” fills").arg(columnHeader(index.column()));
        default:
            return {};
        }
    }
    const QStringList &record = m_rows[index.row() - 1];
    switch (role) {
    case Qt::DisplayRole:
        // One line per cell: a value with line breaks would make the row tall.
        return record.value(index.column()).simplified();
    case Qt::ToolTipRole:
        return record.value(index.column());
    case Qt::ForegroundRole:
        if (isIgnore(target))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (isIgnore(target)) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || index.row() != kMappingRow
        || (role != Qt::EditRole && role != TargetRole)) {
        return false;
    }
    bool ok = false;
    const int target = value.toInt(&ok);
    if (!ok)
        return false;
    const QList<Choice> choices = targetChoices();
    if (std::none_of(choices.cbegin(), choices.cend(),
                     [target](const Choice &c) { return c.target == target; }))
        return false;
    if (targetOf(index.column()) == target)
        return true;
    const QList<int> before = targets();
    assignTarget(index.column(), target);
    announceTargets(before);
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.row() == kMappingRow)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const QString header = columnHeader(section);
        if (role == Qt::DisplayRole)
            return header.trimmed().isEmpty() ? QCoreApplication::translate("tierscope::ui::ImportMappingModel", "(column %1)").arg(section + 1) : header;
        if (role == Qt::ToolTipRole)
            return QCoreApplication::translate("tierscope::ui::ImportMappingModel", "Column %1 of the file: “%2”").arg(section + 1).arg(header);
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (role == Qt::DisplayRole)
        return section == kMappingRow ? QCoreApplication::translate("tierscope::ui::ImportMappingModel", "Import as") : QString::number(section);
    if (role == Qt::ToolTipRole && section == kMappingRow)
        return QCoreApplication::translate("tierscope::ui::ImportMappingModel", "Choose what each column fills");
    return {};
}

} // namespace tierscope::ui
