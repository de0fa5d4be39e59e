// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/edit_creator_command.h"

#include <QCoreApplication>

namespace tierscope::ui {

EditCreatorCommand::EditCreatorCommand(core::Workspace &workspace, const core::Creator &before,
                                       const core::Creator &after, ErrorHandler onError,
                                       QUndoCommand *parent)
    : CreatorCommand(workspace, std::move(onError), parent), m_before(before), m_after(after)
{
    m_after.id = before.id;
    setText(QCoreApplication::translate("EditCreatorCommand", "Edit @%1").arg(before.handle));
}

void EditCreatorCommand::redo()
{
    succeeded(creators().update(m_after));
}

void EditCreatorCommand::undo()
{
    succeeded(creators().update(m_before));
}

} // namespace tierscope::ui
