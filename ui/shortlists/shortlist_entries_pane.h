// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/shortlist.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

class AppSettings;
class ShortlistEditor;
class ShortlistEntryModel;
class ShortlistEntryTable;

// The right side of the Shortlists page: the chosen shortlist's name and verdict tally, its
// entries (drag to reorder, note and verdict edited in place), and what can be done with them.
class ShortlistEntriesPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMinCompare = 2;
    static constexpr int kMaxCompare = 6;

    ShortlistEntriesPane(AppSettings &settings, ShortlistEditor *editor, QWidget *parent = nullptr);

    void setWorkspace(core::Workspace *workspace);
    // The shortlist shown (id 0: none); the name and count are for the heading.
    void setShortlist(const core::Shortlist &shortlist);
    qint64 shortlistId() const;

    ShortlistEntryModel *model() const { return m_model; }
    ShortlistEntryTable *table() const { return m_table; }
    QAction *removeAction() const { return m_remove; }
    QAction *editNoteAction() const { return m_editNote; }
    QAction *compareAction() const { return m_compare; }
    QAction *addToCampaignAction() const { return m_toCampaign; }
    QAction *exportAction() const { return m_export; }
    QList<QAction *> verdictActions() const { return m_verdicts; } // in allVerdicts() order

    QList<qint64> selectedCreatorIds() const; // in the list's order
    void setCompareAvailable(bool available);
    void setCampaignAvailable(bool available); // someone receives addToCampaignRequested
    // Writes the shortlist as CSV (core's exporter); false after saying what went wrong.
    bool exportCsv(const QString &path);

    void saveState();

signals:
    void compareRequested(const QList<qint64> &creatorIds);
    void addToCampaignRequested(const QList<qint64> &creatorIds);
    void statusMessage(const QString &message);

private:
    void createActions();
    void setUpTable();
    void restoreState();
    void applyDefaultColumns();
    void updateHeading();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void showColumnMenu(const QPoint &pos);
    void removeSelected();
    void setVerdictOfSelection(core::Verdict verdict);
    void exportInteractive();

    AppSettings &m_settings;
    ShortlistEditor *m_editor;
    core::Workspace *m_workspace = nullptr;
    core::Shortlist m_shortlist;
    ShortlistEntryModel *m_model;
    ShortlistEntryTable *m_table;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QToolButton *m_compareButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_editNote = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_toCampaign = nullptr;
    QAction *m_export = nullptr;
    QList<QAction *> m_verdicts;
    bool m_compareAvailable = false;
    bool m_campaignAvailable = false;
};

} // namespace tierscope::ui
