// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace tierscope::ui {

class ShortlistEntryModel;

// The entries table: rows dragged within it move (one undo step, through the model); creators
// dragged in from elsewhere are added; rows dragged out (onto a shortlist in the sidebar) are
// copied there.
class ShortlistEntryTable : public QTableView
{
    Q_OBJECT
public:
    explicit ShortlistEntryTable(QWidget *parent = nullptr);

    void setEntryModel(ShortlistEntryModel *model);
    QList<int> selectedRowNumbers() const; // sorted
    // Moves the selected rows before `row` (what a drop does); false when nothing moved.
    bool moveSelectionTo(int row);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    int dropRow(const QPoint &pos) const; // the row a drop at pos lands before

    ShortlistEntryModel *m_model = nullptr;
};

} // namespace tierscope::ui
