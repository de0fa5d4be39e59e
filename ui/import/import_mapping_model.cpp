// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/import_mapping_model.h"

#include "ui/common/plain_text.h"
#include "ui/import/import_colors.h"
#include "ui/import/stored_value_text.h"

#include <QApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>

namespace tierscope::ui {

using core::CreatorField;

namespace {

bool isNumeric(CreatorField f)
{
    switch (f) {
    case CreatorField::Followers:
    case CreatorField::AvgLikes:
    case CreatorField::AvgComments:
    case CreatorField::AvgShares:
    case CreatorField::AvgViews:
    case CreatorField::EngagementRate:
    case CreatorField::Authenticity:
    case CreatorField::SponsoredRatio:
    case CreatorField::Fee:
        return true;
    default:
        return false;
    }
}

bool hasSeparator(const QString &text)
{
    return text.contains(u'.') || text.contains(u',');
}

QString quoted(const QString &s)
{
    return u'“' + s + u'”';
}

} // namespace

ImportMappingModel::ImportMappingModel(QObject *parent)
    : TypedColumnMappingModel(parent)
{
}

void ImportMappingModel::setStored(const QList<core::PreviewRow> &stored,
                                   const QList<ColumnReading> &readings)
{
    m_stored = stored;
    m_readings.clear();
    for (const ColumnReading &r : readings)
        m_readings.insert(int(r.reading.column), r);
    announceRecords();
}

void ImportMappingModel::clearStored()
{
    setStored({}, {});
}

void ImportMappingModel::setShowFileText(bool show)
{
    if (m_showFileText == show)
        return;
    m_showFileText = show;
    announceRecords();
}

void ImportMappingModel::announceRecords()
{
    const int rows = rowCount();
    const int columns = columnCount();
    if (rows > 1 && columns > 0)
        emit dataChanged(index(1, 0), index(rows - 1, columns - 1));
    if (columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 1)
        emit headerDataChanged(Qt::Vertical, 1, rows - 1);
}

QStringList ImportMappingModel::columnValues(int column) const
{
    QStringList out;
    for (int r = 0; r < previewRowCount(); ++r)
        out << fileText(r, column);
    return out;
}

const core::PreviewRow *ImportMappingModel::storedRow(int row) const
{
    const int record = row - 1;
    if (record < 0 || record >= m_stored.size() || record >= previewRowCount())
        return nullptr;
    return &m_stored[record];
}

std::optional<core::RejectedRow> ImportMappingModel::cellIssue(const core::PreviewRow &row,
                                                               int column) const
{
    const QString header = columnHeader(column);
    for (const core::RejectedRow &issue : row.cellIssues) {
        if (issue.column == header)
            return issue;
    }
    return std::nullopt;
}

ImportMappingModel::CellState ImportMappingModel::cellState(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() == kMappingRow)
        return CellState::AsInFile;
    const auto field = CreatorField(targetOf(index.column()));
    const core::PreviewRow *row = storedRow(index.row());
    if (!row || field == CreatorField::Extra || field == CreatorField::Ignore)
        return CellState::AsInFile;
    if (!row->creator)
        return CellState::Refused;
    if (cellIssue(*row, index.column()))
        return CellState::CellIssue;
    const core::Creator &c = *row->creator;
    if (field == CreatorField::EngagementRate && c.engagementRate
        && c.erSource == core::ErSource::Computed)
        return CellState::Computed;
    if (StoredValueText::isEmpty(c, field))
        return CellState::Unknown;
    const auto reading = m_readings.constFind(index.column());
    if (reading != m_readings.cend() && reading->decision == ColumnReadingText::Decision::Open
        && hasSeparator(fileText(index.row() - 1, index.column())))
        return CellState::Undecided;
    return CellState::Stored;
}

QString ImportMappingModel::storedText(const core::PreviewRow &row, int column) const
{
    const auto field = CreatorField(targetOf(column));
    if (!row.creator)
        return {};
    return StoredValueText::field(*row.creator, field).value_or(QString());
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index) || index.row() == kMappingRow || role == TargetRole)
        return ColumnMappingModel::data(index, role);
    return recordData(index, role);
}

