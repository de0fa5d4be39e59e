// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/add_roster_entries_command.h"

#include "core/storage/transaction.h"
#include "core/storage/workspace.h"
#include "ui/common/count_text.h"

#include <QCoreApplication>
#include <QSet>

namespace tierscope::ui {

AddRosterEntriesCommand::AddRosterEntriesCommand(core::Workspace &workspace,
                                                 const QString &campaignName,
                                                 const QList<core::RosterEntry> &entries,
                                                 ErrorHandler onError, QUndoCommand *parent)
    : CampaignCommand(workspace, std::move(onError), parent),
      m_campaignName(campaignName),
      m_entries(entries)
{
    updateText(int(entries.size()));
}

void AddRosterEntriesCommand::updateText(int count)
{
    setText(QCoreApplication::translate("AddRosterEntriesCommand", "Add %1 to “%2”")
                .arg(CountText::creators(count), m_campaignName));
}

QList<qint64> AddRosterEntriesCommand::addedEntryIds() const
{
    QList<qint64> ids;
    for (const core::RosterEntry &e : m_added)
        ids << e.id;
    return ids;
}

void AddRosterEntriesCommand::redo()
{
    core::CampaignRepository repo = campaigns();
    core::Transaction tx(workspace().database());
    if (!succeeded(tx.begin()))
        return;
    if (m_done) {
        for (int i = 0; i < m_added.size(); ++i) {
            if (!succeeded(repo.restoreEntry(m_added[i], m_deliverables.value(i))))
                return;
        }
        succeeded(tx.commit());
        return;
    }
    if (m_entries.isEmpty()) {
        setObsolete(true);
        return;
    }
    const auto before = repo.entries(m_entries.first().campaignId);
    if (!succeeded(before))
        return;
    QSet<qint64> listed;
    for (const core::RosterEntry &e : *before)
        listed.insert(e.creatorId);
    QList<qint64> ids;
    for (const core::RosterEntry &e : std::as_const(m_entries)) {
        if (listed.contains(e.creatorId))
            continue;
        listed.insert(e.creatorId);
        const auto id = repo.addEntry(e);
        if (!succeeded(id))
            return;
        ids << *id;
    }
    if (ids.isEmpty()) {
        setObsolete(true); // all of them were on the roster already
        return;
    }
    if (!succeeded(tx.commit()))
        return;
    for (qint64 id : std::as_const(ids)) {
        const auto stored = repo.entry(id);
        if (!succeeded(stored))
            return;
        m_added << *stored;
    }
    m_done = true;
    updateText(int(m_added.size()));
}

void AddRosterEntriesCommand::undo()
{
    core::CampaignRepository repo = campaigns();
    core::Transaction tx(workspace().database());
    if (!succeeded(tx.begin()))
        return;
    m_deliverables.clear();
    for (const core::RosterEntry &e : std::as_const(m_added)) {
        // Keep the entry as it is now (a later fee edit was undone first, but be exact).
        const auto deliverables = repo.deliverables(e.id);
        if (!succeeded(deliverables))
            return;
        m_deliverables << *deliverables;
        if (!succeeded(repo.removeEntry(e.id)))
            return;
    }
    succeeded(tx.commit());
}

} // namespace tierscope::ui
