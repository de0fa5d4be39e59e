// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/import_mapping_model.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace tierscope::ui {

using core::CreatorField;

ImportMappingModel::ImportMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<CreatorField> ImportMappingModel::choices()
{
    QList<CreatorField> out = core::allCreatorFields();
    out << CreatorField::Extra << CreatorField::Ignore;
    return out;
}

void ImportMappingModel::setPreview(const QList<QStringList> &rows,
                                    const core::HeaderMapping &mapping)
{
    beginResetModel();
    m_rows = rows;
    m_mapping = mapping;
    endResetModel();
    emit mappingChanged();
}

void ImportMappingModel::setMapping(const core::HeaderMapping &mapping)
{
    if (mapping.headers() != m_mapping.headers() || mapping == m_mapping)
        return;
    const core::HeaderMapping before = m_mapping;
    m_mapping = mapping;
    announceTargets(before);
}

// One dataChanged per changed column, so that each open combo box is brought up to date.
void ImportMappingModel::announceTargets(const core::HeaderMapping &before)
{
    for (int c = 0; c < columnCount(); ++c) {
        if (before.target(c) != m_mapping.target(c))
            emit dataChanged(index(0, c), index(rowCount() - 1, c));
    }
    emit mappingChanged();
}

int ImportMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_mapping.columnCount() == 0 ? 0 : int(m_rows.size()) + 1;
}

int ImportMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mapping.columnCount());
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const CreatorField target = m_mapping.target(index.column());
    if (role == TargetRole)
        return int(target);
    if (index.row() == kMappingRow) {
        switch (role) {
        case Qt::DisplayRole:
            return core::creatorFieldDisplayName(target);
        case Qt::EditRole:
            return int(target);
        case Qt::ToolTipRole:
            return tr("What the column “%1” fills").arg(m_mapping.header(index.column()));
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
        if (target == CreatorField::Ignore)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (target == CreatorField::Ignore) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

bool ImportMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || index.row() != kMappingRow
        || (role != Qt::EditRole && role != TargetRole)) {
        return false;
    }
    bool ok = false;
    const int raw = value.toInt(&ok);
    if (!ok || !choices().contains(CreatorField(raw)))
        return false;
    const auto target = CreatorField(raw);
    if (m_mapping.target(index.column()) == target)
        return true;
    const core::HeaderMapping before = m_mapping;
    // Choosing a field another column fills moves it here; that column becomes Extra.
    m_mapping.setTarget(index.column(), target);
    announceTargets(before);
    return true;
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.row() == kMappingRow)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const QString header = m_mapping.header(section);
        if (role == Qt::DisplayRole)
            return header.trimmed().isEmpty() ? tr("(column %1)").arg(section + 1) : header;
        if (role == Qt::ToolTipRole)
            return tr("Column %1 of the file: “%2”").arg(section + 1).arg(header);
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (role == Qt::DisplayRole)
        return section == kMappingRow ? tr("Import as") : QString::number(section);
    if (role == Qt::ToolTipRole && section == kMappingRow)
        return tr("Choose what each column fills");
    return {};
}

} // namespace tierscope::ui
