// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QItemSelection;
class QMenu;
class QSplitter;
class QTableView;
class QUndoStack;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

class AppSettings;
class CreatorEditor;
class CreatorDetailPane;
class CreatorFilterPanel;
class CreatorTableModel;

// The Creators page: filters, the virtual table and the detail pane; every edit goes through
// the workspace's undo stack. Adding the selection to a shortlist, comparison or campaign is
// announced for the main window to route.
class CreatorsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxSelection = 1000; // for actions on the selection

    explicit CreatorsView(AppSettings &settings, QWidget *parent = nullptr);
    ~CreatorsView() override;

    // The workspace to show and the undo stack its edits go to (both may be nullptr).
    void setWorkspace(core::Workspace *workspace, QUndoStack *undoStack);

    CreatorTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CreatorFilterPanel *filterPanel() const { return m_filters; }
    CreatorDetailPane *detailPane() const { return m_detail; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> collectActions() const; // shortlist, comparison, campaign
    void setCollectActionsEnabled(bool shortlist, bool comparison, bool campaign);

    // The ids of the selected creators, in row order; empty (and a message) past kMaxSelection.
    QList<qint64> selectedIds();
    void selectRow(int row);
    // Selects and shows a creator when it is among the matching rows; false when it is not.
    bool showCreator(qint64 id);

    CreatorEditor *editor() const { return m_editor; }

    void saveState();
    void setFiltersVisible(bool visible);
    void setDetailVisible(bool visible);

public slots:
    void addCreatorInteractive();
    void editCurrentInteractive();
    void deleteSelectedInteractive();
    void focusSearch();
    void clearFilters();

signals:
    void countsChanged(qint64 total, qint64 shown);
    void addToShortlistRequested(const QList<qint64> &creatorIds);
    void addToComparisonRequested(const QList<qint64> &creatorIds);
    void addToCampaignRequested(const QList<qint64> &creatorIds);

private:
    void createActions();
    void setUpTable();
    void restoreState();
    void updateDetail();
    void updateActions();
    void reloadChoices();
    QList<int> selectedRows(int max) const; // empty when more than max are selected
    void showContextMenu(const QPoint &pos);
    void showColumnMenu(const QPoint &pos);
    void applyDefaultColumnWidths();
    void copyHandles();
    void announceSelection(void (CreatorsView::*signal)(const QList<qint64> &));

    AppSettings &m_settings;
    core::Workspace *m_workspace = nullptr;
    CreatorTableModel *m_model;
    CreatorFilterPanel *m_filters;
    QTableView *m_table;
    CreatorDetailPane *m_detail;
    CreatorEditor *m_editor;
    QSplitter *m_splitter;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_toShortlist = nullptr;
    QAction *m_toComparison = nullptr;
    QAction *m_toCampaign = nullptr;
};

} // namespace tierscope::ui
