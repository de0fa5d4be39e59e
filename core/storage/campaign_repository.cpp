// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/campaign_repository.h"

#include "core/storage/campaign_rows.h"
#include "core/storage/sql_helpers.h"
#include "core/storage/workspace.h"
#include "core/storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cstdlib>

namespace tierscope::core {

using sql::encodeTime;
using sql::execBound;

using campaign_rows::invalid;
using campaign_rows::normalise;
using campaign_rows::notFound;

CampaignRepository::CampaignRepository(QSqlDatabase db, WorkspaceEvents *events, const Clock &clock)
    : m_db(std::move(db)), m_events(events), m_clock(clock)
{
}

void CampaignRepository::notify()
{
    if (m_events)
        emit m_events->campaignsChanged();
}

Status CampaignRepository::change(const std::function<Result<qint64>()> &op)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin())
        return s;
    const Result<qint64> changed = op();
    if (!changed)
        return changed.error();
    if (*changed > 0) {
        QSqlQuery q(m_db);
        if (!execBound(q, QStringLiteral("UPDATE campaigns SET updated_at = ? WHERE id = ?"),
                       {encodeTime(m_clock.now()), *changed}))
            return databaseError(q.lastError(), QStringLiteral("Saving the campaign failed"));
    }
    if (const Status s = tx.commit())
        return s;
    notify();
    return {};
}

// ---- helpers

