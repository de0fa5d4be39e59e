// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shortlists/shortlist_entry_table.h"

#include "ui/common/count_text.h"
#include "ui/common/creator_drag_table_view.h"
#include "ui/shortlists/shortlist_entry_model.h"

#include <QDrag>
#include <QDropEvent>
#include <QMimeData>

namespace tierscope::ui {

ShortlistEntryTable::ShortlistEntryTable(QWidget *parent) : QTableView(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDragDropOverwriteMode(false); // drops land between rows
    setDropIndicatorShown(true);
    // Out of the table a drag copies; within it the move is ours (see dropEvent).
    setDefaultDropAction(Qt::CopyAction);
}

void ShortlistEntryTable::setEntryModel(ShortlistEntryModel *model)
{
    m_model = model;
    setModel(model);
}

QList<int> ShortlistEntryTable::selectedRowNumbers() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QModelIndex &i : selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool ShortlistEntryTable::moveSelectionTo(int row)
{
    return m_model && m_model->moveEntries(selectedRowNumbers(), row);
}

void ShortlistEntryTable::startDrag(Qt::DropActions supportedActions)
{
    const QList<int> rows = selectedRowNumbers();
    if (!m_model || rows.isEmpty())
        return;
    QModelIndexList indexes;
    for (int r : rows)
        indexes << m_model->index(r, 0);
    QMimeData *data = m_model->mimeData(indexes);
    if (!data)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    const QString label = rows.size() == 1 ? data->text() : CountText::creators(rows.size());
    drag->setPixmap(CreatorDragTableView::dragPixmap(this, label));
    drag->setHotSpot(QPoint(-12, -12));
    drag->exec(supportedActions, Qt::CopyAction);
}

int ShortlistEntryTable::dropRow(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return model() ? model()->rowCount() : 0;
    const QRect rect = visualRect(index);
    return pos.y() < rect.center().y() ? index.row() : index.row() + 1;
}

void ShortlistEntryTable::dragMoveEvent(QDragMoveEvent *event)
{
    QTableView::dragMoveEvent(event); // the drop indicator
    if (event->source() == this && m_model && (event->possibleActions() & Qt::MoveAction)) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    }
}

void ShortlistEntryTable::dropEvent(QDropEvent *event)
{
    if (event->source() != this) {
        QTableView::dropEvent(event); // creators from elsewhere: the model adds them
        return;
    }
    moveSelectionTo(dropRow(event->position().toPoint()));
    // The rows have moved already: nothing is left for the drag's source to remove.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    setState(NoState);
    stopAutoScroll();
    viewport()->update();
}

} // namespace tierscope::ui
