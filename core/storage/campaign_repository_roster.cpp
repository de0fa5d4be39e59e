// SPDX-License-Identifier: GPL-3.0-or-later
// CampaignRepository, continued: roster entries and deliverables (campaign_repository.cpp holds
// the campaigns and the shared plumbing; one class, split for size).
#include "core/storage/campaign_repository.h"

#include "core/storage/campaign_rows.h"
#include "core/storage/sql_helpers.h"
#include "core/storage/workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tierscope::core {

using campaign_rows::checkAmount;
using campaign_rows::checkDeliverable;
using campaign_rows::invalid;
using campaign_rows::notFound;
using sql::execBound;

// ---- roster

Result<QList<RosterEntry>> CampaignRepository::readEntries(const QString &whereOrder, qint64 id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(q, campaign_rows::rosterSelect() + u' ' + whereOrder, {id}))
        return databaseError(q.lastError(), QStringLiteral("Reading the roster failed"));
    QList<RosterEntry> out;
    while (q.next())
        out << campaign_rows::rosterFromQuery(q);
    return out;
}

Result<qint64> CampaignRepository::addEntry(const RosterEntry &entry)
{
    qint64 newId = 0;
    const Status s = change([&]() -> Result<qint64> {
        const auto owner = ownerOfCampaign(entry.campaignId);
        if (!owner)
            return owner.error();
        if (const Status s = checkAmount(entry.fee, owner->currency, QStringLiteral("The fee")))
            return s;
        QSqlQuery q(m_db);
        const QString what = QStringLiteral("Adding to the roster failed");
        if (!execBound(q,
                       QStringLiteral("SELECT handle, EXISTS (SELECT 1 FROM roster_entries "
                                      "WHERE campaign_id = ? AND creator_id = creators.id) "
                                      "FROM creators WHERE id = ?"),
                       {entry.campaignId, entry.creatorId}))
            return databaseError(q.lastError(), what);
        if (!q.next())
            return notFound("creator", entry.creatorId);
        if (q.value(1).toBool())
            return Error{Error::Code::Conflict,
                         QStringLiteral("@%1 is on the roster of “%2” already.")
                             .arg(q.value(0).toString(), owner->name)};
        if (!execBound(q,
                       QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM roster_entries "
                                      "WHERE campaign_id = ?"),
                       {entry.campaignId})
            || !q.next())
            return databaseError(q.lastError(), what);
        RosterEntry e = entry;
        e.id = 0;
        e.position = q.value(0).toInt();
        if (const Status s = insertEntry(e, &newId))
            return s;
        return e.campaignId;
    });
    if (s)
        return s;
    return newId;
}

Status CampaignRepository::updateEntry(const RosterEntry &entry)
{
    return change([&]() -> Result<qint64> {
        const auto owner = ownerOfEntry(entry.id);
        if (!owner)
            return owner.error();
        if (const Status s = checkAmount(entry.fee, owner->currency, QStringLiteral("The fee")))
            return s;
        const QStringList fixed = {QStringLiteral("campaign_id"), QStringLiteral("creator_id"),
                                   QStringLiteral("position")};
        if (const Status s = sql::updateRow(m_db, QStringLiteral("roster_entries"),
                                            campaign_rows::rosterColumns(),
                                            campaign_rows::rosterValues(entry), fixed, entry.id,
                                            notFound("roster entry", entry.id),
                                            QStringLiteral("Saving the roster entry failed")))
            return s;
        return owner->campaignId;
    });
}

Status CampaignRepository::removeEntry(qint64 entryId)
{
    return change([&]() -> Result<qint64> {
        const auto owner = ownerOfEntry(entryId);
        if (!owner)
            return owner.error();
        QSqlQuery q(m_db);
        if (!execBound(q, QStringLiteral("DELETE FROM roster_entries WHERE id = ?"), {entryId}))
            return databaseError(q.lastError(), QStringLiteral("Removing from the roster failed"));
        return owner->campaignId;
    });
}

