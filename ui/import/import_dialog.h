// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/creator_importer.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tierscope::ui {

class DecimalQuestionPanel;
class EncodingBox;
class ImportMappingModel;
class MappingFileButtons;

// Import › step one: the file, its first rows as they will be stored with the column mapping
// (editable per column), how the file writes numbers (detected per column; for the file as a
// whole, and a question per column the file does not settle), the platform for rows without
// one (required when nothing in the file tells), what to do with creators already in the
// workspace and the encoding. Mappings can be saved to and loaded from JSON files. Nothing is
// written here.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 20;

    explicit ImportDialog(QWidget *parent = nullptr);
    ~ImportDialog() override;

    // The workspace's default currency (for fees that name none) and ER basis, so that the
    // preview shows the values as this workspace will store them.
    void setWorkspaceDefaults(const QString &defaultCurrency, const core::ErBases &erBases);

    // Reads the file's first rows; on failure the reason is shown and Import stays disabled.
    bool setFile(const QString &path);
    QString filePath() const { return m_path; }

    // What the import should use: the mapping as shown, platform, duplicates, encoding, the
    // numbers' readings, the locale and the workspace's defaults.
    core::ImportOptions options() const;
    core::HeaderMapping mapping() const;
    bool canImport() const;
    QString problemText() const; // why Import is disabled, or empty
    QStringList notes() const; // the preview's warnings
    // The columns whose decimal mark neither the file, an answer nor the file's choice settles.
    QStringList undecidedColumns() const;
    // The columns asked about (the file does not show their decimal mark), answered or not.
    QStringList ambiguousColumns() const { return m_ambiguous; }

    bool saveMapping(const QString &path, QString *error = nullptr) const;
    bool loadMapping(const QString &path, QString *error = nullptr);

    ImportMappingModel *mappingModel() const { return m_model; }
    QTableView *previewTable() const { return m_table; }
    QComboBox *encodingBox() const; // an EncodingBox
    QComboBox *numbersBox() const { return m_numbers; } // data: int(core::DecimalMark)
    DecimalQuestionPanel *decimalQuestions() const { return m_questions; }
    QCheckBox *fileTextBox() const { return m_fileText; }
    QComboBox *platformBox() const { return m_platform; }
    QComboBox *duplicateBox() const { return m_duplicates; }
    QPushButton *importButton() const { return m_import; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFile();
    void refreshPreview();
    void showPreview(const core::ImportPreview &preview);
    void showQuestions(const core::ImportPreview &preview);
    void answerColumn(const QString &header, core::DecimalMark mark);
    void openEditors();
    void fitColumns();
    void widenColumns();
    void updateState();
    bool platformNeeded() const;
    core::DecimalMark fileMark() const;
    core::ImportOptions previewOptions() const;

    QString m_path;
    bool m_previewOk = false;
    bool m_updatingModel = false; // the model is changed by the dialog: no refresh from it
    QString m_previewError;
    QStringList m_notes;
    QStringList m_headers; // of the records shown
    QList<QStringList> m_records; // shown
    QStringList m_ambiguous; // headers of columns the file does not settle
    QHash<QString, core::DecimalMark> m_columnMarks; // the answers, by header
    QString m_defaultCurrency = QStringLiteral("USD");
    core::ErBases m_erBases;
    ImportMappingModel *m_model;
    QLabel *m_file;
    EncodingBox *m_encoding;
    QComboBox *m_numbers;
    QComboBox *m_platform;
    QLabel *m_platformLabel = nullptr;
    QComboBox *m_duplicates;
    QLabel *m_format;
    DecimalQuestionPanel *m_questions;
    QCheckBox *m_fileText;
    QTableView *m_table;
    QLabel *m_problemIcon = nullptr;
    QLabel *m_problem;
    QLabel *m_notesLabel;
    QPushButton *m_import;
    MappingFileButtons *m_mappingButtons;
};

} // namespace tierscope::ui
