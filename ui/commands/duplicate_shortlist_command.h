// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/shortlist_command.h"

namespace tierscope::ui {

// Copies a shortlist with its brief and entries (order, notes and verdicts) under a new name.
// Redo after an undo puts back the same copy (same id, times and entries).
class DuplicateShortlistCommand : public ShortlistCommand
{
public:
    DuplicateShortlistCommand(core::Workspace &workspace, qint64 sourceId, const QString &newName,
                              ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 copyId() const { return m_copy.id; } // 0 until the first redo() succeeded

private:
    qint64 m_sourceId;
    QString m_newName;
    core::Shortlist m_copy;
    QList<core::ShortlistEntry> m_entries;
};

} // namespace tierscope::ui