Status CampaignRepository::restoreEntry(const RosterEntry &entry,
                                        const QList<Deliverable> &deliverables)
{
    if (entry.id <= 0)
        return invalid(QStringLiteral("Only a stored roster entry can be restored."));
    return change([&]() -> Result<qint64> {
        const auto owner = ownerOfCampaign(entry.campaignId);
        if (!owner)
            return owner.error();
        if (const Status s = insertEntry(entry, nullptr))
            return s;
        for (Deliverable d : deliverables) {
            d.rosterEntryId = entry.id;
            if (const Status s = insertDeliverable(d, nullptr))
                return s;
        }
        return entry.campaignId;
    });
}

Status CampaignRepository::setEntryColumn(qint64 entryId, const char *column, const QString &value)
{
    return change([&]() -> Result<qint64> {
        const auto owner = ownerOfEntry(entryId);
        if (!owner)
            return owner.error();
        QSqlQuery q(m_db);
        if (!execBound(q,
                       QStringLiteral("UPDATE roster_entries SET %1 = ? WHERE id = ?")
                           .arg(QLatin1String(column)),
                       {value, entryId}))
            return databaseError(q.lastError(), QStringLiteral("Saving the roster entry failed"));
        return owner->campaignId;
    });
}

Status CampaignRepository::setStage(qint64 entryId, Stage stage)
{
    return setEntryColumn(entryId, "stage", stageKey(stage));
}

Status CampaignRepository::setPaymentState(qint64 entryId, PaymentState state)
{
    return setEntryColumn(entryId, "payment_state", paymentStateKey(state));
}

Status CampaignRepository::reorder(qint64 campaignId, const QList<qint64> &entryIdsInOrder)
{
    return change([&]() -> Result<qint64> {
        const auto current = entries(campaignId);
        if (!current)
            return current.error();
        QList<qint64> currentIds;
        for (const RosterEntry &e : *current)
            currentIds << e.id;
        const auto order = sql::mergedOrder(currentIds, entryIdsInOrder,
                                            QStringLiteral("Roster entry"));
        if (!order)
            return order.error();
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral("UPDATE roster_entries SET position = ? WHERE id = ?")))
            return databaseError(q.lastError(), QStringLiteral("Reordering the roster failed"));
        for (qsizetype i = 0; i < order->size(); ++i) {
            q.bindValue(0, int(i));
            q.bindValue(1, order->at(i));
            if (!q.exec())
                return databaseError(q.lastError(), QStringLiteral("Reordering the roster failed"));
        }
        return campaignId;
    });
}

Result<RosterEntry> CampaignRepository::entry(qint64 entryId) const
{
    auto rows = readEntries(QStringLiteral("WHERE r.id = ?"), entryId);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return notFound("roster entry", entryId);
    return rows->first();
}

Result<QList<RosterEntry>> CampaignRepository::entries(qint64 campaignId) const
{
    if (const auto owner = ownerOfCampaign(campaignId); !owner)
        return owner.error();
    return readEntries(QStringLiteral("WHERE r.campaign_id = ? ORDER BY r.position, r.id"),
                       campaignId);
}

Result<QList<RosterEntry>> CampaignRepository::entriesForCreator(qint64 creatorId) const
{
    return readEntries(QStringLiteral("WHERE r.creator_id = ? ORDER BY r.campaign_id, r.position"),
                       creatorId);
}

// ---- deliverables

Result<QList<Deliverable>> CampaignRepository::readDeliverables(const QString &whereOrder,
                                                                 qint64 id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(q, campaign_rows::deliverableSelect() + u' ' + whereOrder, {id}))
        return databaseError(q.lastError(), QStringLiteral("Reading deliverables failed"));
    QList<Deliverable> out;
    while (q.next())
        out << campaign_rows::deliverableFromQuery(q);
    return out;
}

Result<qint64> CampaignRepository::addDeliverable(const Deliverable &deliverable)
{
    qint64 newId = 0;
    const Status s = change([&]() -> Result<qint64> {
        const auto owner = ownerOfEntry(deliverable.rosterEntryId);
        if (!owner)
            return owner.error();
        if (const Status s = checkDeliverable(deliverable, owner->currency))
            return s;
        Deliverable d = deliverable;
        d.id = 0;
        if (const Status s = insertDeliverable(d, &newId))
            return s;
        return owner->campaignId;
    });
    if (s)
        return s;
    return newId;
}

