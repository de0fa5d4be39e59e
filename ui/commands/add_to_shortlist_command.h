// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/shortlist_command.h"

#include <QList>

namespace tierscope::ui {

// Appends creators to a shortlist, skipping those already on it. Undo removes exactly the
// entries this added; redo after an undo puts them back as they were (positions, times).
// Adding nothing new makes the command obsolete: no empty undo step.
class AddToShortlistCommand : public ShortlistCommand
{
public:
    AddToShortlistCommand(core::Workspace &workspace, qint64 shortlistId,
                          const QString &shortlistName, const QList<qint64> &creatorIds,
                          ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    int addedCount() const { return int(m_added.size()); }

private:
    void updateText(int count);

    qint64 m_shortlistId;
    QString m_shortlistName;
    QList<qint64> m_creatorIds;
    QList<core::ShortlistEntry> m_added; // as stored by the first redo
    bool m_done = false;
};

} // namespace tierscope::ui
