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

// The deliverables of the roster entry chosen in the table or on the board, with results entry
// once published. Add and Remove are undo steps.
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
};

} // namespace tierscope::ui
