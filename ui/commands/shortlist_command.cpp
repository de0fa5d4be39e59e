// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/shortlist_command.h"

#include "core/storage/workspace.h"

namespace tierscope::ui {

ShortlistCommand::ShortlistCommand(core::Workspace &workspace, ErrorHandler onError,
                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_workspace(workspace), m_onError(std::move(onError))
{
}

core::ShortlistRepository ShortlistCommand::shortlists() const
{
    return core::ShortlistRepository(m_workspace.database(), m_workspace.events());
}

bool ShortlistCommand::succeeded(const core::Status &status)
{
    if (!status)
        return true;
    setObsolete(true);
    if (m_onError)
        m_onError(status);
    return false;
}

} // namespace tierscope::ui
