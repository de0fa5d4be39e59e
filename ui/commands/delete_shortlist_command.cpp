// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/delete_shortlist_command.h"

#include <QCoreApplication>

namespace tierscope::ui {

DeleteShortlistCommand::DeleteShortlistCommand(core::Workspace &workspace, qint64 shortlistId,
                                               const QString &name, ErrorHandler onError,
                                               QUndoCommand *parent)
    : ShortlistCommand(workspace, std::move(onError), parent)
{
    m_shortlist.id = shortlistId;
    setText(QCoreApplication::translate("DeleteShortlistCommand", "Delete shortlist “%1”")
                .arg(name));
}

void DeleteShortlistCommand::redo()
{
    core::ShortlistRepository repo = shortlists();
    const auto shortlist = repo.get(m_shortlist.id);
    if (!succeeded(shortlist))
        return;
    const auto entries = repo.entries(m_shortlist.id);
    if (!succeeded(entries))
        return;
    if (!succeeded(repo.remove(m_shortlist.id)))
        return;
    m_shortlist = *shortlist;
    m_entries = *entries;
}

void DeleteShortlistCommand::undo()
{
    succeeded(shortlists().restore(m_shortlist, m_entries));
}

} // namespace tierscope::ui
