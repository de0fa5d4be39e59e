// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tierscope::ui {

class CampaignDocument;
class CampaignEditor;
class DeliverableModel;
class ResultsImportDialog;

// The deliverables of the roster entry chosen in the table or on the board, with results entry
// once published. Add and Remove are undo steps; so is Import Results (the whole campaign).
class DeliverablesPane : public QWidget
{
    Q_OBJECT
public:
    DeliverablesPane(CampaignDocument *document, CampaignEditor *editor, QWidget *parent = nullptr);

    void setEntry(qint64 entryId);
    DeliverableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    // Campaign-wide: reads a results sheet into the campaign's deliverables (one undo step).
    QPushButton *importResultsButton() const { return m_importResults; }
    // Opens the results import dialog (non-modal, deleted on close) and returns it.
    ResultsImportDialog *openResultsImport();

private:
    void updateHeading();
    void addDeliverable();
    void removeSelected();

    CampaignDocument *m_document;
    CampaignEditor *m_editor;
    DeliverableModel *m_model;
    QLabel *m_heading;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_importResults;
};

} // namespace tierscope::ui
