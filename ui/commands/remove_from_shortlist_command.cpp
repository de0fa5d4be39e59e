// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/remove_from_shortlist_command.h"

#include "ui/common/count_text.h"

#include <QCoreApplication>
#include <QSet>

namespace tierscope::ui {

RemoveFromShortlistCommand::RemoveFromShortlistCommand(core::Workspace &workspace,
                                                       qint64 shortlistId,
                                                       const QString &shortlistName,
                                                       const QList<qint64> &creatorIds,
                                                       ErrorHandler onError, QUndoCommand *parent)
    : ShortlistCommand(workspace, std::move(onError), parent),
      m_shortlistId(shortlistId),
      m_creatorIds(creatorIds)
{
    setText(QCoreApplication::translate("RemoveFromShortlistCommand", "Remove %1 from “%2”")
                .arg(CountText::creators(creatorIds.size()), shortlistName));
}

void RemoveFromShortlistCommand::redo()
{
    core::ShortlistRepository repo = shortlists();
    const auto entries = repo.entries(m_shortlistId);
    if (!succeeded(entries))
        return;
    const QSet<qint64> wanted(m_creatorIds.cbegin(), m_creatorIds.cend());
    QList<core::ShortlistEntry> removed;
    for (const core::ShortlistEntry &e : *entries) {
        if (wanted.contains(e.creatorId))
            removed << e;
    }
    if (removed.isEmpty()) {
        setObsolete(true); // none of them is on the list
        return;
    }
    if (succeeded(repo.removeCreators(m_shortlistId, m_creatorIds)))
        m_removed = removed;
}

void RemoveFromShortlistCommand::undo()
{
    succeeded(shortlists().restoreEntries(m_removed));
}

} // namespace tierscope::ui
