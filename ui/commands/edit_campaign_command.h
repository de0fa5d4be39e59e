// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/campaign_command.h"

namespace tierscope::ui {

// Writes a campaign's brief (or its archived flag); undo writes back the brief it had.
class EditCampaignCommand : public CampaignCommand
{
public:
    EditCampaignCommand(core::Workspace &workspace, const core::Campaign &before,
                        const core::Campaign &after, const QString &text,
                        ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    core::Status write(const core::Campaign &c);

    core::Campaign m_before;
    core::Campaign m_after;
};

} // namespace tierscope::ui
