// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/import_report.h"
#include "core/storage/bulk_creator_writer.h"

#include <QDialog>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace tierscope::ui {

class RejectedRowsModel;

// Import › the end: how many rows came in new, updated, skipped or rejected and how many cells
// were left unknown; how the file was read (each column's numbers, the columns the file did not
// settle, values read as unknown, repeats, creators flagged, the import's notes); and one list
// of what to check — refused rows, cells left unknown and repeats (line, what happened,
// column, reason) — that copies (Ctrl+C: the selected rows as tab-separated text) and saves
// (.txt or .csv).
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    // onDuplicate: what the import did with a repeated creator (the repeats say so).
    ImportSummaryDialog(const QString &fileName, const core::ImportReport &report,
                        QWidget *parent = nullptr,
                        core::BulkCreatorWriter::OnDuplicate onDuplicate =
                            core::BulkCreatorWriter::OnDuplicate::Update);
    ~ImportSummaryDialog() override;

    const core::ImportReport &report() const { return m_report; }
    QTableView *rejectedTable() const { return m_table; }
    RejectedRowsModel *rejectedModel() const { return m_model; }
    // "new", "updated", "skipped", "rejected", "unknownCells"; empty when not shown.
    QString countText(const QString &which) const;
    // The lines under "How the file was read", as shown.
    QStringList noteLines() const { return m_noteLines; }

    void copySelectedRows() const;
    // .csv (by the suffix) writes line, what happened, column, reason as CSV; anything else a
    // text report.
    bool saveRejectedRows(const QString &path, QString *error = nullptr) const;

private:
    QLabel *addCount(QGridLayout *grid, int column, const QString &name, qint64 value,
                     const QString &key);
    QStringList buildNotes(core::BulkCreatorWriter::OnDuplicate onDuplicate) const;
    void saveInteractive();

    QString m_fileName;
    core::ImportReport m_report;
    QStringList m_noteLines;
    RejectedRowsModel *m_model;
    QTableView *m_table;
};

} // namespace tierscope::ui
