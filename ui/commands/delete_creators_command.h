// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/shortlist.h"
#include "ui/commands/creator_command.h"

#include <QList>

namespace tierscope::ui {

// Deletes creators in one transaction. Undo restores each exactly (same id, fields and times)
// together with the shortlist entries that went with them.
class DeleteCreatorsCommand : public CreatorCommand
{
public:
    DeleteCreatorsCommand(core::Workspace &workspace, const QList<core::Creator> &creators,
                          ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QList<core::Creator> m_creators;
    QList<core::ShortlistEntry> m_entries; // read at deletion time
};

} // namespace tierscope::ui
