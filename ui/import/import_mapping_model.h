// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/creator_importer.h"
#include "core/io/header_mapping.h"
#include "ui/import/column_mapping_model.h"
#include "ui/import/column_reading_text.h"

#include <QHash>

namespace tierscope::ui {

// The creator import preview (ColumnMappingModel): row 0 holds what each column fills (a
// creator field, Extra or Ignore); the rows below are the first records of the file, shown as
// they will be stored (setStored: 12,300 · €1,200.00 · 12.5% · "—" for unknown), or as the file
// writes them (setShowFileText). A cell that loses its field is shown in a warning colour with
// the reason as its tooltip; a refused row is muted and its header says why. Each column's
// header carries how its numbers are read (SubtitleRole). TargetRole holds int(CreatorField).
class ImportMappingModel : public TypedColumnMappingModel<core::CreatorField>
{
    Q_OBJECT
public:
    enum Role {
        FileTextRole = TargetRole + 1, // the cell as in the file
        CellStateRole, // int(CellState)
        SubtitleRole, // horizontal header: how the column's numbers are read
    };
    enum class CellState {
        AsInFile, // not a creator field (Extra, Ignore), or nothing stored to show
        Stored, // the value as it will be stored
        Unknown, // stored as unknown ("—")
        Computed, // the ER computed from the other columns (the cell has none)
        CellIssue, // the cell does not read: the creator lands without the field
        Refused, // the whole row is refused
        Undecided, // read by the language settings until the column's question is answered
    };
    struct ColumnReading
    {
        core::ColumnSurvey::Reading reading;
        ColumnReadingText::Decision decision = ColumnReadingText::Decision::Survey;
    };

    explicit ImportMappingModel(QObject *parent = nullptr);

    // The records as they will be stored (same order as the rows of setPreview) and how the
    // columns are read. Only the record rows and the headers change (no reset: the mapping
    // row's combo boxes stay open).
    void setStored(const QList<core::PreviewRow> &stored, const QList<ColumnReading> &readings);
    void clearStored();
    const QList<core::PreviewRow> &stored() const { return m_stored; }

    void setShowFileText(bool show);
    bool showsFileText() const { return m_showFileText; }

    // The first cells of a column as written in the file.
    QStringList columnValues(int column) const;
    CellState cellState(const QModelIndex &index) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const core::PreviewRow *storedRow(int row) const;
    std::optional<core::RejectedRow> cellIssue(const core::PreviewRow &row, int column) const;
    QString storedText(const core::PreviewRow &row, int column) const;
    QVariant recordData(const QModelIndex &index, int role) const;
    void announceRecords();

    QList<core::PreviewRow> m_stored;
    QHash<int, ColumnReading> m_readings; // by column
    bool m_showFileText = false;
};

} // namespace tierscope::ui
