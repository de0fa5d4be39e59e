// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/shortlist.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QListView;
class QSplitter;
class QUndoStack;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

class AppSettings;
class ShortlistChooser;
class ShortlistEditor;
class ShortlistEntriesPane;
class ShortlistListModel;

// The Shortlists page: the workspace's shortlists on the left (new, rename, duplicate, delete),
// the chosen one's entries on the right. Also where creators picked elsewhere are added to a
// shortlist (the chooser). Every edit is an undo step on the workspace's stack.
class ShortlistsView : public QWidget
{
    Q_OBJECT
public:
    explicit ShortlistsView(AppSettings &settings, QWidget *parent = nullptr);
    ~ShortlistsView() override;

    // The workspace to show and the undo stack its edits go to (both may be nullptr).
    void setWorkspace(core::Workspace *workspace, QUndoStack *undoStack);

    ShortlistEditor *editor() const { return m_editor; }
    ShortlistListModel *listModel() const { return m_listModel; }
    QListView *list() const { return m_list; }
    ShortlistEntriesPane *entriesPane() const { return m_entries; }
    QAction *newAction() const { return m_new; }
    QAction *renameAction() const { return m_rename; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }

    const QList<core::Shortlist> &shortlists() const; // by name, with counts
    qint64 currentShortlistId() const { return m_currentId; }
    void setCurrentShortlist(qint64 id);

    // Asks which shortlist (or a new one) with a small menu, then adds the creators to it.
    void addCreatorsInteractive(const QList<qint64> &creatorIds);
    ShortlistChooser *chooser() const; // the one open, if any
    // Adds to a known shortlist (a drop on the sidebar); returns how many were added.
    int addCreators(qint64 shortlistId, const QList<qint64> &creatorIds);

    void setCompareAvailable(bool available);
    void setCampaignAvailable(bool available);
    void saveState();

signals:
    void currentShortlistChanged(qint64 shortlistId);
    void shortlistsChanged(); // names or counts
    void compareRequested(const QList<qint64> &creatorIds);
    void addToCampaignRequested(const QList<qint64> &creatorIds);
    void statusMessage(const QString &message);

private:
    void createActions();
    void onListReset();
    void onCurrentRowChanged();
    void updateActions();
    void showListMenu(const QPoint &pos);
    void createInteractive();
    void duplicateInteractive();
    void deleteCurrent();

    AppSettings &m_settings;
    ShortlistEditor *m_editor;
    ShortlistListModel *m_listModel;
    QListView *m_list;
    ShortlistEntriesPane *m_entries;
    QSplitter *m_splitter;
    QAction *m_new = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QPointer<ShortlistChooser> m_chooser;
    qint64 m_currentId = 0;
    int m_currentRow = -1;
};

} // namespace tierscope::ui
