// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/delete_creators_command.h"

#include "core/storage/shortlist_repository.h"
#include "core/storage/transaction.h"
#include "core/storage/workspace.h"

#include <QCoreApplication>

namespace tierscope::ui {

DeleteCreatorsCommand::DeleteCreatorsCommand(core::Workspace &workspace,
                                             const QList<core::Creator> &creators,
                                             ErrorHandler onError, QUndoCommand *parent)
    : CreatorCommand(workspace, std::move(onError), parent), m_creators(creators)
{
    setText(creators.size() == 1
                ? QCoreApplication::translate("DeleteCreatorsCommand", "Delete @%1")
                      .arg(creators.constFirst().handle)
                : QCoreApplication::translate("DeleteCreatorsCommand", "Delete %n creators",
                                              nullptr, int(creators.size())));
}

void DeleteCreatorsCommand::redo()
{
    core::Transaction tx(workspace().database());
    if (!succeeded(tx.begin()))
        return;
    core::CreatorRepository repo = creators();
    core::ShortlistRepository shortlists(workspace().database(), workspace().events());
    QList<core::ShortlistEntry> entries;
    for (const core::Creator &c : std::as_const(m_creators)) {
        const auto own = shortlists.entriesForCreator(c.id);
        if (!succeeded(own ? core::Status{} : own.error()))
            return;
        entries += *own;
        if (!succeeded(repo.remove(c.id)))
            return;
    }
    if (!succeeded(tx.commit()))
        return;
    m_entries = entries;
    if (!m_entries.isEmpty())
        emit workspace().events()->shortlistsChanged();
}

void DeleteCreatorsCommand::undo()
{
    core::Transaction tx(workspace().database());
    if (!succeeded(tx.begin()))
        return;
    core::CreatorRepository repo = creators();
    for (const core::Creator &c : std::as_const(m_creators)) {
        if (!succeeded(repo.restore(c)))
            return;
    }
    core::ShortlistRepository shortlists(workspace().database(), workspace().events());
    if (!succeeded(shortlists.restoreEntries(m_entries)))
        return;
    succeeded(tx.commit());
}

} // namespace tierscope::ui
