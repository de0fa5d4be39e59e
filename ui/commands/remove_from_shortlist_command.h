// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/shortlist_command.h"

#include <QList>

namespace tierscope::ui {

// Removes entries from a shortlist. Undo puts them back exactly: same positions, notes,
// verdicts and times.
class RemoveFromShortlistCommand : public ShortlistCommand
{
public:
    RemoveFromShortlistCommand(core::Workspace &workspace, qint64 shortlistId,
                               const QString &shortlistName, const QList<qint64> &creatorIds,
                               ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    qint64 m_shortlistId;
    QList<qint64> m_creatorIds;
    QList<core::ShortlistEntry> m_removed; // read when removing
};

} // namespace tierscope::ui
