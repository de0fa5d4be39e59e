// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/shortlist_command.h"

namespace tierscope::ui {

// Changes the note of one shortlist entry; undo writes the previous note back.
class SetShortlistNoteCommand : public ShortlistCommand
{
public:
    SetShortlistNoteCommand(core::Workspace &workspace, qint64 shortlistId, qint64 creatorId,
                            const QString &handle, const QString &before, const QString &after,
                            ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    qint64 m_shortlistId;
    qint64 m_creatorId;
    QString m_before;
    QString m_after;
};

} // namespace tierscope::ui
