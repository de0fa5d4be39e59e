// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/rejected_rows_model.h"

namespace tierscope::ui {

RejectedRowsModel::RejectedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RejectedRowsModel::setRows(const QList<core::RejectedRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString RejectedRowsModel::toText(const QList<int> &rows) const
{
    QString text;
    for (int r : rows) {
        if (r < 0 || r >= m_rows.size())
            continue;
        const core::RejectedRow &row = m_rows[r];
        // Tabs and line breaks inside a value would break the columns when pasted.
        const auto flat = [](const QString &s) -> QString { return s.simplified(); };
        text +=
            QString::number(row.line) + u'\t' + flat(row.column) + u'\t' + flat(row.reason) + u'\n';
    }
    return text;
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const core::RejectedRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return row.line;
        case ColumnColumn:
            return row.column.isEmpty() ? tr("(whole row)") : row.column;
        case ReasonColumn:
            return row.reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return row.toString();
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace tierscope::ui
