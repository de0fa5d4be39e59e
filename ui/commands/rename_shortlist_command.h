// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/shortlist_command.h"

namespace tierscope::ui {

// Renames a shortlist; undo gives it its previous name back.
class RenameShortlistCommand : public ShortlistCommand
{
public:
    RenameShortlistCommand(core::Workspace &workspace, qint64 shortlistId, const QString &before,
                           const QString &after, ErrorHandler onError = {},
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    qint64 m_shortlistId;
    QString m_before;
    QString m_after;
};

} // namespace tierscope::ui
