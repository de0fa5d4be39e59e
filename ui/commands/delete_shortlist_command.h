// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/shortlist_command.h"

namespace tierscope::ui {

// Deletes a shortlist with its entries. Undo restores it exactly: same id, name, brief, times
// and entries (positions, notes, verdicts).
class DeleteShortlistCommand : public ShortlistCommand
{
public:
    DeleteShortlistCommand(core::Workspace &workspace, qint64 shortlistId, const QString &name,
                           ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    core::Shortlist m_shortlist;
    QList<core::ShortlistEntry> m_entries; // read at deletion time
};

} // namespace tierscope::ui
