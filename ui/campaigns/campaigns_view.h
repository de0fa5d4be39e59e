// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QTabWidget;
class QTreeView;
class QUndoStack;

namespace tierscope::core {
class Clock;
class Workspace;
}

namespace tierscope::ui {

class BudgetPanel;
class CampaignBriefForm;
class CampaignDocument;
class CampaignEditor;
class CampaignListModel;
class RosterPane;

// The Campaigns page: the workspace's campaigns on the left (new, duplicate, archive, delete),
// the chosen one on the right in three tabs — brief, roster (table or pipeline board, with
// deliverables and results) and budget & forecast. Every edit is an undo step on the
// workspace's stack.
class CampaignsView : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsView(QWidget *parent = nullptr);
    ~CampaignsView() override;

    void setWorkspace(core::Workspace *workspace, QUndoStack *undoStack);
    void setClock(const core::Clock *clock); // tests: a fixed "today" for overdue deliverables

    qint64 currentCampaignId() const;
    void setCurrentCampaign(qint64 id);

    // Asks which campaign with a small menu, then adds the creators to its roster.
    void addCreatorsInteractive(const QList<qint64> &creatorIds);
    int addCreators(qint64 campaignId, const QList<qint64> &creatorIds);

    CampaignDocument *document() const { return m_document; }
    CampaignEditor *editor() const { return m_editor; }
    CampaignListModel *listModel() const { return m_listModel; }
    QTreeView *list() const { return m_list; }
    CampaignBriefForm *briefForm() const { return m_brief; }
    RosterPane *rosterPane() const { return m_roster; }
    BudgetPanel *budgetPanel() const { return m_budget; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *newAction() const { return m_new; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *archiveAction() const { return m_archive; }
    QAction *deleteAction() const { return m_delete; }
    QCheckBox *showArchivedBox() const { return m_showArchived; }

signals:
    void statusMessage(const QString &message);

private:
    void createActions();
    void onListReset();
    void onCurrentRowChanged();
    void updateHeading();
    void updateActions();
    void showListMenu(const QPoint &pos);
    void createCampaign();
    void duplicateCurrent();
    void toggleArchived();
    void deleteCurrent();
    void openFillDialog();

    CampaignDocument *m_document;
    CampaignEditor *m_editor;
    CampaignListModel *m_listModel;
    QTreeView *m_list;
    QCheckBox *m_showArchived;
    QLabel *m_heading;
    QLabel *m_subheading;
    QTabWidget *m_tabs;
    CampaignBriefForm *m_brief;
    RosterPane *m_roster;
    BudgetPanel *m_budget;
    QAction *m_new = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_archive = nullptr;
    QAction *m_delete = nullptr;
    qint64 m_currentId = 0;
    int m_currentRow = -1;
};

} // namespace tierscope::ui
