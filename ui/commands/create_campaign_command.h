// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/campaign_command.h"

namespace tierscope::ui {

// A new campaign, or a copy of one (duplicate: the brief and roster, see
// CampaignRepository::duplicate()). Undo deletes it; redo puts back exactly what undo took away
// (same id, roster and deliverables, including later edits that were undone first).
class CreateCampaignCommand : public CampaignCommand
{
public:
    CreateCampaignCommand(core::Workspace &workspace, const core::Campaign &campaign,
                          ErrorHandler onError = {}, QUndoCommand *parent = nullptr);
    // Duplicate of sourceId under newName.
    CreateCampaignCommand(core::Workspace &workspace, qint64 sourceId, const QString &newName,
                          ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 campaignId() const { return m_snapshot.campaign.id; }

private:
    core::Campaign m_campaign;
    qint64 m_sourceId = 0;
    core::CampaignSnapshot m_snapshot; // id 0 until the first redo
};

} // namespace tierscope::ui
