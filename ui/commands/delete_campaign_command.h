// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/campaign_command.h"

namespace tierscope::ui {

// Deletes a campaign with its roster and deliverables; undo restores all of it with its ids.
class DeleteCampaignCommand : public CampaignCommand
{
public:
    DeleteCampaignCommand(core::Workspace &workspace, qint64 campaignId, const QString &name,
                          ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    core::CampaignSnapshot m_snapshot;
};

} // namespace tierscope::ui
