// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/duplicate_shortlist_command.h"

#include <QCoreApplication>

namespace tierscope::ui {

DuplicateShortlistCommand::DuplicateShortlistCommand(core::Workspace &workspace, qint64 sourceId,
                                                     const QString &newName, ErrorHandler onError,
                                                     QUndoCommand *parent)
    : ShortlistCommand(workspace, std::move(onError), parent),
      m_sourceId(sourceId),
      m_newName(newName.trimmed())
{
    setText(QCoreApplication::translate("DuplicateShortlistCommand", "Duplicate as “%1”")
                .arg(m_newName));
}

void DuplicateShortlistCommand::redo()
{
    core::ShortlistRepository repo = shortlists();
    if (m_copy.id > 0) {
        succeeded(repo.restore(m_copy, m_entries));
        return;
    }
    const auto id = repo.duplicate(m_sourceId, m_newName);
    if (!succeeded(id))
        return;
    const auto copy = repo.get(*id);
    const auto entries = repo.entries(*id);
    if (!copy || !entries) {
        m_copy.id = *id; // undo can still remove it; a redo then fails and says so
        return;
    }
    m_copy = *copy;
    m_entries = *entries;
}

void DuplicateShortlistCommand::undo()
{
    core::ShortlistRepository repo = shortlists();
    // Later steps on the copy were undone first: it is as the first redo left it.
    succeeded(repo.remove(m_copy.id));
}

} // namespace tierscope::ui
