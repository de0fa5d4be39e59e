// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace tierscope::ui {

class CampaignDocument;
class CampaignEditor;
class DeliverablesPane;
class PipelineBoard;
class RosterModel;

// The roster of the campaign: a table and a pipeline board on the same model (switch with the
// toolbar), the chosen entry's deliverables below, and the actions on the roster: remove,
// move, fill the budget. Creators dropped on the table join the roster.
class RosterPane : public QWidget
{
    Q_OBJECT
public:
    RosterPane(CampaignDocument *document, CampaignEditor *editor, QWidget *parent = nullptr);

    RosterModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    PipelineBoard *board() const { return m_board; }
    DeliverablesPane *deliverables() const { return m_deliverables; }
    QAction *showBoardAction() const { return m_showBoard; }
    QAction *removeAction() const { return m_remove; }
    QAction *fillAction() const { return m_fill; }
    bool isBoardShown() const;
    void showBoard(bool board);
    QList<qint64> selectedEntryIds() const;
    void updateActions();

signals:
    void fillRequested();

private:
    void setCurrentEntry(qint64 entryId);

    CampaignDocument *m_document;
    CampaignEditor *m_editor;
    RosterModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_table;
    PipelineBoard *m_board;
    DeliverablesPane *m_deliverables;
    QAction *m_showBoard;
    QAction *m_remove;
    QAction *m_fill;
};

} // namespace tierscope::ui
