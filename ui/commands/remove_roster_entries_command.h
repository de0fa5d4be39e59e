// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/campaign_command.h"

#include <QList>

namespace tierscope::ui {

// Takes entries off a roster with their deliverables; undo puts them back exactly (ids,
// positions, deliverables and their results).
class RemoveRosterEntriesCommand : public CampaignCommand
{
public:
    RemoveRosterEntriesCommand(core::Workspace &workspace, const QList<qint64> &entryIds,
                               const QString &text, ErrorHandler onError = {},
                               QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QList<qint64> m_ids;
    QList<core::RosterEntry> m_entries;
    QList<QList<core::Deliverable>> m_deliverables;
};

} // namespace tierscope::ui