Result<CampaignRepository::Owner> CampaignRepository::ownerOfCampaign(qint64 campaignId) const
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("SELECT id, currency, name FROM campaigns WHERE id = ?"),
                   {campaignId}))
        return databaseError(q.lastError(), QStringLiteral("Reading the campaign failed"));
    if (!q.next())
        return notFound("campaign", campaignId);
    return Owner{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

Result<CampaignRepository::Owner> CampaignRepository::ownerOfEntry(qint64 entryId) const
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("SELECT c.id, c.currency, c.name FROM roster_entries r "
                                  "JOIN campaigns c ON c.id = r.campaign_id WHERE r.id = ?"),
                   {entryId}))
        return databaseError(q.lastError(), QStringLiteral("Reading the roster failed"));
    if (!q.next())
        return notFound("roster entry", entryId);
    return Owner{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

Result<CampaignRepository::Owner> CampaignRepository::ownerOfDeliverable(qint64 deliverableId) const
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("SELECT c.id, c.currency, c.name FROM deliverables d "
                                  "JOIN roster_entries r ON r.id = d.roster_entry_id "
                                  "JOIN campaigns c ON c.id = r.campaign_id WHERE d.id = ?"),
                   {deliverableId}))
        return databaseError(q.lastError(), QStringLiteral("Reading the deliverable failed"));
    if (!q.next())
        return notFound("deliverable", deliverableId);
    return Owner{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

Status CampaignRepository::insertCampaign(const Campaign &c, qint64 *newId)
{
    return sql::insertRow(m_db, QStringLiteral("campaigns"), campaign_rows::campaignColumns(),
                          campaign_rows::campaignValues(c), c.id, newId,
                          QStringLiteral("Saving the campaign “%1” failed").arg(c.name));
}

Status CampaignRepository::insertEntry(const RosterEntry &e, qint64 *newId)
{
    return sql::insertRow(m_db, QStringLiteral("roster_entries"), campaign_rows::rosterColumns(),
                          campaign_rows::rosterValues(e), e.id, newId,
                          QStringLiteral("Saving the roster entry failed"));
}

Status CampaignRepository::insertDeliverable(const Deliverable &d, qint64 *newId)
{
    return sql::insertRow(m_db, QStringLiteral("deliverables"), campaign_rows::deliverableColumns(),
                          campaign_rows::deliverableValues(d), d.id, newId,
                          QStringLiteral("Saving the deliverable failed"));
}

// Amounts keep their value in major units when the currency changes: USD 420.00 (42000) becomes
// JPY 420 (420), never JPY 42000.
Status CampaignRepository::rescaleAmounts(qint64 campaignId, const QString &from, const QString &to)
{
    const int digitsFrom = Money::minorDigits(from);
    const int digitsTo = Money::minorDigits(to);
    if (digitsFrom == digitsTo)
        return {};
    qint64 factor = 1;
    for (int i = 0; i < std::abs(digitsTo - digitsFrom); ++i)
        factor *= 10;
    const QString feeWhere = QStringLiteral("campaign_id = ? AND fee_minor IS NOT NULL");
    const QString revenueWhere = QStringLiteral(
        "revenue_minor IS NOT NULL AND roster_entry_id IN "
        "(SELECT id FROM roster_entries WHERE campaign_id = ?)");
    const QString what = QStringLiteral("Changing the campaign currency failed");
    QSqlQuery q(m_db);
    if (digitsTo < digitsFrom) {
        if (!execBound(q,
                       QStringLiteral("SELECT (SELECT count(*) FROM roster_entries WHERE %1"
                                      " AND fee_minor % ? <> 0) + (SELECT count(*) FROM "
                                      "deliverables WHERE %2 AND revenue_minor % ? <> 0)")
                           .arg(feeWhere, revenueWhere),
                       {campaignId, factor, campaignId, factor})
            || !q.next())
            return databaseError(q.lastError(), what);
        if (q.value(0).toLongLong() > 0)
            return invalid(QStringLiteral("Some fees or revenues have fractions that %1 cannot "
                                          "hold; round them before changing the currency from %2.")
                               .arg(to, from));
    }
    const QString op = digitsTo > digitsFrom ? QStringLiteral("*") : QStringLiteral("/");
    if (!execBound(q,
                   QStringLiteral("UPDATE roster_entries SET fee_minor = fee_minor %1 ? WHERE %2")
                       .arg(op, feeWhere),
                   {factor, campaignId})
        || !execBound(q,
                      QStringLiteral("UPDATE deliverables SET revenue_minor = revenue_minor %1 ? "
                                     "WHERE %2")
                          .arg(op, revenueWhere),
                      {factor, campaignId}))
        return databaseError(q.lastError(), what);
    return {};
}

// ---- campaigns

Result<qint64> CampaignRepository::create(const Campaign &campaign)
{
    Campaign c = campaign;
    if (const Status s = normalise(c))
        return s;
    c.id = 0;
    c.createdAt = c.updatedAt = m_clock.now();
    qint64 id = 0;
    if (const Status s = insertCampaign(c, &id))
        return s;
    notify();
    return id;
}

Status CampaignRepository::update(const Campaign &campaign)
{
    Campaign c = campaign;
    if (const Status s = normalise(c))
        return s;
    return change([&]() -> Result<qint64> {
        const auto owner = ownerOfCampaign(c.id);
        if (!owner)
            return owner.error();
        if (owner->currency != c.currency()) {
            if (const Status s = rescaleAmounts(c.id, owner->currency, c.currency()))
                return s;
        }
        if (const Status s = sql::updateRow(
                m_db, QStringLiteral("campaigns"), campaign_rows::campaignColumns(),
                campaign_rows::campaignValues(c),
                {QStringLiteral("created_at"), QStringLiteral("updated_at")}, c.id,
                notFound("campaign", c.id),
                QStringLiteral("Saving the campaign “%1” failed").arg(c.name)))
            return s;
        return c.id;
    });
}

Status CampaignRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("DELETE FROM campaigns WHERE id = ?"), {id}))
        return databaseError(q.lastError(), QStringLiteral("Deleting the campaign failed"));
    if (q.numRowsAffected() == 0)
        return notFound("campaign", id);
    notify();
    return {};
}

Status CampaignRepository::setArchived(qint64 id, bool archived)
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("UPDATE campaigns SET archived = ?, updated_at = ? WHERE id = ?"),
                   {archived ? 1 : 0, encodeTime(m_clock.now()), id}))
        return databaseError(q.lastError(), QStringLiteral("Archiving the campaign failed"));
    if (q.numRowsAffected() == 0)
        return notFound("campaign", id);
    notify();
    return {};
}

Result<Campaign> CampaignRepository::get(qint64 id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(q, campaign_rows::campaignSelect() + QStringLiteral(" WHERE c.id = ?"), {id}))
        return databaseError(q.lastError(), QStringLiteral("Reading the campaign failed"));
    if (!q.next())
        return notFound("campaign", id);
    return campaign_rows::campaignFromQuery(q);
}

