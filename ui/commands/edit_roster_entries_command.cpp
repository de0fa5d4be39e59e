// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/edit_roster_entries_command.h"

#include "core/storage/transaction.h"
#include "core/storage/workspace.h"

namespace tierscope::ui {

EditRosterEntriesCommand::EditRosterEntriesCommand(core::Workspace &workspace,
                                                   const QList<core::RosterEntry> &before,
                                                   const QList<core::RosterEntry> &after,
                                                   const QString &text, ErrorHandler onError,
                                                   QUndoCommand *parent)
    : CampaignCommand(workspace, std::move(onError), parent), m_before(before), m_after(after)
{
    setText(text);
}

void EditRosterEntriesCommand::write(const QList<core::RosterEntry> &entries)
{
    core::CampaignRepository repo = campaigns();
    core::Transaction tx(workspace().database());
    if (!succeeded(tx.begin()))
        return;
    for (const core::RosterEntry &e : entries) {
        if (!succeeded(repo.updateEntry(e)))
            return;
    }
    succeeded(tx.commit());
}

void EditRosterEntriesCommand::redo()
{
    write(m_after);
}

void EditRosterEntriesCommand::undo()
{
    write(m_before);
}

} // namespace tierscope::ui
