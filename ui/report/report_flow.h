// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/report_request.h"

#include <QObject>
#include <QPageSize>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QPrinter;
class QProgressDialog;
class QWidget;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

class BackgroundReader;
class CampaignsView;
class CompareView;
class NavigationSidebar;
class PdfRenderJob;
class ShortlistsView;

// File › Export PDF… and File › Print Preview…: the document of the page in view (the current
// shortlist on Shortlists, the compared creators on Compare, else the current campaign). The
// data is read on a worker thread; pages are painted one per turn of the event loop behind a
// progress dialog with Cancel, so the window never freezes; the file appears only when whole.
class ReportFlow : public QObject
{
    Q_OBJECT
public:
    ReportFlow(QWidget *window, const NavigationSidebar *sidebar, const CampaignsView *campaigns,
               const ShortlistsView *shortlists, const CompareView *compare);
    ~ReportFlow() override;

    void setWorkspace(core::Workspace *workspace);
    QAction *exportAction() const { return m_exportAction; }
    QAction *previewAction() const { return m_previewAction; }
    bool isRunning() const { return m_running; }

    // What the actions would export now; nothing when there is nothing to export.
    std::optional<ReportRequest> currentRequest() const;

    void exportInteractive(); // asks where, then startExport()
    // paper: QPageSize::A4 or QPageSize::Letter; by default the locale's.
    void startExport(const ReportRequest &request, const QString &path,
                     std::optional<QPageSize::PageSizeId> paper = std::nullopt);
    void previewInteractive();
    void cancel();

signals:
    void finished(bool written, const QString &path);

private:
    void load(const ReportRequest &request, std::function<void(ReportDocument)> then);
    void paintNext();
    void done(const core::Status &status);
    void updateActions();

    QWidget *m_window;
    const NavigationSidebar *m_sidebar;
    const CampaignsView *m_campaigns;
    const ShortlistsView *m_shortlists;
    const CompareView *m_compare;
    core::Workspace *m_workspace = nullptr;
    BackgroundReader *m_reader;
    QAction *m_exportAction;
    QAction *m_previewAction;
    bool m_running = false;
    std::unique_ptr<ReportDocument> m_document;
    std::unique_ptr<PdfRenderJob> m_job;
    QString m_path;
    QString m_lastDirectory;
    QPageSize::PageSizeId m_paper = QPageSize::A4;
    QPointer<QProgressDialog> m_progress;
};

} // namespace tierscope::ui
