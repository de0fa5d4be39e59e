// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_flow.h"

#include "core/common/clock.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/shortlist_repository.h"
#include "core/storage/workspace.h"
#include "ui/campaigns/campaigns_view.h"
#include "ui/common/background_reader.h"
#include "ui/common/message_box.h"
#include "ui/compare/compare_view.h"
#include "ui/main/navigation_sidebar.h"
#include "ui/report/pdf_render_job.h"
#include "ui/shortlists/shortlists_view.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

namespace tierscope::ui {

using Page = NavigationSidebar::Page;

namespace {

QPageSize::PageSizeId paperOf(const QPrinter &printer)
{
    return printer.pageLayout().pageSize().id() == QPageSize::Letter ? QPageSize::Letter
                                                                     : QPageSize::A4;
}

} // namespace

ReportFlow::ReportFlow(QWidget *window, const NavigationSidebar *sidebar,
                       const CampaignsView *campaigns, const ShortlistsView *shortlists,
                       const CompareView *compare)
    : QObject(window),
      m_window(window),
      m_sidebar(sidebar),
      m_campaigns(campaigns),
      m_shortlists(shortlists),
      m_compare(compare),
      m_reader(new BackgroundReader(QStringLiteral("reports"), this)),
      m_exportAction(new QAction(tr("Export &PDF…"), this)),
      m_previewAction(new QAction(tr("Print Pre&view…"), this))
{
    m_exportAction->setObjectName(QStringLiteral("exportPdfAction"));
    m_exportAction->setStatusTip(
        tr("Save the current campaign plan, shortlist or comparison as a PDF document"));
    m_previewAction->setObjectName(QStringLiteral("printPreviewAction"));
    m_previewAction->setStatusTip(tr("Preview and print the current campaign plan, shortlist or "
                                     "comparison"));
    connect(m_exportAction, &QAction::triggered, this, &ReportFlow::exportInteractive);
    connect(m_previewAction, &QAction::triggered, this, &ReportFlow::previewInteractive);
    updateActions();
}

ReportFlow::~ReportFlow()
{
    m_job.reset(); // discards an unfinished file
}

void ReportFlow::setWorkspace(core::Workspace *workspace)
{
    if (m_running)
        cancel();
    m_workspace = workspace;
    m_reader->setWorkspace(workspace);
    updateActions();
}

void ReportFlow::updateActions()
{
    m_exportAction->setEnabled(m_workspace && !m_running);
    m_previewAction->setEnabled(m_workspace && !m_running);
}

std::optional<ReportRequest> ReportFlow::currentRequest() const
{
    if (!m_workspace)
        return std::nullopt;
    const QSqlDatabase db = m_workspace->database();
    ReportRequest r;
    switch (m_sidebar->currentPage()) {
    case Page::Shortlists:
        r.kind = ReportRequest::Kind::Shortlist;
        r.id = m_shortlists->currentShortlistId();
        if (const auto list = core::ShortlistRepository(db).get(r.id))
            r.name = list->name;
        break;
    case Page::Compare:
        r.kind = ReportRequest::Kind::Comparison;
        r.ids = m_compare->creatorIds();
        r.name = tr("Creator comparison");
        break;
    default:
        r.kind = ReportRequest::Kind::Campaign;
        r.id = m_campaigns->currentCampaignId();
        if (const auto campaign = core::CampaignRepository(db).get(r.id))
            r.name = campaign->name;
        break;
    }
    if (!r.isValid())
        return std::nullopt;
    return r;
}

void ReportFlow::exportInteractive()
{
    const auto request = currentRequest();
    if (!request) {
        MessageBox::information(m_window, tr("Nothing to Export"),
                                tr("Choose a campaign on the Campaigns page, a shortlist on the "
                                   "Shortlists page, or two or more creators on the Compare "
                                   "page."));
        return;
    }
    const QString dir = m_lastDirectory.isEmpty() ? QDir::homePath() : m_lastDirectory;
    // The paper is chosen with the file type; the locale's comes first.
    const QString a4 = tr("PDF on A4 paper (*.pdf)");
    const QString letter = tr("PDF on US Letter paper (*.pdf)");
    const bool localeLetter = ReportPageSetup::paperFor(QLocale()) == QPageSize::Letter;
    QString chosen = localeLetter ? letter : a4;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export PDF"), QDir(dir).filePath(request->suggestedFileName()),
        localeLetter ? letter + QStringLiteral(";;") + a4 : a4 + QStringLiteral(";;") + letter,
        &chosen);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    m_lastDirectory = QFileInfo(path).absolutePath();
    startExport(*request, path, chosen == letter ? QPageSize::Letter : QPageSize::A4);
}

