// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/edit_deliverable_command.h"

namespace tierscope::ui {

EditDeliverableCommand::EditDeliverableCommand(core::Workspace &workspace,
                                               const std::optional<core::Deliverable> &before,
                                               const std::optional<core::Deliverable> &after,
                                               const QString &text, ErrorHandler onError,
                                               QUndoCommand *parent)
    : CampaignCommand(workspace, std::move(onError), parent), m_before(before), m_after(after)
{
    setText(text);
}

qint64 EditDeliverableCommand::deliverableId() const
{
    return m_after ? m_after->id : (m_before ? m_before->id : 0);
}

void EditDeliverableCommand::apply(const std::optional<core::Deliverable> &from,
                                   const std::optional<core::Deliverable> &to)
{
    core::CampaignRepository repo = campaigns();
    if (from && to) {
        succeeded(repo.updateDeliverable(*to));
    } else if (from) {
        succeeded(repo.removeDeliverable(from->id));
    } else if (to && to->id > 0) {
        succeeded(repo.restoreDeliverable(*to));
    } else if (to) {
        // First time: store it, and keep it as stored (id) so undo and redo are exact.
        const auto id = repo.addDeliverable(*to);
        if (!succeeded(id))
            return;
        const auto stored = repo.deliverable(*id);
        if (succeeded(stored))
            m_after = *stored;
    }
}

void EditDeliverableCommand::redo()
{
    apply(m_before, m_after);
}

void EditDeliverableCommand::undo()
{
    apply(m_after, m_before);
}

} // namespace tierscope::ui
