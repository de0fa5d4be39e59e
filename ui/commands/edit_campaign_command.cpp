// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/edit_campaign_command.h"

namespace tierscope::ui {

EditCampaignCommand::EditCampaignCommand(core::Workspace &workspace, const core::Campaign &before,
                                         const core::Campaign &after, const QString &text,
                                         ErrorHandler onError, QUndoCommand *parent)
    : CampaignCommand(workspace, std::move(onError), parent), m_before(before), m_after(after)
{
    setText(text);
}

core::Status EditCampaignCommand::write(const core::Campaign &c)
{
    core::CampaignRepository repo = campaigns();
    // update() writes the brief; the archived flag has its own call.
    if (const core::Status s = repo.update(c))
        return s;
    if (m_before.archived != m_after.archived)
        return repo.setArchived(c.id, c.archived);
    return {};
}

void EditCampaignCommand::redo()
{
    succeeded(write(m_after));
}

void EditCampaignCommand::undo()
{
    succeeded(write(m_before));
}

} // namespace tierscope::ui
