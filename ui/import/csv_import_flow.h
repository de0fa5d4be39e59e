// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/creator_importer.h"

#include <QObject>
#include <QPointer>

class QAction;
class QProgressDialog;
class QWidget;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

class ImportDialog;
class ImportJob;
class ImportSummaryDialog;

// File › Import CSV… and CSV files dropped on the window: the import dialog, then the import on
// a worker thread behind a progress dialog with Cancel, then the summary. After a successful
// import the workspace's listeners are told (creatorsChanged), since the worker's connection
// has no events object. Nothing here blocks the window.
class CsvImportFlow : public QObject
{
    Q_OBJECT
public:
    explicit CsvImportFlow(QWidget *window);
    ~CsvImportFlow() override; // cancels a running import and waits for it

    void setWorkspace(core::Workspace *workspace); // nullptr: nothing to import into
    QAction *action() const { return m_action; }
    bool canImport() const; // a writable workspace and no import running
    bool isRunning() const { return m_job != nullptr; }

    void chooseFile();
    // Opens the import dialog on the file (window-modal; returns at once). nullptr when there
    // is nothing to import into.
    ImportDialog *openFile(const QString &path);
    void startImport(const QString &path, const core::ImportOptions &options);
    void cancel();
    // Cancels without showing anything more (the window is closing); finished() follows.
    void abort();

    ImportDialog *dialog() const;
    QProgressDialog *progressDialog() const;
    ImportSummaryDialog *summaryDialog() const;

signals:
    void imported(const tierscope::core::ImportReport &report);
    void finished(); // the import ended, whatever the outcome

private:
    void onProgress(const core::ImportProgress &progress);
    void applyWorkspaceDefaults(ImportDialog *dialog) const;
    void onFinished(const core::Result<core::ImportReport> &result);
    void updateAction();

    QWidget *m_window;
    core::Workspace *m_workspace = nullptr;
    QAction *m_action;
    ImportJob *m_job = nullptr;
    QString m_fileName;
    core::BulkCreatorWriter::OnDuplicate m_onDuplicate =
        core::BulkCreatorWriter::OnDuplicate::Update;
    QString m_lastDirectory;
    bool m_aborted = false;
    QPointer<ImportDialog> m_dialog;
    QPointer<QProgressDialog> m_progress;
    QPointer<ImportSummaryDialog> m_summary;
};

} // namespace tierscope::ui
