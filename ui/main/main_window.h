// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/workspace.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

class AppSettings;
class BackupActions;
class CampaignsView;
class CompareView;
class InsightsView;
class CreatorsView;
class EmptyWorkspacePage;
class NavigationSidebar;
class CsvExportFlow;
class CsvImportFlow;
class ReportFlow;
class SampleWorkspaceJob;
class ShortlistsView;

// The application window: wires the views together; no feature logic lives here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // With settings of the caller's choosing (tests); the window does not own them.
    explicit MainWindow(AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file; on failure the message is shown and the current one stays open.
    // missing: what a path that does not exist means (core::Workspace::Missing): a recent
    // workspace that vanished is refused, never created empty again.
    bool openWorkspace(const QString &path,
                       core::Workspace::Missing missing = core::Workspace::Missing::Create);
    core::Workspace *workspace() const { return m_workspace.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    CreatorsView *creatorsView() const { return m_creators; }
    ShortlistsView *shortlistsView() const { return m_shortlists; }
    CompareView *compareView() const { return m_compare; }
    InsightsView *insightsView() const { return m_insights; }
    CampaignsView *campaignsView() const { return m_campaigns; }
    NavigationSidebar *sidebar() const { return m_sidebar; }
    EmptyWorkspacePage *emptyPage() const { return m_emptyPage; }
    QString statusText() const; // "N creators · M shown"

    // Fills the open (empty) workspace with sample data on a worker thread; returns at once.
    void createSampleWorkspace(qint64 creators);
    bool isBusy() const;
    CsvImportFlow *importFlow() const { return m_import; }
    CsvExportFlow *exportFlow() const { return m_export; }
    ReportFlow *reportFlow() const { return m_reports; }
    BackupActions *backupActions() const { return m_backups; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpWindow();
    void wireShortlists();
    void wireCompareAndInsights();
    void wireCampaigns();
    void showCreatorInCreators(qint64 creatorId);
    void createMenus();
    void closeWorkspace();
    void updateTitle();
    void updateCounts(qint64 total, qint64 shown);
    void updateCreatorsPage();
    void showPage(int page);
    void newWorkspace();
    void openWorkspaceDialog();
    void about();
    void restoreWindowState();

    std::unique_ptr<AppSettings> m_ownSettings;
    AppSettings *m_settings;
    std::unique_ptr<core::Workspace> m_workspace;
    QUndoGroup *m_undoGroup = nullptr;
    QUndoStack *m_undoStack = nullptr;
    NavigationSidebar *m_sidebar = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStackedWidget *m_creatorsPage = nullptr;
    CreatorsView *m_creators = nullptr;
    ShortlistsView *m_shortlists = nullptr;
    CompareView *m_compare = nullptr;
    InsightsView *m_insights = nullptr;
    CampaignsView *m_campaigns = nullptr;
    EmptyWorkspacePage *m_emptyPage = nullptr;
    QLabel *m_counts = nullptr;
    QAction *m_showFilters = nullptr;
    QAction *m_showDetails = nullptr;
    SampleWorkspaceJob *m_sampleJob = nullptr;
    CsvImportFlow *m_import = nullptr;
    CsvExportFlow *m_export = nullptr;
    ReportFlow *m_reports = nullptr;
    BackupActions *m_backups = nullptr;
    bool m_closeWhenIdle = false;
    qint64 m_total = 0;
    qint64 m_shown = 0;
};

} // namespace tierscope::ui
