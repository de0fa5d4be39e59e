// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/delete_campaign_command.h"

#include <QCoreApplication>

namespace tierscope::ui {

DeleteCampaignCommand::DeleteCampaignCommand(core::Workspace &workspace, qint64 campaignId,
                                             const QString &name, ErrorHandler onError,
                                             QUndoCommand *parent)
    : CampaignCommand(workspace, std::move(onError), parent), m_id(campaignId)
{
    setText(QCoreApplication::translate("DeleteCampaignCommand", "Delete campaign “%1”").arg(name));
}

void DeleteCampaignCommand::redo()
{
    core::CampaignRepository repo = campaigns();
    const auto snapshot = repo.snapshot(m_id);
    if (!succeeded(snapshot))
        return;
    if (succeeded(repo.remove(m_id)))
        m_snapshot = *snapshot;
}

void DeleteCampaignCommand::undo()
{
    succeeded(campaigns().restore(m_snapshot));
}

} // namespace tierscope::ui
