// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/roster.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace tierscope::ui {

class CampaignDocument;
class CampaignEditor;
class RosterModel;
class StageColumnView;

// The roster as a pipeline: one column per stage (declined last), a card per entry, on the same
// RosterModel as the table. Dragging cards to another column moves them to that stage (one
// undo step). Each column's heading says how many entries it holds and their fees.
class PipelineBoard : public QWidget
{
    Q_OBJECT
public:
    PipelineBoard(RosterModel *model, CampaignDocument *document, CampaignEditor *editor,
                  QWidget *parent = nullptr);

    StageColumnView *column(core::Stage stage) const { return m_columns.value(stage); }
    QList<qint64> selectedEntryIds() const;

signals:
    void currentEntryChanged(qint64 entryId);
    void entryActivated(qint64 entryId);

private:
    void updateHeadings();

    RosterModel *m_model;
    CampaignDocument *m_document;
    CampaignEditor *m_editor;
    QHash<core::Stage, StageColumnView *> m_columns;
    QHash<core::Stage, QLabel *> m_headings;
};

} // namespace tierscope::ui
