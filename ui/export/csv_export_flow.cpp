// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/csv_export_flow.h"

#include "core/storage/workspace.h"
#include "ui/common/message_box.h"
#include "ui/creators/creator_table_model.h"
#include "ui/export/export_csv_dialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QProgressDialog>
#include <QStatusBar>

#include <limits>

namespace tierscope::ui {

CsvExportFlow::CsvExportFlow(QWidget *window, const CreatorTableModel *creators)
    : QObject(window)
    , m_window(window)
    , m_creators(creators)
    , m_action(new QAction(tr("&Export CSV…"), this))
{
    m_action->setStatusTip(
        tr("Write the creators the filters show, or all of them, to a CSV file"));
    connect(m_action, &QAction::triggered, this, &CsvExportFlow::exportInteractive);
    updateAction();
}

CsvExportFlow::~CsvExportFlow()
{
    m_aborted = true;
    delete m_job; // cancels and waits: the worker must not outlive the workspace
}

void CsvExportFlow::setWorkspace(core::Workspace *workspace)
{
    if (m_job && workspace != m_workspace) {
        // The workspace is closing (the window is going): stop the worker before it goes.
        m_aborted = true;
        delete m_job;
        m_job = nullptr;
        delete m_progress;
    }
    m_workspace = workspace;
    updateAction();
}

QProgressDialog *CsvExportFlow::progressDialog() const
{
    return m_progress;
}

void CsvExportFlow::updateAction()
{
    m_action->setEnabled(canExport());
}

void CsvExportFlow::exportInteractive()
{
    if (!canExport())
        return;
    const bool filtered = !m_creators->filter().isEmpty();
    ExportCsvDialog options(filtered, m_creators->shownCount(), m_creators->totalCount(), m_window);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString dir = m_lastDirectory.isEmpty() ? QDir::homePath() : m_lastDirectory;
    const QString name = tr("%1-creators.csv").arg(m_workspace->displayName());
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Creators to CSV"),
                                                QDir(dir).filePath(name), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    m_lastDirectory = QFileInfo(path).absolutePath();
    startExport(path, options.onlyFiltered(), options.byteOrderMark());
}

void CsvExportFlow::startExport(const QString &path, bool onlyFiltered, bool byteOrderMark)
{
    if (!canExport())
        return;
    m_aborted = false;
    ExportJob::Request request;
    request.path = path;
    if (onlyFiltered)
        request.filter = m_creators->filter();
    request.scheme = m_creators->tierScheme();
    request.byteOrderMark = byteOrderMark;
    const qint64 expected = onlyFiltered ? m_creators->shownCount() : m_creators->totalCount();
    const QString fileName = QFileInfo(path).fileName();

    m_job = new ExportJob(*m_workspace, request, this);
    m_progress =
        new QProgressDialog(tr("Exporting to “%1”…").arg(fileName), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setMinimumWidth(m_progress->fontMetrics().averageCharWidth() * 60);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    if (expected > 0 && expected < std::numeric_limits<int>::max())
        m_progress->setMaximum(int(expected));
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &CsvExportFlow::cancel);
    QProgressDialog *progress = m_progress;
    connect(m_job, &ExportJob::progress, progress, [progress, fileName, expected](qint64 rows) {
        if (progress->maximum() > 0)
            progress->setValue(int(std::min<qint64>(rows, progress->maximum())));
        const QLocale locale;
        progress->setLabelText(
            expected > 0
                ? tr("Exporting to “%1”… %2 of %3 creators")
                      .arg(fileName, locale.toString(rows), locale.toString(expected))
                : tr("Exporting to “%1”… %2 creators").arg(fileName, locale.toString(rows)));
    });
    connect(m_job, &ExportJob::finished, this, &CsvExportFlow::onFinished);
    updateAction();
    m_job->start();
}

void CsvExportFlow::cancel()
{
    if (m_job)
        m_job->cancel();
}

void CsvExportFlow::abort()
{
    m_aborted = true;
    if (m_progress)
        m_progress->hide();
    cancel();
}

void CsvExportFlow::showStatus(const QString &message)
{
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(message, 10000);
}

void CsvExportFlow::onFinished(const core::Result<qint64> &written)
{
    const QString fileName = QFileInfo(m_job->request().path).fileName();
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
    m_job->deleteLater();
    m_job = nullptr;
    updateAction();
    emit finished(written);
    if (m_aborted)
        return;
    if (written) {
        const int n = int(std::min<qint64>(*written, std::numeric_limits<int>::max()));
        showStatus(tr("Exported %Ln creator(s) to “%1”.", nullptr, n).arg(fileName));
    } else if (written.error().code == core::Error::Code::Cancelled) {
        showStatus(written.error().message);
    } else {
        MessageBox::warning(m_window, tr("Export Failed"),
                            tr("The creators could not be exported to “%1”.").arg(fileName),
                            written.error().message);
    }
}

} // namespace tierscope::ui
