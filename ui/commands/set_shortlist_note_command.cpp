// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/set_shortlist_note_command.h"

#include <QCoreApplication>

namespace tierscope::ui {

SetShortlistNoteCommand::SetShortlistNoteCommand(core::Workspace &workspace, qint64 shortlistId,
                                                 qint64 creatorId, const QString &handle,
                                                 const QString &before, const QString &after,
                                                 ErrorHandler onError, QUndoCommand *parent)
    : ShortlistCommand(workspace, std::move(onError), parent),
      m_shortlistId(shortlistId),
      m_creatorId(creatorId),
      m_before(before),
      m_after(after)
{
    setText(QCoreApplication::translate("SetShortlistNoteCommand", "Edit note on @%1").arg(handle));
}

void SetShortlistNoteCommand::redo()
{
    succeeded(shortlists().setNote(m_shortlistId, m_creatorId, m_after));
}

void SetShortlistNoteCommand::undo()
{
    succeeded(shortlists().setNote(m_shortlistId, m_creatorId, m_before));
}

} // namespace tierscope::ui
