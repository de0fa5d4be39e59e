// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/campaign.h"
#include "core/domain/deliverable.h"
#include "core/domain/roster.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

class QUndoStack;
class QWidget;

namespace tierscope::core {
struct Error;
class Workspace;
}

namespace tierscope::ui {

class CampaignCommand;

// Makes every edit of campaigns an undo step on the workspace's stack: the Campaigns page, the
// board, the fill-the-budget helper, "Add to campaign" and tests go through it. Failures are
// reported through MessageBox.
class CampaignEditor : public QObject
{
    Q_OBJECT
public:
    explicit CampaignEditor(QWidget *dialogParent);

    void setWorkspace(core::Workspace *workspace, QUndoStack *undoStack);
    core::Workspace *workspace() const { return m_workspace; }
    bool canEdit() const;

    // Each is one undo step; 0 / false when nothing changed.
    qint64 create(const core::Campaign &campaign);
    qint64 duplicate(qint64 campaignId, const QString &newName);
    bool remove(qint64 campaignId);
    bool setArchived(qint64 campaignId, bool archived);
    bool updateBrief(const core::Campaign &after);

    // Adds creators as prospects. The fee starts as the creator's quoted fee when it is in the
    // campaign currency (fees given here win); returns how many were added.
    int addCreators(qint64 campaignId, const QList<qint64> &creatorIds,
                    const QHash<qint64, qint64> &feesMinor = {});
    bool removeEntries(const QList<qint64> &entryIds);
    // Writes the entries (found by id) as given; the step is named by `text`.
    bool editEntries(const QList<core::RosterEntry> &after, const QString &text);
    bool moveToStage(const QList<qint64> &entryIds, core::Stage stage);

    qint64 addDeliverable(const core::Deliverable &deliverable);
    bool updateDeliverable(const core::Deliverable &after);
    bool removeDeliverable(qint64 deliverableId);
    // The deliverables a results import changes, as they are and as it writes them (one step).
    bool importResults(const QList<core::Deliverable> &before,
                       const QList<core::Deliverable> &after, const QString &text);

    // "Campaign", "Campaign 2", …: the first name not taken (ignoring case).
    QString freeName(const QString &base) const;

private:
    bool push(CampaignCommand *command);
    void report(const core::Error &error);
    QString handleOfEntry(const core::RosterEntry &e) const;

    QWidget *m_dialogParent;
    core::Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace tierscope::ui
