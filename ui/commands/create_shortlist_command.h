// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/shortlist_command.h"

#include <QList>

namespace tierscope::ui {

// Creates a shortlist, empty or holding the creators given (as when "New Shortlist…" is chosen
// for a selection): one step, so undoing it leaves no empty list behind. Redo after an undo puts
// back the same shortlist (same id, times and entries), so later steps on it still apply.
class CreateShortlistCommand : public ShortlistCommand
{
public:
    CreateShortlistCommand(core::Workspace &workspace, const QString &name,
                           const QList<qint64> &creatorIds = {}, ErrorHandler onError = {},
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 shortlistId() const { return m_stored.id; } // 0 until the first redo() succeeded

private:
    QString m_name;
    QList<qint64> m_creatorIds;
    core::Shortlist m_stored;
    QList<core::ShortlistEntry> m_entries; // what it held when undone
};

} // namespace tierscope::ui
