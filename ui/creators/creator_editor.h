// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/creator.h"

#include <QList>
#include <QObject>

class QUndoStack;
class QWidget;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

// Makes the edits of creators as undo steps on the workspace's stack; the dialogs and the
// detail pane use it, and so do tests. Failures are reported through MessageBox.
class CreatorEditor : public QObject
{
    Q_OBJECT
public:
    explicit CreatorEditor(QWidget *dialogParent);

    void setWorkspace(core::Workspace *workspace, QUndoStack *undoStack);
    bool canEdit() const;

    // Each is one undo step; false when nothing was changed.
    bool add(const core::Creator &creator);
    bool edit(const core::Creator &before, const core::Creator &after);
    bool setNotes(qint64 creatorId, const QString &handle, const QString &before,
                  const QString &after);
    bool remove(const QList<qint64> &ids); // asks first

private:
    bool push(class CreatorCommand *command);
    void report(const core::Error &error);

    QWidget *m_dialogParent;
    core::Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace tierscope::ui
