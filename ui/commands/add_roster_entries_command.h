// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/campaign_command.h"

#include <QList>

namespace tierscope::ui {

// Puts creators on a campaign's roster (each entry as given: stage, fee, notes …), skipping
// creators who are on it already. Undo removes exactly the entries this added; redo restores
// them with their ids and any deliverables added to them in between. Adding nothing new makes
// the command obsolete.
class AddRosterEntriesCommand : public CampaignCommand
{
public:
    AddRosterEntriesCommand(core::Workspace &workspace, const QString &campaignName,
                            const QList<core::RosterEntry> &entries, ErrorHandler onError = {},
                            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    int addedCount() const { return int(m_added.size()); }
    QList<qint64> addedEntryIds() const;

private:
    void updateText(int count);

    QString m_campaignName;
    QList<core::RosterEntry> m_entries;
    QList<core::RosterEntry> m_added; // as stored
    QList<QList<core::Deliverable>> m_deliverables; // per added entry, at the last undo
    bool m_done = false;
};

} // namespace tierscope::ui
