// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/set_creator_notes_command.h"

#include <QCoreApplication>

namespace tierscope::ui {

SetCreatorNotesCommand::SetCreatorNotesCommand(core::Workspace &workspace, qint64 creatorId,
                                               const QString &handle, const QString &before,
                                               const QString &after, ErrorHandler onError,
                                               QUndoCommand *parent)
    : CreatorCommand(workspace, std::move(onError), parent),
      m_creatorId(creatorId),
      m_before(before),
      m_after(after)
{
    setText(QCoreApplication::translate("SetCreatorNotesCommand", "Edit notes of @%1").arg(handle));
}

void SetCreatorNotesCommand::write(const QString &notes)
{
    core::CreatorRepository repo = creators();
    auto creator = repo.get(m_creatorId);
    if (!succeeded(creator ? core::Status{} : creator.error()))
        return;
    core::Creator c = std::move(creator).value();
    c.notes = notes;
    succeeded(repo.update(c));
}

void SetCreatorNotesCommand::redo()
{
    write(m_after);
}

void SetCreatorNotesCommand::undo()
{
    write(m_before);
}

bool SetCreatorNotesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetCreatorNotesCommand *>(other);
    if (next->m_creatorId != m_creatorId)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace tierscope::ui
