// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/creators/creator_editor.h"

#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"
#include "ui/commands/add_creator_command.h"
#include "ui/commands/delete_creators_command.h"
#include "ui/commands/edit_creator_command.h"
#include "ui/commands/set_creator_notes_command.h"
#include "ui/common/message_box.h"

#include <QPointer>
#include <QUndoStack>
#include <QWidget>

namespace tierscope::ui {

CreatorEditor::CreatorEditor(QWidget *dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent)
{
}

void CreatorEditor::setWorkspace(core::Workspace *workspace, QUndoStack *undoStack)
{
    m_workspace = workspace;
    m_undoStack = undoStack;
}

bool CreatorEditor::canEdit() const
{
    return m_workspace && m_undoStack && !m_workspace->isReadOnly();
}

void CreatorEditor::report(const core::Error &error)
{
    // Queued: a failure can happen inside an undo step.
    QMetaObject::invokeMethod(this, [this, error] {
        MessageBox::warning(m_dialogParent, tr("Tierscope"), error.message);
    }, Qt::QueuedConnection);
}

bool CreatorEditor::push(CreatorCommand *command)
{
    // A command whose first step fails makes itself obsolete and the stack drops it.
    const int before = m_undoStack->count();
    const int index = m_undoStack->index();
    m_undoStack->push(command);
    return m_undoStack->count() != before || m_undoStack->index() != index;
}

bool CreatorEditor::add(const core::Creator &creator)
{
    if (!canEdit())
        return false;
    return push(new AddCreatorCommand(*m_workspace, creator,
                                      [this](const core::Error &e) { report(e); }));
}

bool CreatorEditor::edit(const core::Creator &before, const core::Creator &after)
{
    if (!canEdit())
        return false;
    return push(new EditCreatorCommand(*m_workspace, before, after,
                                       [this](const core::Error &e) { report(e); }));
}

bool CreatorEditor::setNotes(qint64 creatorId, const QString &handle, const QString &before,
                             const QString &after)
{
    if (!canEdit() || before == after)
        return false;
    // Merging into the previous notes step leaves count and index as they were.
    m_undoStack->push(new SetCreatorNotesCommand(*m_workspace, creatorId, handle, before, after,
                                                 [this](const core::Error &e) { report(e); }));
    return true;
}

bool CreatorEditor::remove(const QList<qint64> &ids)
{
    if (!canEdit() || ids.isEmpty())
        return false;
    const auto creators = core::CreatorRepository(m_workspace->database()).getMany(ids);
    if (!creators) {
        report(creators.error());
        return false;
    }
    if (creators->isEmpty())
        return false;
    const QString question = creators->size() == 1
                                 ? tr("Delete @%1?").arg(creators->constFirst().handle)
                                 : tr("Delete %L1 creators?").arg(creators->size());
    if (MessageBox::question(m_dialogParent, tr("Delete Creators"), question,
                             tr("They are also removed from shortlists. You can undo this with "
                                "Edit › Undo."),
                             tr("Delete"))
        != QMessageBox::Yes)
        return false;
    return push(new DeleteCreatorsCommand(*m_workspace, *creators,
                                          [this](const core::Error &e) { report(e); }));
}

} // namespace tierscope::ui
