// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/remove_roster_entries_command.h"

#include "core/storage/transaction.h"
#include "core/storage/workspace.h"

namespace tierscope::ui {

RemoveRosterEntriesCommand::RemoveRosterEntriesCommand(core::Workspace &workspace,
                                                       const QList<qint64> &entryIds,
                                                       const QString &text, ErrorHandler onError,
                                                       QUndoCommand *parent)
    : CampaignCommand(workspace, std::move(onError), parent), m_ids(entryIds)
{
    setText(text);
}

void RemoveRosterEntriesCommand::redo()
{
    core::CampaignRepository repo = campaigns();
    core::Transaction tx(workspace().database());
    if (!succeeded(tx.begin()))
        return;
    QList<core::RosterEntry> entries;
    QList<QList<core::Deliverable>> deliverables;
    for (qint64 id : std::as_const(m_ids)) {
        const auto entry = repo.entry(id);
        const auto ds = repo.deliverables(id);
        if (!succeeded(entry) || !succeeded(ds) || !succeeded(repo.removeEntry(id)))
            return;
        entries << *entry;
        deliverables << *ds;
    }
    if (succeeded(tx.commit())) {
        m_entries = entries;
        m_deliverables = deliverables;
    }
}

void RemoveRosterEntriesCommand::undo()
{
    core::CampaignRepository repo = campaigns();
    core::Transaction tx(workspace().database());
    if (!succeeded(tx.begin()))
        return;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (!succeeded(repo.restoreEntry(m_entries[i], m_deliverables[i])))
            return;
    }
    succeeded(tx.commit());
}

} // namespace tierscope::ui
