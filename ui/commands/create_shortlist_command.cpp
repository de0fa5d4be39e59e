// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/create_shortlist_command.h"

#include "core/storage/transaction.h"
#include "core/storage/workspace.h"
#include "ui/common/count_text.h"

#include <QCoreApplication>

namespace tierscope::ui {

CreateShortlistCommand::CreateShortlistCommand(core::Workspace &workspace, const QString &name,
                                               const QList<qint64> &creatorIds,
                                               ErrorHandler onError, QUndoCommand *parent)
    : ShortlistCommand(workspace, std::move(onError), parent),
      m_name(name.trimmed()),
      m_creatorIds(creatorIds)
{
    setText(creatorIds.isEmpty()
                ? QCoreApplication::translate("CreateShortlistCommand", "New shortlist “%1”")
                      .arg(m_name)
                : QCoreApplication::translate("CreateShortlistCommand",
                                              "New shortlist “%1” with %2")
                      .arg(m_name, CountText::creators(creatorIds.size())));
}

void CreateShortlistCommand::redo()
{
    core::ShortlistRepository repo = shortlists();
    if (m_stored.id > 0) {
        succeeded(repo.restore(m_stored, m_entries));
        return;
    }
    core::Transaction tx(workspace().database());
    if (!succeeded(tx.begin()))
        return;
    core::Shortlist s;
    s.name = m_name;
    const auto id = repo.create(s);
    if (!succeeded(id))
        return;
    if (!m_creatorIds.isEmpty() && !succeeded(repo.addCreators(*id, m_creatorIds)))
        return;
    if (!succeeded(tx.commit()))
        return;
    // Keep the stored form (times, entries) so a later redo restores it exactly.
    const auto stored = repo.get(*id);
    const auto entries = repo.entries(*id);
    m_stored = stored ? *stored : core::Shortlist{*id, m_name, {}, {}, {}, 0};
    if (entries)
        m_entries = *entries;
}

void CreateShortlistCommand::undo()
{
    core::ShortlistRepository repo = shortlists();
    // Later steps on it were undone first, but entries can also go with a deleted creator.
    const auto entries = repo.entries(m_stored.id);
    if (!succeeded(entries))
        return;
    m_entries = *entries;
    succeeded(repo.remove(m_stored.id));
}

} // namespace tierscope::ui
