// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/stage_column_view.h"

#include "ui/campaigns/roster_model.h"

#include <QDragEnterEvent>
#include <QMimeData>

namespace tierscope::ui {

StageColumnView::StageColumnView(core::Stage stage, QWidget *parent)
    : QListView(parent), m_stage(stage)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSpacing(3);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

bool StageColumnView::dropEntries(const QList<qint64> &entryIds)
{
    return !entryIds.isEmpty() && m_onDrop && m_onDrop(entryIds, m_stage);
}

void StageColumnView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(RosterModel::mimeType()) && m_onDrop)
        event->acceptProposedAction();
    else
        event->ignore();
}

void StageColumnView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(RosterModel::mimeType()) && m_onDrop)
        event->acceptProposedAction();
    else
        event->ignore();
}

void StageColumnView::dropEvent(QDropEvent *event)
{
    // The move is a stage change through the undo stack, not a row move between models: the
    // drop is reported as a copy so the source column removes nothing itself.
    if (dropEntries(RosterModel::entryIds(event->mimeData()))) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

} // namespace tierscope::ui
