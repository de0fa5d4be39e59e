// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/creator_command.h"

namespace tierscope::ui {

// Replaces a creator's fields (the edit dialog); undo writes the previous fields back.
class EditCreatorCommand : public CreatorCommand
{
public:
    EditCreatorCommand(core::Workspace &workspace, const core::Creator &before,
                       const core::Creator &after, ErrorHandler onError = {},
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    core::Creator m_before;
    core::Creator m_after;
};

} // namespace tierscope::ui