void ReportFlow::startExport(const ReportRequest &request, const QString &path,
                             std::optional<QPageSize::PageSizeId> paper)
{
    if (m_running || !m_workspace)
        return;
    m_paper = paper.value_or(ReportPageSetup::paperFor(QLocale()));
    m_running = true;
    m_path = path;
    updateActions();
    m_progress = new QProgressDialog(tr("Reading the data…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Export PDF"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ReportFlow::cancel);
    load(request, [this](ReportDocument doc) {
        m_document = std::make_unique<ReportDocument>(std::move(doc));
        m_document->layout(ReportPageSetup(m_paper));
        m_job = std::make_unique<PdfRenderJob>(*m_document, m_path);
        if (const core::Status s = m_job->begin()) {
            done(s);
            return;
        }
        if (m_progress) {
            m_progress->setRange(0, m_document->pageCount());
            m_progress->setLabelText(tr("Writing page 1 of %1…")
                                         .arg(QLocale().toString(m_document->pageCount())));
        }
        QTimer::singleShot(0, this, &ReportFlow::paintNext);
    });
}

void ReportFlow::load(const ReportRequest &request, std::function<void(ReportDocument)> then)
{
    m_reader->request(
        [request](const QSqlDatabase &db) { return loadReportData(db, request); },
        [this, then = std::move(then)](const core::Result<ReportData> &data) {
            if (!data) {
                done(data.error());
                return;
            }
            then(buildReport(*data, core::Clock::system().today()));
        });
}

void ReportFlow::paintNext()
{
    if (!m_job)
        return;
    m_job->paintNextPage();
    if (m_progress) {
        m_progress->setValue(m_job->pagesDone());
        m_progress->setLabelText(tr("Writing page %1 of %2…")
                                     .arg(QLocale().toString(m_job->pagesDone() + 1),
                                          QLocale().toString(m_job->pageCount())));
    }
    if (m_job->atEnd())
        done(m_job->finish());
    else
        QTimer::singleShot(0, this, &ReportFlow::paintNext);
}

void ReportFlow::done(const core::Status &status)
{
    const int pages = m_document ? m_document->pageCount() : 0;
    m_job.reset();
    m_document.reset();
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
    const bool wasExport = !m_path.isEmpty();
    m_running = false;
    updateActions();
    if (status) {
        MessageBox::warning(m_window, wasExport ? tr("Export Failed") : tr("Preview Failed"),
                            wasExport ? tr("The PDF could not be written.")
                                      : tr("The document could not be prepared."),
                            status.message);
    } else if (wasExport) {
        if (auto *main = qobject_cast<QMainWindow *>(m_window))
            main->statusBar()->showMessage(tr("Exported “%1” (%n page(s)).", nullptr, pages)
                                               .arg(QFileInfo(m_path).fileName()),
                                           10000);
    }
    const QString path = m_path;
    m_path.clear();
    emit finished(!status && wasExport, path);
}

void ReportFlow::cancel()
{
    if (!m_running)
        return;
    m_reader->cancel();
    m_job.reset(); // removes the temporary file
    m_document.reset();
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
    m_running = false;
    const QString path = m_path;
    m_path.clear();
    updateActions();
    emit finished(false, path);
}

void ReportFlow::previewInteractive()
{
    const auto request = currentRequest();
    if (!request) {
        MessageBox::information(m_window, tr("Nothing to Preview"),
                                tr("Choose a campaign on the Campaigns page, a shortlist on the "
                                   "Shortlists page, or two or more creators on the Compare "
                                   "page."));
        return;
    }
    if (m_running || !m_workspace)
        return;
    m_running = true;
    m_path.clear();
    updateActions();
    load(*request, [this](ReportDocument doc) {
        m_running = false;
        updateActions();
        QPrinter printer(QPrinter::HighResolution);
        printer.setResolution(72); // the report is laid out in points
        printer.setFullPage(true);
        printer.setPageSize(QPageSize(ReportPageSetup::paperFor(QLocale())));
        printer.setDocName(doc.title());
        QPrintPreviewDialog dialog(&printer, m_window);
        dialog.setWindowTitle(tr("Print Preview — %1").arg(doc.title()));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter *p) {
            doc.layout(ReportPageSetup(paperOf(*p)));
            printReport(doc, p);
        });
        dialog.resize(900, 1000);
        dialog.exec();
        emit finished(false, QString());
    });
}

} // namespace tierscope::ui
