// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/roster.h"

#include <QListView>

#include <functional>

namespace tierscope::ui {

// One column of the pipeline board: cards of the entries at a stage. Cards dragged here from
// another column (roster entry ids) are handed to the drop handler, which moves them.
class StageColumnView : public QListView
{
    Q_OBJECT
public:
    using DropHandler = std::function<bool(const QList<qint64> &entryIds, core::Stage stage)>;

    StageColumnView(core::Stage stage, QWidget *parent = nullptr);
    core::Stage stage() const { return m_stage; }
    void setDropHandler(DropHandler handler) { m_onDrop = std::move(handler); }

    // What a drop of these ids does; for tests and keyboard moves alike.
    bool dropEntries(const QList<qint64> &entryIds);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    core::Stage m_stage;
    DropHandler m_onDrop;
};

} // namespace tierscope::ui
