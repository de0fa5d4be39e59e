// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/campaign_command.h"

#include <optional>

namespace tierscope::ui {

// Adds, changes or removes one deliverable: `before` empty adds `after`, `after` empty removes
// `before`, both change it. Undo does the opposite and brings a removed one back with its id.
class EditDeliverableCommand : public CampaignCommand
{
public:
    EditDeliverableCommand(core::Workspace &workspace,
                           const std::optional<core::Deliverable> &before,
                           const std::optional<core::Deliverable> &after, const QString &text,
                           ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 deliverableId() const;

private:
    void apply(const std::optional<core::Deliverable> &from,
               const std::optional<core::Deliverable> &to);

    std::optional<core::Deliverable> m_before;
    std::optional<core::Deliverable> m_after;
};

} // namespace tierscope::ui
