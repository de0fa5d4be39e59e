// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/creator_command.h"

namespace tierscope::ui {

// Changes a creator's notes (typed in the detail pane). Consecutive changes to the same
// creator's notes merge into one undo step.
class SetCreatorNotesCommand : public CreatorCommand
{
public:
    SetCreatorNotesCommand(core::Workspace &workspace, qint64 creatorId, const QString &handle,
                           const QString &before, const QString &after,
                           ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    static constexpr int kId = 0x7c0e;
    void write(const QString &notes);

    qint64 m_creatorId;
    QString m_before;
    QString m_after;
};

} // namespace tierscope::ui
