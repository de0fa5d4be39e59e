// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/creator_importer.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tierscope::ui {

class EncodingBox;
class ImportMappingModel;
class MappingFileButtons;

// Import › step one: the file, its first rows with the column mapping (editable per column),
// the platform for rows without one, what to do with creators already in the workspace and the
// encoding. Mappings can be saved to and loaded from JSON files. Nothing is written here.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 20;

    explicit ImportDialog(QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the file's first rows; on failure the reason is shown and Import stays disabled.
    bool setFile(const QString &path);
    QString filePath() const { return m_path; }

    // What the import should use: the mapping as shown, platform, duplicates, encoding.
    core::ImportOptions options() const;
    core::HeaderMapping mapping() const;
    bool canImport() const;
    QString problemText() const; // why Import is disabled, or empty
    QStringList notes() const; // the preview's warnings

    bool saveMapping(const QString &path, QString *error = nullptr) const;
    bool loadMapping(const QString &path, QString *error = nullptr);

    ImportMappingModel *mappingModel() const { return m_model; }
    QTableView *previewTable() const { return m_table; }
    QComboBox *encodingBox() const; // an EncodingBox
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
    void openEditors();
    void updateState();

    QString m_path;
    bool m_previewOk = false;
    QString m_previewError;
    QStringList m_notes;
    QString m_detectedEncoding;
    QString m_delimiter;
    ImportMappingModel *m_model;
    QLabel *m_file;
    EncodingBox *m_encoding;
    QComboBox *m_platform;
    QComboBox *m_duplicates;
    QLabel *m_format;
    QTableView *m_table;
    QLabel *m_problemIcon = nullptr;
    QLabel *m_problem;
    QLabel *m_notesLabel;
    QPushButton *m_import;
    MappingFileButtons *m_mappingButtons;
};

} // namespace tierscope::ui
