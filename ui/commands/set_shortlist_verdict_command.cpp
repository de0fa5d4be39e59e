// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/set_shortlist_verdict_command.h"

#include "core/storage/transaction.h"
#include "core/storage/workspace.h"
#include "ui/common/count_text.h"

#include <QCoreApplication>

namespace tierscope::ui {

SetShortlistVerdictCommand::SetShortlistVerdictCommand(core::Workspace &workspace,
                                                       qint64 shortlistId,
                                                       const QHash<qint64, core::Verdict> &before,
                                                       core::Verdict after, ErrorHandler onError,
                                                       QUndoCommand *parent)
    : ShortlistCommand(workspace, std::move(onError), parent),
      m_shortlistId(shortlistId),
      m_before(before),
      m_after(after)
{
    setText(QCoreApplication::translate("SetShortlistVerdictCommand", "Set verdict “%1” on %2")
                .arg(core::verdictDisplayName(after), CountText::creators(before.size())));
}

void SetShortlistVerdictCommand::write(const std::function<core::Verdict(qint64)> &verdict)
{
    core::Transaction tx(workspace().database());
    if (!succeeded(tx.begin()))
        return;
    core::ShortlistRepository repo = shortlists();
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        if (!succeeded(repo.setVerdict(m_shortlistId, it.key(), verdict(it.key()))))
            return;
    }
    succeeded(tx.commit());
}

void SetShortlistVerdictCommand::redo()
{
    write([this](qint64) { return m_after; });
}

void SetShortlistVerdictCommand::undo()
{
    write([this](qint64 id) { return m_before.value(id); });
}

} // namespace tierscope::ui
