// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/add_to_shortlist_command.h"

#include "ui/common/count_text.h"

#include <QCoreApplication>
#include <QSet>

namespace tierscope::ui {

AddToShortlistCommand::AddToShortlistCommand(core::Workspace &workspace, qint64 shortlistId,
                                             const QString &shortlistName,
                                             const QList<qint64> &creatorIds,
                                             ErrorHandler onError, QUndoCommand *parent)
    : ShortlistCommand(workspace, std::move(onError), parent),
      m_shortlistId(shortlistId),
      m_shortlistName(shortlistName),
      m_creatorIds(creatorIds)
{
    updateText(int(creatorIds.size()));
}

void AddToShortlistCommand::updateText(int count)
{
    setText(QCoreApplication::translate("AddToShortlistCommand", "Add %1 to “%2”")
                .arg(CountText::creators(count), m_shortlistName));
}

void AddToShortlistCommand::redo()
{
    core::ShortlistRepository repo = shortlists();
    if (m_done) {
        succeeded(repo.restoreEntries(m_added));
        return;
    }
    const auto before = repo.entries(m_shortlistId);
    if (!succeeded(before))
        return;
    QSet<qint64> listed;
    for (const core::ShortlistEntry &e : *before)
        listed.insert(e.creatorId);
    const auto added = repo.addCreators(m_shortlistId, m_creatorIds);
    if (!succeeded(added))
        return;
    if (*added == 0) {
        setObsolete(true); // all were on the list already
        return;
    }
    const auto after = repo.entries(m_shortlistId);
    if (!succeeded(after))
        return;
    for (const core::ShortlistEntry &e : *after) {
        if (!listed.contains(e.creatorId))
            m_added << e;
    }
    m_done = true;
    updateText(int(m_added.size())); // what it did: repeats and listed ones do not count
}

void AddToShortlistCommand::undo()
{
    QList<qint64> ids;
    ids.reserve(m_added.size());
    for (const core::ShortlistEntry &e : std::as_const(m_added))
        ids << e.creatorId;
    succeeded(shortlists().removeCreators(m_shortlistId, ids));
}

} // namespace tierscope::ui
