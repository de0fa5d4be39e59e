// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/campaign_command.h"

#include <QList>

namespace tierscope::ui {

// A campaign results import (core::ResultsImporter) as one undo step: redo writes the
// deliverables with their imported results (URL, date, status, actuals), undo writes them back
// as they were. Each direction is one transaction: all of the deliverables change, or none.
class ImportResultsCommand : public CampaignCommand
{
public:
    ImportResultsCommand(core::Workspace &workspace, const QList<core::Deliverable> &before,
                         const QList<core::Deliverable> &after, const QString &text,
                         ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    int deliverableCount() const { return int(m_after.size()); }

private:
    QList<core::Deliverable> m_before;
    QList<core::Deliverable> m_after;
};

} // namespace tierscope::ui
