// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/csv_import_flow.h"

#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"
#include "ui/common/message_box.h"
#include "ui/import/import_dialog.h"
#include "ui/import/import_job.h"
#include "ui/import/import_progress_text.h"
#include "ui/import/import_summary_dialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>

namespace tierscope::ui {

CsvImportFlow::CsvImportFlow(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("&Import CSV…"), this))
{
    m_action->setStatusTip(tr("Import creators from a CSV file (or drop the file on the window)"));
    connect(m_action, &QAction::triggered, this, &CsvImportFlow::chooseFile);
    updateAction();
}

CsvImportFlow::~CsvImportFlow()
{
    m_aborted = true;
    delete m_job; // cancels and waits: the worker must not outlive the workspace
}

void CsvImportFlow::setWorkspace(core::Workspace *workspace)
{
    if (m_job && workspace != m_workspace) {
        // The workspace is closing (the window is going): stop the worker before it goes.
        m_aborted = true;
        delete m_job;
        m_job = nullptr;
        delete m_progress;
    }
    m_workspace = workspace;
    if (!workspace && m_dialog)
        m_dialog->reject();
    updateAction();
}

bool CsvImportFlow::canImport() const
{
    return m_workspace && !m_workspace->isReadOnly() && !m_job;
}

ImportDialog *CsvImportFlow::dialog() const
{
    return m_dialog;
}

QProgressDialog *CsvImportFlow::progressDialog() const
{
    return m_progress;
}

ImportSummaryDialog *CsvImportFlow::summaryDialog() const
{
    return m_summary;
}

void CsvImportFlow::updateAction()
{
    m_action->setEnabled(canImport());
}

void CsvImportFlow::chooseFile()
{
    if (!canImport())
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import Creators from CSV"),
                                     m_lastDirectory.isEmpty() ? QDir::homePath() : m_lastDirectory,
                                     tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

ImportDialog *CsvImportFlow::openFile(const QString &path)
{
    if (!canImport())
        return nullptr;
    m_lastDirectory = QFileInfo(path).absolutePath();
    if (m_dialog) { // already open: show the new file in it
        applyWorkspaceDefaults(m_dialog);
        m_dialog->setFile(path);
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new ImportDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    applyWorkspaceDefaults(m_dialog);
    m_dialog->setFile(path);
    ImportDialog *dialog = m_dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { startImport(dialog->filePath(), dialog->options()); });
    dialog->open();
    return dialog;
}

void CsvImportFlow::applyWorkspaceDefaults(ImportDialog *dialog) const
{
    // The preview shows fees and rates as this workspace will store them.
    const core::SettingsRepository settings(m_workspace->database());
    const auto currency = settings.defaultCurrency();
    const auto bases = settings.erBases();
    dialog->setWorkspaceDefaults(currency ? *currency : core::ImportOptions().defaultCurrency,
                                 bases ? *bases : core::ErBases());
}

void CsvImportFlow::startImport(const QString &path, const core::ImportOptions &options)
{
    if (!canImport())
        return;
    m_aborted = false;
    m_fileName = QFileInfo(path).fileName();
    m_onDuplicate = options.onDuplicate;
    m_job = new ImportJob(*m_workspace, path, options, this);
    m_progress = new QProgressDialog(
        ImportProgressText::label({0, 0, -1, core::ImportProgress::Phase::Surveying}, m_fileName),
        tr("Cancel"), 0, ImportProgressText::kSteps, m_window);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setMinimumWidth(m_progress->fontMetrics().averageCharWidth() * 60);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &CsvImportFlow::cancel);
    connect(m_job, &ImportJob::progress, this, &CsvImportFlow::onProgress);
    connect(m_job, &ImportJob::finished, this, &CsvImportFlow::onFinished);
    updateAction();
    m_job->start();
}

void CsvImportFlow::cancel()
{
    if (m_job)
        m_job->cancel();
}

void CsvImportFlow::abort()
{
    m_aborted = true;
    if (m_progress)
        m_progress->hide();
    cancel();
}

void CsvImportFlow::onProgress(const core::ImportProgress &p)
{
    if (!m_progress || m_progress->wasCanceled())
        return;
    m_progress->setValue(ImportProgressText::barValue(p, m_progress->value()));
    m_progress->setLabelText(ImportProgressText::label(p, m_fileName));
}

void CsvImportFlow::onFinished(const core::Result<core::ImportReport> &result)
{
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
    m_job->deleteLater();
    m_job = nullptr;
    updateAction();
    // Written through the worker's connection: tell this connection's listeners (the Creators
    // view, the status bar counts).
    if (result && m_workspace)
        emit m_workspace->events()->creatorsChanged();
    emit finished();
    if (m_aborted)
        return;
    if (result) {
        emit imported(*result);
        m_summary = new ImportSummaryDialog(m_fileName, *result, m_window, m_onDuplicate);
        m_summary->setAttribute(Qt::WA_DeleteOnClose);
        m_summary->open();
    } else if (result.error().code == core::Error::Code::Cancelled) {
        MessageBox::information(m_window, tr("Import Cancelled"), result.error().message);
    } else {
        MessageBox::warning(
            m_window, tr("Import Failed"),
            tr("Nothing was imported from “%1”; the workspace is unchanged.").arg(m_fileName),
            result.error().message);
    }
}

} // namespace tierscope::ui
