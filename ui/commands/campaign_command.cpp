// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/campaign_command.h"

#include "core/storage/workspace.h"

namespace tierscope::ui {

CampaignCommand::CampaignCommand(core::Workspace &workspace, ErrorHandler onError,
                                 QUndoCommand *parent)
    : QUndoCommand(parent), m_workspace(workspace), m_onError(std::move(onError))
{
}

core::CampaignRepository CampaignCommand::campaigns() const
{
    return core::CampaignRepository(m_workspace.database(), m_workspace.events());
}

bool CampaignCommand::succeeded(const core::Status &status)
{
    if (!status)
        return true;
    setObsolete(true);
    if (m_onError)
        m_onError(status);
    return false;
}

} // namespace tierscope::ui
