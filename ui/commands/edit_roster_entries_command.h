// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/campaign_command.h"

#include <QList>

namespace tierscope::ui {

// Writes roster entries (stage, fee, payment, usage rights, contact, notes): a move on the
// pipeline board, a fee agreed, an invoice paid. Undo writes back the entries as they were.
class EditRosterEntriesCommand : public CampaignCommand
{
public:
    EditRosterEntriesCommand(core::Workspace &workspace, const QList<core::RosterEntry> &before,
                             const QList<core::RosterEntry> &after, const QString &text,
                             ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(const QList<core::RosterEntry> &entries);

    QList<core::RosterEntry> m_before;
    QList<core::RosterEntry> m_after;
};

} // namespace tierscope::ui