QVariant ImportMappingModel::recordData(const QModelIndex &index, int role) const
{
    const QString raw = fileText(index.row() - 1, index.column());
    if (role == FileTextRole)
        return raw;
    const CellState state = cellState(index);
    if (role == CellStateRole)
        return int(state);
    if (state == CellState::AsInFile)
        return ColumnMappingModel::data(index, role);
    const core::PreviewRow &row = *storedRow(index.row());
    const auto field = CreatorField(targetOf(index.column()));
    const bool rejectingCell = state == CellState::Refused && !row.rejection.column.isEmpty()
        && row.rejection.column == columnHeader(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (state == CellState::CellIssue)
            return QString(QStringLiteral("⚠ ") + raw.simplified());
        if (m_showFileText || state == CellState::Refused)
            return raw.simplified();
        return storedText(row, index.column());
    case Qt::ToolTipRole: {
        QString tip;
        if (state == CellState::Refused) {
            tip = tr("This row is refused: %1").arg(row.rejection.reason);
        } else if (state == CellState::CellIssue) {
            tip = tr("Left unknown: %1\nThe creator is imported without this field.")
                      .arg(cellIssue(row, index.column())->reason);
        } else {
            tip = tr("In the file: %1\nStored as: %2")
                      .arg(quoted(raw), storedText(row, index.column()));
            if (state == CellState::Computed)
                tip += u'\n'
                    + tr("The file gives no rate here: it is computed from the likes, comments "
                         "and shares.");
            if (state == CellState::Undecided)
                tip += u'\n'
                    + tr("Read as your language settings write numbers until you answer how "
                         "this column writes them (above the table).");
        }
        return plainToolTip(tip);
    }
    case Qt::ForegroundRole: {
        const QPalette pal = QGuiApplication::palette();
        switch (state) {
        case CellState::CellIssue:
            return importWarningColor(pal);
        case CellState::Refused:
            return rejectingCell ? importWarningColor(pal) : pal.color(QPalette::PlaceholderText);
        case CellState::Unknown:
        case CellState::Computed:
            return pal.color(QPalette::PlaceholderText);
        default:
            return {};
        }
    }
    case Qt::FontRole:
        if (state == CellState::Refused || state == CellState::Undecided) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (!m_showFileText && isNumeric(field) && state != CellState::Refused
            && state != CellState::CellIssue)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        const auto reading = m_readings.constFind(section);
        if (role == SubtitleRole) {
            if (section < 0 || section >= columnCount() || reading == m_readings.cend())
                return {};
            return ColumnReadingText::tag(reading->reading, reading->decision,
                                          columnValues(section));
        }
        if (role == Qt::ToolTipRole && reading != m_readings.cend()) {
            const QString why = ColumnReadingText::explanation(reading->reading);
            const QString base =
                ColumnMappingModel::headerData(section, orientation, role).toString();
            return plainToolTip(why.isEmpty() ? base : base + QStringLiteral("\n\n") + why);
        }
        return ColumnMappingModel::headerData(section, orientation, role);
    }
    if (section == kMappingRow || section < 0 || section >= rowCount())
        return ColumnMappingModel::headerData(section, orientation, role);
    const core::PreviewRow *row = storedRow(section);
    const bool refused = row && !row->creator;
    switch (role) {
    case Qt::DisplayRole:
        return row ? QString::number(row->line) : QString::number(section);
    case Qt::ToolTipRole:
        if (!row)
            return {};
        if (refused)
            return plainToolTip(
                tr("Line %1 of the file is refused: %2").arg(row->line).arg(row->rejection.reason));
        if (!row->cellIssues.isEmpty())
            return plainToolTip(tr("Line %1 of the file: imported, with %n cell(s) left unknown",
                                   nullptr, int(row->cellIssues.size()))
                                    .arg(row->line));
        return tr("Line %1 of the file").arg(row->line);
    case Qt::DecorationRole:
        if (refused) {
            if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
                return app->style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ForegroundRole:
        if (refused || (row && !row->cellIssues.isEmpty()))
            return importWarningColor(QGuiApplication::palette());
        return {};
    default:
        return {};
    }
}

} // namespace tierscope::ui
