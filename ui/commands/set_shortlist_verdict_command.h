// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/shortlist.h"
#include "ui/commands/shortlist_command.h"

#include <QHash>

namespace tierscope::ui {

// Gives one verdict to one or more entries of a shortlist, in one step; undo gives each entry
// the verdict it had.
class SetShortlistVerdictCommand : public ShortlistCommand
{
public:
    // `before`: creator id → its verdict now.
    SetShortlistVerdictCommand(core::Workspace &workspace, qint64 shortlistId,
                               const QHash<qint64, core::Verdict> &before, core::Verdict after,
                               ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    // Writes verdict(id) for each entry in one transaction.
    void write(const std::function<core::Verdict(qint64)> &verdict);

    qint64 m_shortlistId;
    QHash<qint64, core::Verdict> m_before;
    core::Verdict m_after;
};

} // namespace tierscope::ui
