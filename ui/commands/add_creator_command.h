// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/creator_command.h"

namespace tierscope::ui {

// Adds a new creator. Redo after an undo puts back the same row (same id and times).
class AddCreatorCommand : public CreatorCommand
{
public:
    AddCreatorCommand(core::Workspace &workspace, const core::Creator &creator,
                      ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 creatorId() const { return m_creator.id; } // 0 until the first redo() succeeded

private:
    core::Creator m_creator;
};

} // namespace tierscope::ui
