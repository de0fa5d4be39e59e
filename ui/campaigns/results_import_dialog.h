// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/results_field.h"
#include "core/io/results_importer.h"
#include "ui/import/column_mapping_model.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tierscope::ui {

class CampaignDocument;
class CampaignEditor;
class EncodingBox;
class ImportSummaryDialog;
class MappingFileButtons;

// The preview of a results sheet, with what each column fills (the creator import's mapping
// table: ColumnMappingModel and ImportMappingDelegate).
using ResultsMappingModel = TypedColumnMappingModel<core::ResultsField>;

// Campaigns › Import Results…: choose a results sheet (CSV), check what each column fills in the
// preview (override the encoding, save or load the mapping, as in the creator import), then
// import into the campaign shown. The import is one undo step
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
    core::TextEncoding encoding() const; // as chosen; Auto unless the user overrode it
    QStringList notes() const { return m_notes; } // the preview's warnings
    QString problemText() const; // empty when the import can run

    // Reads the sheet against the campaign, pushes the undo step and shows the summary.
    // false when nothing could be imported (the reason was shown).
    bool runImport();

    // The mapping shown, as a JSON file; and one saved before, applied to this file's columns.
    bool saveMapping(const QString &path, QString *error = nullptr) const;
    bool loadMapping(const QString &path, QString *error = nullptr);

    ResultsMappingModel *mappingModel() const { return m_model; }
    QTableView *previewTable() const { return m_table; }
    QComboBox *encodingBox() const; // an EncodingBox
    MappingFileButtons *mappingButtons() const { return m_mappingButtons; }
    QPushButton *importButton() const { return m_import; }
    ImportSummaryDialog *summary() const; // the last one shown, while it is open
    const core::ResultsImport &lastImport() const { return m_last; }

private:
    void chooseFile();
    void refreshPreview();
    void openEditors();
    void updateState();

    CampaignDocument *m_document;
    CampaignEditor *m_editor;
    ResultsMappingModel *m_model;
    QLabel *m_file;
    EncodingBox *m_encoding;
    QLabel *m_format;
    QTableView *m_table;
    QLabel *m_problem;
    QLabel *m_notesLabel;
    MappingFileButtons *m_mappingButtons;
    QPushButton *m_import;
    QString m_path;
    QString m_previewError;
    QStringList m_notes;
    bool m_previewOk = false;
    core::ResultsImport m_last;
    QPointer<ImportSummaryDialog> m_summary;
};

} // namespace tierscope::ui