Status CampaignRepository::updateDeliverable(const Deliverable &deliverable)
{
    return change([&]() -> Result<qint64> {
        const auto owner = ownerOfDeliverable(deliverable.id);
        if (!owner)
            return owner.error();
        if (const Status s = checkDeliverable(deliverable, owner->currency))
            return s;
        if (const Status s = sql::updateRow(
                m_db, QStringLiteral("deliverables"), campaign_rows::deliverableColumns(),
                campaign_rows::deliverableValues(deliverable), {QStringLiteral("roster_entry_id")},
                deliverable.id, notFound("deliverable", deliverable.id),
                QStringLiteral("Saving the deliverable failed")))
            return s;
        return owner->campaignId;
    });
}

Status CampaignRepository::updateDeliverables(const QList<Deliverable> &deliverables)
{
    if (deliverables.isEmpty())
        return {};
    return change([&]() -> Result<qint64> {
        qint64 campaignId = 0;
        for (const Deliverable &d : deliverables) {
            const auto owner = ownerOfDeliverable(d.id);
            if (!owner)
                return owner.error();
            if (campaignId != 0 && owner->campaignId != campaignId)
                return invalid(QStringLiteral("The deliverables belong to several campaigns."));
            campaignId = owner->campaignId;
            if (const Status s = checkDeliverable(d, owner->currency))
                return s;
            // Any error ends the change: the transaction is rolled back whole.
            if (const Status s = sql::updateRow(
                    m_db, QStringLiteral("deliverables"), campaign_rows::deliverableColumns(),
                    campaign_rows::deliverableValues(d), {QStringLiteral("roster_entry_id")},
                    d.id, notFound("deliverable", d.id),
                    QStringLiteral("Saving the deliverable failed")))
                return s;
        }
        return campaignId;
    });
}

Status CampaignRepository::removeDeliverable(qint64 id)
{
    return change([&]() -> Result<qint64> {
        const auto owner = ownerOfDeliverable(id);
        if (!owner)
            return owner.error();
        QSqlQuery q(m_db);
        if (!execBound(q, QStringLiteral("DELETE FROM deliverables WHERE id = ?"), {id}))
            return databaseError(q.lastError(), QStringLiteral("Deleting the deliverable failed"));
        return owner->campaignId;
    });
}

Status CampaignRepository::restoreDeliverable(const Deliverable &deliverable)
{
    if (deliverable.id <= 0)
        return invalid(QStringLiteral("Only a stored deliverable can be restored."));
    return change([&]() -> Result<qint64> {
        const auto owner = ownerOfEntry(deliverable.rosterEntryId);
        if (!owner)
            return owner.error();
        if (const Status s = insertDeliverable(deliverable, nullptr))
            return s;
        return owner->campaignId;
    });
}

Result<Deliverable> CampaignRepository::deliverable(qint64 id) const
{
    auto rows = readDeliverables(QStringLiteral("WHERE d.id = ?"), id);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return notFound("deliverable", id);
    return rows->first();
}

Result<QList<Deliverable>> CampaignRepository::deliverables(qint64 rosterEntryId) const
{
    if (const auto owner = ownerOfEntry(rosterEntryId); !owner)
        return owner.error();
    return readDeliverables(
        QStringLiteral("WHERE d.roster_entry_id = ? ORDER BY d.due_on IS NULL, d.due_on, d.id"),
        rosterEntryId);
}

Result<QList<Deliverable>> CampaignRepository::deliverablesForCampaign(qint64 campaignId) const
{
    if (const auto owner = ownerOfCampaign(campaignId); !owner)
        return owner.error();
    return readDeliverables(QStringLiteral("WHERE r.campaign_id = ? "
                                           "ORDER BY d.due_on IS NULL, d.due_on, r.position, d.id"),
                            campaignId);
}

} // namespace tierscope::core