Result<Campaign> CampaignRepository::findByNameOrId(const QString &text) const
{
    const QString wanted = text.trimmed();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        auto byId = get(id);
        if (byId || byId.error().code != Error::Code::NotFound)
            return byId;
    }
    auto all = list(true);
    if (!all)
        return all.error();
    QList<Campaign> matches;
    for (const Campaign &c : *all) {
        // Compared in Qt, not SQL: NOCASE only folds ASCII.
        if (c.name.compare(wanted, Qt::CaseInsensitive) == 0)
            matches << c;
    }
    if (matches.isEmpty())
        return Error{Error::Code::NotFound, QStringLiteral("No campaign named “%1”.").arg(wanted)};
    if (matches.size() > 1) {
        QStringList ids;
        for (const Campaign &c : matches)
            ids << QString::number(c.id);
        return Error{Error::Code::Conflict,
                     QStringLiteral("Several campaigns are named “%1” (ids %2); give the id "
                                    "instead.")
                         .arg(wanted, ids.join(QStringLiteral(", ")))};
    }
    return matches.first();
}

Result<QList<Campaign>> CampaignRepository::list(bool includeArchived) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = campaign_rows::campaignSelect();
    if (!includeArchived)
        sql += QStringLiteral(" WHERE c.archived = 0");
    sql += QStringLiteral(" ORDER BY c.name COLLATE NOCASE, c.id");
    if (!q.exec(sql))
        return databaseError(q.lastError(), QStringLiteral("Reading campaigns failed"));
    QList<Campaign> out;
    while (q.next())
        out << campaign_rows::campaignFromQuery(q);
    return out;
}

Result<qint64> CampaignRepository::duplicate(qint64 id, const QString &newName)
{
    qint64 newId = 0;
    const Status s = change([&]() -> Result<qint64> {
        const auto source = get(id);
        if (!source)
            return source.error();
        Campaign c = *source;
        c.id = 0;
        c.name = newName;
        c.archived = false;
        c.createdAt = c.updatedAt = m_clock.now();
        if (const Status s = normalise(c))
            return s;
        if (const Status s = insertCampaign(c, &newId))
            return s;
        QSqlQuery q(m_db);
        const QString what = QStringLiteral("Duplicating the campaign failed");
        if (!execBound(q,
                       QStringLiteral("INSERT INTO roster_entries (campaign_id, creator_id, stage, "
                                      "fee_minor, payment_state, usage_rights, contact, notes, "
                                      "position) "
                                      "SELECT ?, creator_id, 'prospect', fee_minor, 'unpaid', "
                                      "usage_rights, contact, notes, position "
                                      "FROM roster_entries WHERE campaign_id = ? "
                                      "ORDER BY position, id"),
                       {newId, id}))
            return databaseError(q.lastError(), what);
        // A creator is on a roster once, so (campaign, creator) maps each old entry to its copy.
        if (!execBound(q,
                       QStringLiteral("INSERT INTO deliverables (roster_entry_id, kind, quantity, "
                                      "due_on, status) "
                                      "SELECT n.id, d.kind, d.quantity, d.due_on, 'planned' "
                                      "FROM deliverables d "
                                      "JOIN roster_entries o ON o.id = d.roster_entry_id "
                                      "JOIN roster_entries n ON n.campaign_id = ? "
                                      "AND n.creator_id = o.creator_id "
                                      "WHERE o.campaign_id = ? ORDER BY d.id"),
                       {newId, id}))
            return databaseError(q.lastError(), what);
        return 0; // the copy's times are set already
    });
    if (s)
        return s;
    return newId;
}

Result<CampaignSnapshot> CampaignRepository::snapshot(qint64 id) const
{
    auto campaign = get(id);
    if (!campaign)
        return campaign.error();
    auto roster = entries(id);
    if (!roster)
        return roster.error();
    auto deliverables = deliverablesForCampaign(id);
    if (!deliverables)
        return deliverables.error();
    return CampaignSnapshot{std::move(campaign).value(), std::move(roster).value(),
                            std::move(deliverables).value()};
}

Status CampaignRepository::restore(const CampaignSnapshot &snapshot)
{
    Campaign c = snapshot.campaign;
    if (c.id <= 0)
        return invalid(QStringLiteral("Only a stored campaign can be restored."));
    if (const Status s = normalise(c))
        return s;
    const QDateTime now = m_clock.now();
    if (!c.createdAt.isValid())
        c.createdAt = now;
    if (!c.updatedAt.isValid())
        c.updatedAt = now;
    return change([&]() -> Result<qint64> {
        if (const Status s = insertCampaign(c, nullptr))
            return s;
        for (RosterEntry e : snapshot.roster) {
            e.campaignId = c.id;
            if (const Status s = insertEntry(e, nullptr))
                return s;
        }
        for (const Deliverable &d : snapshot.deliverables) {
            if (const Status s = insertDeliverable(d, nullptr))
                return s;
        }
        return 0; // keeps the times it had
    });
}

} // namespace tierscope::core
