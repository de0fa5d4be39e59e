// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/creator_drag_table_view.h"

#include "ui/common/count_text.h"
#include "ui/common/creator_mime.h"

#include <QDrag>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>

namespace tierscope::ui {

CreatorDragTableView::CreatorDragTableView(QWidget *parent) : QTableView(parent) {}

void CreatorDragTableView::setDragIds(IdsProvider ids)
{
    m_ids = std::move(ids);
    setDragEnabled(bool(m_ids));
    setDragDropMode(m_ids ? QAbstractItemView::DragOnly : QAbstractItemView::NoDragDrop);
    setDefaultDropAction(Qt::CopyAction);
}

QPixmap CreatorDragTableView::dragPixmap(const QWidget *widget, const QString &text)
{
    const QFontMetrics fm = widget->fontMetrics();
    const QSize size(fm.horizontalAdvance(text) + 20, fm.height() + 10);
    const qreal dpr = widget->devicePixelRatioF();
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = widget->palette();
    QPainterPath path;
    path.addRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 6, 6);
    p.fillPath(path, pal.color(QPalette::Highlight));
    p.setPen(pal.color(QPalette::HighlightedText));
    p.setFont(widget->font());
    p.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, text);
    return pixmap;
}

void CreatorDragTableView::startDrag(Qt::DropActions supportedActions)
{
    if (!m_ids) {
        QTableView::startDrag(supportedActions);
        return;
    }
    const QList<qint64> ids = m_ids();
    if (ids.isEmpty())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(CreatorMime::toMimeData(ids));
    const QString label = CountText::creators(ids.size());
    drag->setPixmap(dragPixmap(this, label));
    drag->setHotSpot(QPoint(-12, -12));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

} // namespace tierscope::ui
