// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/import_report.h"

#include <QAbstractTableModel>
#include <QList>

namespace tierscope::ui {

// The rows an import rejected: line, column and reason, in file order.
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, ColumnColumn, ReasonColumn, ColumnCount };

    explicit RejectedRowsModel(QObject *parent = nullptr);

    void setRows(const QList<core::RejectedRow> &rows);
    const QList<core::RejectedRow> &rows() const { return m_rows; }

    // Tab-separated lines "line<TAB>column<TAB>reason" of the given rows, for the clipboard.
    QString toText(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::RejectedRow> m_rows;
};

} // namespace tierscope::ui
