// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/import_report.h"
#include "core/storage/bulk_creator_writer.h"

#include <QAbstractTableModel>
#include <QList>

namespace tierscope::ui {

// What an import could not take as written, in file order: rows it refused, cells it left
// unknown (the creator came in without that field) and rows that repeat a creator from earlier
// in the file. Line, what happened, column and reason.
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, KindColumn, ColumnColumn, ReasonColumn, ColumnCount };
    enum class Kind { RowRefused, FieldUnknown, Repeat };
    enum Role { KindRole = Qt::UserRole + 1 }; // int(Kind)
    struct Entry
    {
        Kind kind = Kind::RowRefused;
        core::RejectedRow row;
    };

    explicit RejectedRowsModel(QObject *parent = nullptr);

    // Refused rows only (an import that refuses whole rows).
    void setRows(const QList<core::RejectedRow> &rows);
    void setEntries(const QList<Entry> &entries);
    // The report's refused rows, cells left unknown and repeats, merged by line.
    static QList<Entry> entriesOf(const core::ImportReport &report,
                                  core::BulkCreatorWriter::OnDuplicate onDuplicate);
    const QList<core::RejectedRow> &rows() const { return m_rows; }
    const QList<Entry> &entries() const { return m_entries; }
    static QString kindText(Kind kind); // "row refused", "field left unknown" …

    // Tab-separated lines "line<TAB>what<TAB>column<TAB>reason" of the given rows, for the
    // clipboard.
    QString toText(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
    QList<core::RejectedRow> m_rows; // the entries' rows, for callers that need no kind
};

} // namespace tierscope::ui
