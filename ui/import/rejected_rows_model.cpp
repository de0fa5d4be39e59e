// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/rejected_rows_model.h"

#include "ui/common/plain_text.h"
#include "ui/import/import_colors.h"

#include <QGuiApplication>

#include <algorithm>

namespace tierscope::ui {

RejectedRowsModel::RejectedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RejectedRowsModel::setRows(const QList<core::RejectedRow> &rows)
{
    QList<Entry> entries;
    entries.reserve(rows.size());
    for (const core::RejectedRow &r : rows)
        entries.append({Kind::RowRefused, r});
    setEntries(entries);
}

void RejectedRowsModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_rows.clear();
    m_rows.reserve(entries.size());
    for (const Entry &e : entries)
        m_rows << e.row;
    endResetModel();
}

QList<RejectedRowsModel::Entry>
RejectedRowsModel::entriesOf(const core::ImportReport &report,
                             core::BulkCreatorWriter::OnDuplicate onDuplicate)
{
    QList<Entry> out;
    out.reserve(report.rejectedRows.size() + report.cellIssues.size() + report.repeatedRows.size());
    for (const core::RejectedRow &r : report.rejectedRows)
        out.append({Kind::RowRefused, r});
    for (const core::RejectedRow &r : report.cellIssues)
        out.append({Kind::FieldUnknown, r});
    const bool skip = onDuplicate == core::BulkCreatorWriter::OnDuplicate::Skip;
    for (const core::RepeatedRow &r : report.repeatedRows) {
        QString reason;
        if (r.earlierLine > 0)
            reason = skip ? tr("repeats @%1 from line %2; this row was skipped")
                                .arg(r.handle)
                                .arg(r.earlierLine)
                          : tr("repeats @%1 from line %2; the later values were kept")
                                .arg(r.handle)
                                .arg(r.earlierLine);
        else
            reason = skip
                ? tr("repeats @%1 from an earlier line; this row was skipped").arg(r.handle)
                : tr("repeats @%1 from an earlier line; the later values were kept").arg(r.handle);
        out.append({Kind::Repeat, {r.line, QString(), reason}});
    }
    // One list by line; within a line, refused before unknown before repeat.
    std::stable_sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        return a.row.line != b.row.line ? a.row.line < b.row.line : int(a.kind) < int(b.kind);
    });
    return out;
}

QString RejectedRowsModel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::RowRefused:
        return tr("row refused");
    case Kind::FieldUnknown:
        return tr("field left unknown");
    case Kind::Repeat:
        return tr("repeats a row");
    }
    return {};
}

QString RejectedRowsModel::toText(const QList<int> &rows) const
{
    QString text;
    for (int r : rows) {
        if (r < 0 || r >= m_entries.size())
            continue;
        const Entry &e = m_entries[r];
        // Tabs and line breaks inside a value would break the columns when pasted.
        const auto flat = [](const QString &s) -> QString { return s.simplified(); };
        text += QString::number(e.row.line) + u'\t' + kindText(e.kind) + u'\t' + flat(e.row.column)
            + u'\t' + flat(e.row.reason) + u'\n';
    }
    return text;
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Entry &e = m_entries[index.row()];
    const core::RejectedRow &row = e.row;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return row.line;
        case KindColumn:
            return kindText(e.kind);
        case ColumnColumn:
            return row.column.isEmpty() ? tr("(whole row)") : row.column;
        case ReasonColumn:
            return row.reason;
        default:
            return {};
        }
    case KindRole:
        return int(e.kind);
    case Qt::ToolTipRole:
        return plainToolTip(row.toString());
    case Qt::ForegroundRole:
        if (index.column() == KindColumn && e.kind == Kind::RowRefused)
            return importWarningColor(QGuiApplication::palette());
        if (index.column() == KindColumn && e.kind == Kind::Repeat)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
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
    case KindColumn:
        return tr("What happened");
    case ColumnColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace tierscope::ui
