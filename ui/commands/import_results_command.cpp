// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/import_results_command.h"

namespace tierscope::ui {

ImportResultsCommand::ImportResultsCommand(core::Workspace &workspace,
                                           const QList<core::Deliverable> &before,
                                           const QList<core::Deliverable> &after,
                                           const QString &text, ErrorHandler onError,
                                           QUndoCommand *parent)
    : CampaignCommand(workspace, std::move(onError), parent), m_before(before), m_after(after)
{
    setText(text);
}

void ImportResultsCommand::redo()
{
    succeeded(campaigns().updateDeliverables(m_after));
}

void ImportResultsCommand::undo()
{
    succeeded(campaigns().updateDeliverables(m_before));
}

} // namespace tierscope::ui
