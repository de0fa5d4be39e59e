// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/create_campaign_command.h"

#include <QCoreApplication>

namespace tierscope::ui {

CreateCampaignCommand::CreateCampaignCommand(core::Workspace &workspace,
                                             const core::Campaign &campaign, ErrorHandler onError,
                                             QUndoCommand *parent)
    : CampaignCommand(workspace, std::move(onError), parent), m_campaign(campaign)
{
    setText(QCoreApplication::translate("CreateCampaignCommand", "New campaign “%1”")
                .arg(campaign.name.trimmed()));
}

CreateCampaignCommand::CreateCampaignCommand(core::Workspace &workspace, qint64 sourceId,
                                             const QString &newName, ErrorHandler onError,
                                             QUndoCommand *parent)
    : CampaignCommand(workspace, std::move(onError), parent), m_sourceId(sourceId)
{
    m_campaign.name = newName.trimmed();
    setText(QCoreApplication::translate("CreateCampaignCommand", "Duplicate campaign as “%1”")
                .arg(m_campaign.name));
}

void CreateCampaignCommand::redo()
{
    core::CampaignRepository repo = campaigns();
    if (m_snapshot.campaign.id > 0) {
        succeeded(repo.restore(m_snapshot));
        return;
    }
    const auto id = m_sourceId > 0 ? repo.duplicate(m_sourceId, m_campaign.name)
                                   : repo.create(m_campaign);
    if (!succeeded(id))
        return;
    const auto snapshot = repo.snapshot(*id);
    if (succeeded(snapshot))
        m_snapshot = *snapshot;
}

void CreateCampaignCommand::undo()
{
    core::CampaignRepository repo = campaigns();
    const auto snapshot = repo.snapshot(m_snapshot.campaign.id);
    if (!succeeded(snapshot))
        return;
    m_snapshot = *snapshot;
    succeeded(repo.remove(m_snapshot.campaign.id));
}

} // namespace tierscope::ui
