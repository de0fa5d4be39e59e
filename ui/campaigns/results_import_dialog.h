// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/results_field.h"
#include "core/io/results_importer.h"
#include "ui/import/column_mapping_model.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace tierscope::ui {

class CampaignDocument;
class CampaignEditor;
class ImportSummaryDialog;

// The preview of a results sheet, with what each column fills (the creator import's mapping
// table: ColumnMappingModel and ImportMappingDelegate).
using ResultsMappingModel = TypedColumnMappingModel<core::ResultsField>;

// Campaigns › Import Results…: choose a results sheet (CSV), check what each column fills in the
// preview, then import into the campaign shown. The import is one undo step
// (CampaignEditor::importResults); the summary (updated, unchanged, rejected rows with line and
// reason) follows.
class ResultsImportDialog : public QDialog
{
    Q_OBJECT
public:
    ResultsImportDialog(CampaignDocument *document, CampaignEditor *editor,
                        QWidget *parent = nullptr);
    ~ResultsImportDialog() override;

    // Shows the preview of a file; false when it cannot be read as CSV (the dialog says why).
    bool setFile(const QString &path);
    QString filePath() const { return m_path; }
    core::ResultsMapping mapping() const;
    QString problemText() const; // empty when the import can run

    // Reads the sheet against the campaign, pushes the undo step and shows the summary.
    // false when nothing could be imported (the reason was shown).
    bool runImport();

    ResultsMappingModel *mappingModel() const { return m_model; }
    QTableView *previewTable() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    ImportSummaryDialog *summary() const; // the last one shown, while it is open
    const core::ResultsImport &lastImport() const { return m_last; }

private:
    void chooseFile();
    void openEditors();
    void updateState();

    CampaignDocument *m_document;
    CampaignEditor *m_editor;
    ResultsMappingModel *m_model;
    QLabel *m_file;
    QLabel *m_format;
    QTableView *m_table;
    QLabel *m_problem;
    QPushButton *m_import;
    QString m_path;
    QString m_previewError;
    bool m_previewOk = false;
    core::ResultsImport m_last;
    QPointer<ImportSummaryDialog> m_summary;
};

} // namespace tierscope::ui
