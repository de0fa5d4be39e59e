// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/rename_shortlist_command.h"

#include <QCoreApplication>

namespace tierscope::ui {

RenameShortlistCommand::RenameShortlistCommand(core::Workspace &workspace, qint64 shortlistId,
                                               const QString &before, const QString &after,
                                               ErrorHandler onError, QUndoCommand *parent)
    : ShortlistCommand(workspace, std::move(onError), parent),
      m_shortlistId(shortlistId),
      m_before(before),
      m_after(after.trimmed())
{
    setText(QCoreApplication::translate("RenameShortlistCommand", "Rename “%1” to “%2”")
                .arg(m_before, m_after));
}

void RenameShortlistCommand::redo()
{
    succeeded(shortlists().rename(m_shortlistId, m_after));
}

void RenameShortlistCommand::undo()
{
    succeeded(shortlists().rename(m_shortlistId, m_before));
}

} // namespace tierscope::ui
