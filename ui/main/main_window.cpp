// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/main_window.h"

#include "core/storage/workspace.h"
#include "ui/appearance/appearance_menus.h"
#include "ui/campaigns/campaigns_view.h"
#include "ui/common/action_icons.h"
#include "ui/common/app_settings.h"
#include "ui/common/message_box.h"
#include "ui/compare/compare_view.h"
#include "ui/creators/creator_table_model.h"
#include "ui/creators/creators_view.h"
#include "ui/export/csv_export_flow.h"
#include "ui/help/about_text.h"
#include "ui/help/help_menu.h"
#include "ui/import/csv_import_flow.h"
#include "ui/import/import_files.h"
#include "ui/insights/insights_view.h"
#include "ui/main/backup_actions.h"
#include "ui/main/empty_workspace_page.h"
#include "ui/main/navigation_sidebar.h"
#include "ui/main/placeholder_page.h"
#include "ui/main/recent_workspaces_menu.h"
#include "ui/main/sample_workspace_job.h"
#include "ui/report/report_flow.h"
#include "ui/shortlists/shortlists_view.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace tierscope::ui {

using Page = NavigationSidebar::Page;

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(nullptr, parent)
{
}

MainWindow::MainWindow(AppSettings *settings, QWidget *parent)
    : QMainWindow(parent),
      m_ownSettings(settings ? nullptr : std::make_unique<AppSettings>()),
      m_settings(settings ? settings : m_ownSettings.get()),
      m_undoGroup(new QUndoGroup(this))
{
    setUpWindow();
    createMenus();
    restoreWindowState();
    updateTitle();
    updateCreatorsPage();
}

MainWindow::~MainWindow()
{
    delete m_sampleJob; // waits for the worker before the workspace goes
    closeWorkspace();
}

void MainWindow::setUpWindow()
{
    m_sidebar = new NavigationSidebar(this);
    m_creators = new CreatorsView(*m_settings, this);
    m_emptyPage = new EmptyWorkspacePage(this);
    m_emptyPage->setSampleSize(m_settings->value(settings::sampleCreators));
    m_emptyPage->setWritable(false); // until a workspace is open
    m_creatorsPage = new QStackedWidget(this);
    m_creatorsPage->addWidget(m_creators);
    m_creatorsPage->addWidget(m_emptyPage);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_creatorsPage);
    m_shortlists = new ShortlistsView(*m_settings, this);
    m_pages->addWidget(m_shortlists);
    m_compare = new CompareView(this);
    m_pages->addWidget(m_compare);
    m_campaigns = new CampaignsView(this);
    m_pages->addWidget(m_campaigns);
    m_insights = new InsightsView(this);
    m_pages->addWidget(m_insights);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({m_sidebar->sizeHint().width(), 1200});
    m_splitter->setHandleWidth(1);
    setCentralWidget(m_splitter);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_counts, 1);

    connect(m_sidebar, &NavigationSidebar::pageChanged, this,
            [this](Page page) { showPage(int(page)); });
    connect(m_creators, &CreatorsView::countsChanged, this, &MainWindow::updateCounts);
    wireShortlists();
    wireCompareAndInsights();
    wireCampaigns();
    connect(m_emptyPage, &EmptyWorkspacePage::sampleRequested, this,
            [this] { createSampleWorkspace(m_settings->value(settings::sampleCreators)); });

    m_import = new CsvImportFlow(this);
    m_export = new CsvExportFlow(this, m_creators->model());
    m_reports = new ReportFlow(this, m_sidebar, m_campaigns, m_shortlists, m_compare);
    m_backups = new BackupActions(this, *m_settings,
                                  {[this] { return isBusy(); },
                                   [this] {
                                       closeWorkspace();
                                       updateTitle();
                                   },
                                   [this](const QString &path) { return openWorkspace(path); }});
    const auto closeWhenIdle = [this] {
        if (m_closeWhenIdle && !isBusy())
            close();
    };
    connect(m_import, &CsvImportFlow::finished, this, closeWhenIdle);
    connect(m_export, &CsvExportFlow::finished, this, closeWhenIdle);
    setAcceptDrops(true); // a CSV file dropped on the window is imported
    resize(1440, 900);
}

