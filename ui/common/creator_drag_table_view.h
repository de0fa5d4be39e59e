// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

#include <functional>

namespace tierscope::ui {

// A table whose drags carry creator ids (CreatorMime) from a callback, not the selected indexes:
// over a virtual table a selection can span a million rows, and listing its indexes would
// freeze the window. The drag offers a copy; the table accepts no drops.
class CreatorDragTableView : public QTableView
{
    Q_OBJECT
public:
    using IdsProvider = std::function<QList<qint64>()>;

    explicit CreatorDragTableView(QWidget *parent = nullptr);

    // Turns dragging on; `ids` gives what a drag starting now carries (empty: no drag).
    void setDragIds(IdsProvider ids);

    // A small label for the drag cursor: "@handle" or "3 creators".
    static QPixmap dragPixmap(const QWidget *widget, const QString &text);

protected:
    void startDrag(Qt::DropActions supportedActions) override;

private:
    IdsProvider m_ids;
};

} // namespace tierscope::ui
