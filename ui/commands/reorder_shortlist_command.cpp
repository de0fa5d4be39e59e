// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/reorder_shortlist_command.h"

#include "core/storage/transaction.h"
#include "core/storage/workspace.h"

#include <QCoreApplication>

namespace tierscope::ui {

ReorderShortlistCommand::ReorderShortlistCommand(core::Workspace &workspace, qint64 shortlistId,
                                                 const QString &shortlistName,
                                                 const QList<qint64> &order, ErrorHandler onError,
                                                 QUndoCommand *parent)
    : ShortlistCommand(workspace, std::move(onError), parent),
      m_shortlistId(shortlistId),
      m_order(order)
{
    setText(QCoreApplication::translate("ReorderShortlistCommand", "Reorder “%1”")
                .arg(shortlistName));
}

void ReorderShortlistCommand::redo()
{
    core::ShortlistRepository repo = shortlists();
    if (!m_done) {
        const auto before = repo.entries(m_shortlistId);
        if (!succeeded(before))
            return;
        QList<qint64> current;
        for (const core::ShortlistEntry &e : *before)
            current << e.creatorId;
        if (current == m_order) {
            setObsolete(true); // dropped where it was
            return;
        }
        m_before = *before;
    }
    if (succeeded(repo.reorder(m_shortlistId, m_order)))
        m_done = true;
}

void ReorderShortlistCommand::undo()
{
    // reorder() numbers positions afresh; putting the entries back keeps the ones they had.
    core::Transaction tx(workspace().database());
    if (!succeeded(tx.begin()))
        return;
    core::ShortlistRepository repo = shortlists();
    QList<qint64> ids;
    for (const core::ShortlistEntry &e : std::as_const(m_before))
        ids << e.creatorId;
    if (!succeeded(repo.removeCreators(m_shortlistId, ids))
        || !succeeded(repo.restoreEntries(m_before)))
        return;
    succeeded(tx.commit());
}

} // namespace tierscope::ui