void MainWindow::createMenus()
{
    const auto add = [this](QMenu *menu, const QString &text, auto slot,
                            QKeySequence::StandardKey key = QKeySequence::UnknownKey) {
        QAction *a = menu->addAction(text);
        if (key != QKeySequence::UnknownKey)
            a->setShortcuts(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, tr("&New Workspace…"), &MainWindow::newWorkspace, QKeySequence::New)
        ->setIcon(themeIcon("document-new"));
    add(file, tr("&Open Workspace…"), &MainWindow::openWorkspaceDialog, QKeySequence::Open)
        ->setIcon(themeIcon("document-open"));
    auto *recent = new RecentWorkspacesMenu(*m_settings, this);
    connect(recent, &RecentWorkspacesMenu::workspaceChosen, this,
            [this](const QString &path) { openWorkspace(path, core::Workspace::Missing::Refuse); });
    recent->setIcon(themeIcon("document-open-recent"));
    file->addMenu(recent);
    file->addSeparator();
    m_import->action()->setIcon(themeIcon("document-import"));
    m_export->action()->setIcon(themeIcon("document-export"));
    file->addAction(m_import->action());
    file->addAction(m_export->action());
    file->addSeparator();
    m_reports->exportAction()->setIcon(themeIcon("application-pdf"));
    m_reports->previewAction()->setIcon(themeIcon("document-print-preview"));
    m_reports->previewAction()->setShortcuts(QKeySequence::Print);
    file->addAction(m_reports->exportAction());
    file->addAction(m_reports->previewAction());
    file->addSeparator();
    file->addActions(m_backups->actions());
    file->addSeparator();
    QAction *quit = add(file, tr("&Quit"), &QWidget::close, QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    quit->setIcon(themeIcon("application-exit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(themeIcon("edit-undo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(themeIcon("edit-redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    add(edit, tr("&Find…"), [this] {
        m_sidebar->setCurrentPage(Page::Creators);
        m_creators->focusSearch();
    }, QKeySequence::Find)->setIcon(themeIcon("edit-find"));
    add(edit, tr("C&lear Filters"), [this] { m_creators->clearFilters(); })
        ->setIcon(themeIcon("edit-clear"));
    edit->addSeparator();
    edit->addAction(m_creators->addAction());
    edit->addAction(m_creators->editAction());
    edit->addAction(m_creators->deleteAction());
    edit->addSeparator();
    edit->addActions(m_creators->collectActions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *sidebar = view->addAction(tr("Show &Sidebar"));
    sidebar->setCheckable(true);
    sidebar->setChecked(true);
    connect(sidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    m_showFilters = view->addAction(tr("Show &Filters"));
    m_showFilters->setCheckable(true);
    m_showFilters->setChecked(m_settings->value(settings::creatorsFiltersShown));
    connect(m_showFilters, &QAction::toggled, m_creators, &CreatorsView::setFiltersVisible);
    m_showDetails = view->addAction(tr("Show &Details"));
    m_showDetails->setCheckable(true);
    m_showDetails->setChecked(m_settings->value(settings::creatorsDetailShown));
    connect(m_showDetails, &QAction::toggled, m_creators, &CreatorsView::setDetailVisible);
    view->addSeparator();
    for (int i = 0; i < NavigationSidebar::kPageCount; ++i) {
        QAction *a = view->addAction(NavigationSidebar::title(Page(i)));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_sidebar->setCurrentPage(Page(i)); });
    }
    view->addSeparator();
    QAction *fullScreen = add(view, tr("F&ull Screen"), [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    }, QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    fullScreen->setIcon(themeIcon("view-fullscreen"));
    view->addSeparator();
    (new AppearanceMenus(*m_settings, this))->addTo(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    (new HelpMenu(this))->addTo(help);
    help->addSeparator();
    QAction *aboutAction = add(help, tr("&About Tierscope"), &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutAction->setIcon(themeIcon("help-about"));
    add(help, tr("About &Qt"), &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings->value(settings::windowGeometry);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->value(settings::windowState);
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray splitter = m_settings->value(settings::sidebarSplitter);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_sampleJob) {
        // Stop the worker first; the window closes once it has rolled back.
        m_closeWhenIdle = true;
        m_sampleJob->cancel();
        event->ignore();
        return;
    }
    if (m_import->isRunning() || m_export->isRunning()) {
        m_closeWhenIdle = true; // as above
        m_import->abort();
        m_export->abort();
        event->ignore();
        return;
    }
    m_reports->cancel(); // an unfinished PDF is discarded
    m_creators->saveState();
    m_shortlists->saveState();
    m_settings->setValue(settings::windowGeometry, saveGeometry());
    m_settings->setValue(settings::windowState, saveState());
    m_settings->setValue(settings::sidebarSplitter, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::openWorkspace(const QString &path, core::Workspace::Missing missing)
{
    if (isBusy())
        return false;
    auto opened = core::Workspace::open(path, core::Workspace::Mode::ReadWrite, missing);
    // A file on a read-only disk (or without write permission) can still be looked at.
    if (!opened && opened.error().code == core::Error::Code::ReadOnly && QFileInfo::exists(path)
        && MessageBox::question(this, tr("Read-Only Workspace"), opened.error().message,
                                tr("Open it read-only to look at it and export from it?"),
                                tr("Open Read-Only"))
               == QMessageBox::Yes)
        opened = core::Workspace::open(path, core::Workspace::Mode::ReadOnly);
    if (!opened) {
        MessageBox::warning(this, tr("Cannot Open Workspace"), opened.error().message);
        if (opened.error().code == core::Error::Code::NotFound)
            m_settings->removeRecentWorkspace(path);
        return false;
    }
    closeWorkspace();
    m_workspace = std::move(opened).value();
    m_undoStack = new QUndoStack(m_undoGroup);
    m_undoGroup->setActiveStack(m_undoStack);
    m_creators->setWorkspace(m_workspace.get(), m_workspace->isReadOnly() ? nullptr : m_undoStack);
    m_shortlists->setWorkspace(m_workspace.get(),
                               m_workspace->isReadOnly() ? nullptr : m_undoStack);
    m_compare->setWorkspace(m_workspace.get());
    m_campaigns->setWorkspace(m_workspace.get(),
                              m_workspace->isReadOnly() ? nullptr : m_undoStack);
    m_insights->setWorkspace(m_workspace.get(), m_workspace->isReadOnly() ? nullptr : m_undoStack);
    m_import->setWorkspace(m_workspace.get());
    m_export->setWorkspace(m_workspace.get());
    m_reports->setWorkspace(m_workspace.get());
    m_emptyPage->setWritable(!m_workspace->isReadOnly());
    m_settings->addRecentWorkspace(m_workspace->path());
    if (!m_workspace->migrationBackupPath().isEmpty())
        statusBar()->showMessage(tr("Upgraded the workspace; the previous version was kept as %1")
                                     .arg(QDir::toNativeSeparators(m_workspace->migrationBackupPath())),
                                 10000);
    updateTitle();
    updateCreatorsPage();
    m_backups->setWorkspace(m_workspace->path(), m_workspace->isReadOnly());
    return true;
}

void MainWindow::closeWorkspace()
{
    if (!m_workspace)
        return;
    m_creators->saveState(); // also saves notes being typed
    m_creators->setWorkspace(nullptr, nullptr);
    m_shortlists->setWorkspace(nullptr, nullptr);
    m_compare->setWorkspace(nullptr);
    m_campaigns->setWorkspace(nullptr, nullptr);
    m_insights->setWorkspace(nullptr, nullptr);
    m_import->setWorkspace(nullptr);
    m_export->setWorkspace(nullptr);
    m_reports->setWorkspace(nullptr);
    delete m_undoStack; // its commands refer to the workspace
    m_undoStack = nullptr;
    m_workspace.reset();
    m_backups->setWorkspace({}, false);
}

// Campaigns: fed from Creators ("Add to campaign"); their messages go to the status bar.
void MainWindow::wireCampaigns()
{
    connect(m_creators, &CreatorsView::addToCampaignRequested, m_campaigns,
            &CampaignsView::addCreatorsInteractive);
    connect(m_compare, &CompareView::addToCampaignRequested, m_campaigns,
            &CampaignsView::addCreatorsInteractive);
    connect(m_shortlists, &ShortlistsView::addToCampaignRequested, m_campaigns,
            &CampaignsView::addCreatorsInteractive);
    m_shortlists->setCampaignAvailable(true);
    // Route "Add to Campaign", keeping how the other two were routed by the wiring above.
    const QList<QAction *> collect = m_creators->collectActions();
    m_creators->setCollectActionsEnabled(collect.at(0)->property("routed").toBool(),
                                         collect.at(1)->property("routed").toBool(), true);
    connect(m_campaigns, &CampaignsView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
}

// Shortlists: in the sidebar (with counts, taking dropped creators) and fed from Creators.
void MainWindow::wireShortlists()
{
    connect(m_shortlists, &ShortlistsView::shortlistsChanged, this,
            [this] { m_sidebar->setShortlists(m_shortlists->shortlists()); });
    connect(m_sidebar, &NavigationSidebar::shortlistSelected, m_shortlists,
            &ShortlistsView::setCurrentShortlist);
    connect(m_shortlists, &ShortlistsView::currentShortlistChanged, this, [this](qint64 id) {
        if (m_sidebar->currentPage() == Page::Shortlists && id > 0)
            m_sidebar->setCurrentShortlist(id);
    });
    connect(m_sidebar, &NavigationSidebar::creatorsDropped, m_shortlists,
            &ShortlistsView::addCreators);
    connect(m_creators, &CreatorsView::addToShortlistRequested, m_shortlists,
            &ShortlistsView::addCreatorsInteractive);
    connect(m_shortlists, &ShortlistsView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    m_creators->setCollectActionsEnabled(true, false, false);
}

// Compare is fed from Creators and shortlists; Insights follows the Creators filter; a click on
// a chart's creator shows it in Creators.
void MainWindow::wireCompareAndInsights()
{
    const auto openCompare = [this] { m_sidebar->setCurrentPage(Page::Compare); };
    connect(m_creators, &CreatorsView::addToComparisonRequested, this,
            [this, openCompare](const QList<qint64> &ids) {
                m_compare->addCreators(ids);
                openCompare();
            });
    connect(m_shortlists, &ShortlistsView::compareRequested, this,
            [this, openCompare](const QList<qint64> &ids) {
                m_compare->setCreators(ids);
                openCompare();
            });
    m_shortlists->setCompareAvailable(true);
    connect(m_compare, &CompareView::addToShortlistRequested, m_shortlists,
            &ShortlistsView::addCreatorsInteractive);
    connect(m_compare, &CompareView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_compare, &CompareView::creatorClicked, this, &MainWindow::showCreatorInCreators);
    connect(m_insights, &InsightsView::creatorClicked, this, &MainWindow::showCreatorInCreators);
    m_insights->setCreatorsFilter(m_creators->model()->filter());
    connect(m_creators->model(), &QAbstractItemModel::modelReset, this,
            [this] { m_insights->setCreatorsFilter(m_creators->model()->filter()); });
    m_creators->setCollectActionsEnabled(true, true, false);
}

void MainWindow::showCreatorInCreators(qint64 creatorId)
{
    if (m_creators->showCreator(creatorId)) {
        m_sidebar->setCurrentPage(Page::Creators);
        return;
    }
    statusBar()->showMessage(tr("That creator is not among the rows of the Creators page's "
                                "current filter."),
                             6000);
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(QString());
        return;
    }
    setWindowTitle(m_workspace->isReadOnly() ? tr("%1 (read-only)").arg(m_workspace->displayName())
                                             : m_workspace->displayName());
    setWindowFilePath(m_workspace->path());
}

void MainWindow::updateCounts(qint64 total, qint64 shown)
{
    m_total = total;
    m_shown = shown;
    m_counts->setText(statusText());
    updateCreatorsPage();
}

QString MainWindow::statusText() const
{
    if (!m_workspace)
        return tr("No workspace open");
    const QLocale locale;
    const auto number = [&locale](qint64 n) { return n < 0 ? tr("counting…") : locale.toString(n); };
    return tr("%1 creators · %2 shown").arg(number(m_total), number(m_shown));
}

void MainWindow::updateCreatorsPage()
{
    const bool empty = !m_workspace || m_total == 0; // -1: still counting
    m_creatorsPage->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyPage) : m_creators);
}

void MainWindow::showPage(int page)
{
    m_pages->setCurrentIndex(page);
}

bool MainWindow::isBusy() const
{
    return m_sampleJob != nullptr || m_import->isRunning() || m_export->isRunning()
           || m_reports->isRunning();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isBusy() && m_import->canImport() && !importableFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = importableFile(event->mimeData());
    if (isBusy() || !m_import->canImport() || path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has returned to the source: the dialog must not run inside it.
    QMetaObject::invokeMethod(m_import, [this, path] { m_import->openFile(path); },
                              Qt::QueuedConnection);
}

void MainWindow::createSampleWorkspace(qint64 creators)
{
    if (!m_workspace || m_workspace->isReadOnly() || isBusy())
        return;
    m_creators->saveState();
    m_sampleJob = new SampleWorkspaceJob(m_workspace->path(), creators, this);
    auto *progress = new QProgressDialog(tr("Creating %L1 sample creators…").arg(creators),
                                         tr("Cancel"), 0, int(creators), this);
    progress->setWindowTitle(tr("Sample Workspace"));
    progress->setMinimumWidth(progress->fontMetrics().averageCharWidth() * 50);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(200);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    if (creators < 20'000)
        progress->setRange(0, 0); // progress comes every 10,000 rows: just show activity
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, m_sampleJob, &SampleWorkspaceJob::cancel);
    connect(m_sampleJob, &SampleWorkspaceJob::progress, progress,
            [progress](qint64 written) { progress->setValue(int(written)); });
    connect(m_sampleJob, &SampleWorkspaceJob::finished, this,
            [this, progress](const core::Status &status) {
                progress->deleteLater();
                m_sampleJob->deleteLater();
                m_sampleJob = nullptr;
                if (m_closeWhenIdle) {
                    close();
                    return;
                }
                if (status && status.code != core::Error::Code::Cancelled)
                    MessageBox::warning(this, tr("Sample Workspace"),
                                        tr("The sample data could not be written."), status.message);
                if (!status && m_workspace) {
                    // Written through the worker's connection: tell this one's listeners.
                    emit m_workspace->events()->creatorsChanged();
                    emit m_workspace->events()->shortlistsChanged();
                    emit m_workspace->events()->campaignsChanged();
                    m_creators->setWorkspace(m_workspace.get(), m_undoStack);
                }
            });
    m_sampleJob->start();
}

void MainWindow::newWorkspace()
{
    const QString dir = m_settings->value(settings::lastDirectory);
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"),
                                                dir.isEmpty() ? QDir::homePath() : dir,
                                                tr("Tierscope workspaces (*.tierscope)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".tierscope")))
        path += QStringLiteral(".tierscope");
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New Workspace"),
                            tr("“%1” exists already.").arg(QFileInfo(path).fileName()),
                            tr("Choose another name, or open it with File › Open Workspace."));
        return;
    }
    m_settings->setValue(settings::lastDirectory, QFileInfo(path).absolutePath());
    openWorkspace(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString dir = m_settings->value(settings::lastDirectory);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), dir.isEmpty() ? QDir::homePath() : dir,
        tr("Tierscope workspaces (*.tierscope);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings->setValue(settings::lastDirectory, QFileInfo(path).absolutePath());
    openWorkspace(path, core::Workspace::Missing::Refuse);
}

void MainWindow::about()
{
    MessageBox::about(this, tr("About Tierscope"), aboutText());
}

} // namespace tierscope::ui
