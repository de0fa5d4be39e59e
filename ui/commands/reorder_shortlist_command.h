// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/shortlist_command.h"

#include <QList>

namespace tierscope::ui {

// Puts a shortlist's entries in a new order (drag and drop). Undo restores the entries as they
// were, positions included, not just their order.
class ReorderShortlistCommand : public ShortlistCommand
{
public:
    // `order`: every creator on the list, in the new order.
    ReorderShortlistCommand(core::Workspace &workspace, qint64 shortlistId,
                            const QString &shortlistName, const QList<qint64> &order,
                            ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    qint64 m_shortlistId;
    QList<qint64> m_order;
    QList<core::ShortlistEntry> m_before; // read by the first redo
    bool m_done = false;
};

} // namespace tierscope::ui
