// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/campaign_editor.h"

#include "core/storage/campaign_repository.h"
#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"
#include "ui/commands/add_roster_entries_command.h"
#include "ui/commands/create_campaign_command.h"
#include "ui/commands/delete_campaign_command.h"
#include "ui/commands/edit_campaign_command.h"
#include "ui/commands/edit_deliverable_command.h"
#include "ui/commands/edit_roster_entries_command.h"
#include "ui/commands/import_results_command.h"
#include "ui/commands/remove_roster_entries_command.h"
#include "ui/common/count_text.h"
#include "ui/common/message_box.h"

#include <QUndoStack>
#include <QWidget>

namespace tierscope::ui {

CampaignEditor::CampaignEditor(QWidget *dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent)
{
}

void CampaignEditor::setWorkspace(core::Workspace *workspace, QUndoStack *undoStack)
{
    m_workspace = workspace;
    m_undoStack = undoStack;
}

bool CampaignEditor::canEdit() const
{
    return m_workspace && m_undoStack && !m_workspace->isReadOnly();
}

void CampaignEditor::report(const core::Error &error)
{
    // Queued: a failure can happen inside an undo step.
    QMetaObject::invokeMethod(this, [this, error] {
        MessageBox::warning(m_dialogParent, tr("Campaigns"), error.message);
    }, Qt::QueuedConnection);
}

bool CampaignEditor::push(CampaignCommand *command)
{
    const int before = m_undoStack->count();
    const int index = m_undoStack->index();
    m_undoStack->push(command); // a first step that fails makes itself obsolete: dropped
    return m_undoStack->count() != before || m_undoStack->index() != index;
}

qint64 CampaignEditor::create(const core::Campaign &campaign)
{
    if (!canEdit())
        return 0;
    if (const QString why = campaign.problem(); !why.isEmpty()) {
        report({core::Error::Code::InvalidArgument, why});
        return 0;
    }
    auto *command = new CreateCampaignCommand(*m_workspace, campaign,
                                              [this](const core::Error &e) { report(e); });
    return push(command) ? command->campaignId() : 0;
}

qint64 CampaignEditor::duplicate(qint64 campaignId, const QString &newName)
{
    if (!canEdit())
        return 0;
    auto *command = new CreateCampaignCommand(*m_workspace, campaignId, newName,
                                              [this](const core::Error &e) { report(e); });
    return push(command) ? command->campaignId() : 0;
}

bool CampaignEditor::remove(qint64 campaignId)
{
    if (!canEdit())
        return false;
    const auto c = core::CampaignRepository(m_workspace->database()).get(campaignId);
    if (!c)
        return false;
    return push(new DeleteCampaignCommand(*m_workspace, campaignId, c->name,
                                          [this](const core::Error &e) { report(e); }));
}

bool CampaignEditor::setArchived(qint64 campaignId, bool archived)
{
    if (!canEdit())
        return false;
    const auto c = core::CampaignRepository(m_workspace->database()).get(campaignId);
    if (!c || c->archived == archived)
        return false;
    core::Campaign after = *c;
    after.archived = archived;
    const QString text = archived ? tr("Archive campaign “%1”").arg(c->name)
                                  : tr("Restore campaign “%1” from the archive").arg(c->name);
    return push(new EditCampaignCommand(*m_workspace, *c, after, text,
                                        [this](const core::Error &e) { report(e); }));
}

bool CampaignEditor::updateBrief(const core::Campaign &after)
{
    if (!canEdit())
        return false;
    const auto before = core::CampaignRepository(m_workspace->database()).get(after.id);
    if (!before)
        return false;
    core::Campaign written = after;
    written.archived = before->archived;
    written.createdAt = before->createdAt;
    written.updatedAt = before->updatedAt;
    if (written == *before)
        return false;
    if (const QString why = written.problem(); !why.isEmpty()) {
        report({core::Error::Code::InvalidArgument, why});
        return false;
    }
    return push(new EditCampaignCommand(*m_workspace, *before, written,
                                        tr("Edit the brief of “%1”").arg(written.name),
                                        [this](const core::Error &e) { report(e); }));
}

int CampaignEditor::addCreators(qint64 campaignId, const QList<qint64> &creatorIds,
                                const QHash<qint64, qint64> &feesMinor)
{
    if (!canEdit() || creatorIds.isEmpty())
        return 0;
    const auto campaign = core::CampaignRepository(m_workspace->database()).get(campaignId);
    if (!campaign) {
        report(campaign.error());
        return 0;
    }
    const auto creators = core::CreatorRepository(m_workspace->database()).getMany(creatorIds);
    if (!creators) {
        report(creators.error());
        return 0;
    }
    QList<core::RosterEntry> entries;
    for (const core::Creator &c : *creators) {
        core::RosterEntry e;
        e.campaignId = campaignId;
        e.creatorId = c.id;
        if (feesMinor.contains(c.id))
            e.fee = core::Money(feesMinor.value(c.id), campaign->currency());
        else if (c.fee && c.fee->currency() == campaign->currency())
            e.fee = c.fee;
        entries << e;
    }
    auto *command = new AddRosterEntriesCommand(*m_workspace, campaign->name, entries,
                                                [this](const core::Error &e) { report(e); });
    return push(command) ? command->addedCount() : 0;
}

QString CampaignEditor::handleOfEntry(const core::RosterEntry &e) const
{
    const auto c = core::CreatorRepository(m_workspace->database()).get(e.creatorId);
    return c ? QStringLiteral("@") + c->handle : tr("a creator");
}

bool CampaignEditor::removeEntries(const QList<qint64> &entryIds)
{
    if (!canEdit() || entryIds.isEmpty())
        return false;
    QString text;
    if (entryIds.size() == 1) {
        const auto e = core::CampaignRepository(m_workspace->database()).entry(entryIds.first());
        if (!e)
            return false;
        text = tr("Remove %1 from the roster").arg(handleOfEntry(*e));
    } else {
        text = tr("Remove %1 from the roster").arg(CountText::creators(entryIds.size()));
    }
    return push(new RemoveRosterEntriesCommand(*m_workspace, entryIds, text,
                                               [this](const core::Error &e) { report(e); }));
}

bool CampaignEditor::editEntries(const QList<core::RosterEntry> &after, const QString &text)
{
    if (!canEdit() || after.isEmpty())
        return false;
    const core::CampaignRepository repo(m_workspace->database());
    QList<core::RosterEntry> before, changed;
    for (const core::RosterEntry &e : after) {
        const auto stored = repo.entry(e.id);
        if (!stored) {
            report(stored.error());
            return false;
        }
        if (*stored == e)
            continue;
        before << *stored;
        changed << e;
    }
    if (changed.isEmpty())
        return false;
    return push(new EditRosterEntriesCommand(*m_workspace, before, changed, text,
                                             [this](const core::Error &e) { report(e); }));
}

bool CampaignEditor::moveToStage(const QList<qint64> &entryIds, core::Stage stage)
{
    if (!canEdit())
        return false;
    const core::CampaignRepository repo(m_workspace->database());
    QList<core::RosterEntry> after;
    for (qint64 id : entryIds) {
        const auto stored = repo.entry(id);
        if (!stored || stored->stage == stage)
            continue;
        core::RosterEntry e = *stored;
        e.stage = stage;
        after << e;
    }
    if (after.isEmpty())
        return false;
    const QString who = after.size() == 1 ? handleOfEntry(after.first())
                                          : CountText::creators(after.size());
    return editEntries(after, tr("Move %1 to %2").arg(who, core::stageDisplayName(stage)));
}

qint64 CampaignEditor::addDeliverable(const core::Deliverable &deliverable)
{
    if (!canEdit())
        return 0;
    auto *command = new EditDeliverableCommand(
        *m_workspace, std::nullopt, deliverable,
        tr("Add a %1").arg(core::deliverableKindDisplayName(deliverable.kind).toLower()),
        [this](const core::Error &e) { report(e); });
    return push(command) ? command->deliverableId() : 0;
}

bool CampaignEditor::updateDeliverable(const core::Deliverable &after)
{
    if (!canEdit())
        return false;
    const auto before = core::CampaignRepository(m_workspace->database()).deliverable(after.id);
    if (!before || *before == after)
        return false;
    if (const QString why = after.problem(); !why.isEmpty()) {
        report({core::Error::Code::InvalidArgument, why});
        return false;
    }
    return push(new EditDeliverableCommand(
        *m_workspace, *before, after,
        tr("Edit a %1").arg(core::deliverableKindDisplayName(after.kind).toLower()),
        [this](const core::Error &e) { report(e); }));
}

bool CampaignEditor::removeDeliverable(qint64 deliverableId)
{
    if (!canEdit())
        return false;
    const auto before = core::CampaignRepository(m_workspace->database()).deliverable(deliverableId);
    if (!before)
        return false;
    return push(new EditDeliverableCommand(
        *m_workspace, *before, std::nullopt,
        tr("Remove a %1").arg(core::deliverableKindDisplayName(before->kind).toLower()),
        [this](const core::Error &e) { report(e); }));
}

bool CampaignEditor::importResults(const QList<core::Deliverable> &before,
                                   const QList<core::Deliverable> &after, const QString &text)
{
    if (!canEdit() || after.isEmpty())
        return false;
    return push(new ImportResultsCommand(*m_workspace, before, after, text,
                                         [this](const core::Error &e) { report(e); }));
}

QString CampaignEditor::freeName(const QString &base) const
{
    QStringList taken;
    if (m_workspace) {
        if (const auto all = core::CampaignRepository(m_workspace->database()).list(true)) {
            for (const core::Campaign &c : *all)
                taken << c.name;
        }
    }
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = base + QLatin1Char(' ') + QString::number(n);
    return name;
}

} // namespace tierscope::ui
