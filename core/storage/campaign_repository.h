// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/domain/campaign.h"
#include "core/domain/deliverable.h"
#include "core/domain/roster.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace tierscope::core {

class WorkspaceEvents;

// A campaign with everything that hangs off it: what remove() deletes and restore() puts back.
struct CampaignSnapshot
{
    Campaign campaign;
    QList<RosterEntry> roster;        // by position
    QList<Deliverable> deliverables;  // of all roster entries

    bool operator==(const CampaignSnapshot &) const = default;
};

// All SQL of campaigns, their rosters and deliverables. Roster fees and deliverable revenue are
// in the campaign currency (an amount in another currency is refused). Any change to the roster
// or the deliverables also moves the campaign's updatedAt. Every write that succeeds emits
// WorkspaceEvents::campaignsChanged(). Multi-row writes are one transaction, or a savepoint of the
// caller's transaction when one is open (see Transaction).
class CampaignRepository
{
public:
    explicit CampaignRepository(QSqlDatabase db, WorkspaceEvents *events = nullptr,
                                const Clock &clock = Clock::system());

    // --- campaigns
    // InvalidArgument for a blank name, a bad currency code, a negative budget or an end
    // before the start.
    Result<qint64> create(const Campaign &campaign);
    // Writes every field but id and createdAt. A currency change rescales the roster fees and
    // revenue to the new currency's minor digits (refused if that would lose a fraction).
    Status update(const Campaign &campaign);
    Status remove(qint64 id); // its roster and deliverables go with it
    Status setArchived(qint64 id, bool archived);

    Result<Campaign> get(qint64 id) const;
    // An id ("12") or an exact name, ignoring case; an id that exists wins over a name. Names
    // may repeat: Conflict (naming the ids) when several campaigns match.
    Result<Campaign> findByNameOrId(const QString &text) const;
    Result<QList<Campaign>> list(bool includeArchived = false) const; // by name

    // A copy under a new name: the brief, the roster (stage back to prospect, unpaid; fee,
    // terms and order kept) and the deliverables (planned, without url, dates of publication
    // or actuals). Not archived. Returns the new id.
    Result<qint64> duplicate(qint64 id, const QString &newName);

    Result<CampaignSnapshot> snapshot(qint64 id) const;
    // Re-creates a deleted campaign exactly, with its ids (undo of remove()).
    Status restore(const CampaignSnapshot &snapshot);

    // --- roster
    // Appends the creator to the campaign's roster (the position given is ignored); returns the
    // entry id. Conflict when the creator is on that roster already.
    Result<qint64> addEntry(const RosterEntry &entry);
    // Writes stage, fee, payment, usage rights, contact and notes; campaign, creator and
    // position stay (see reorder()).
    Status updateEntry(const RosterEntry &entry);
    Status removeEntry(qint64 entryId); // its deliverables go with it
    // Puts a removed entry back with its id, position and deliverables (undo of removeEntry()).
    Status restoreEntry(const RosterEntry &entry, const QList<Deliverable> &deliverables);
    Status setStage(qint64 entryId, Stage stage);
    Status setPaymentState(qint64 entryId, PaymentState state);
    // The entries given come first, in that order; others keep their relative order after them.
    // InvalidArgument when an id is not on this roster or repeats.
    Status reorder(qint64 campaignId, const QList<qint64> &entryIdsInOrder);

    Result<RosterEntry> entry(qint64 entryId) const;
    Result<QList<RosterEntry>> entries(qint64 campaignId) const; // by position
    // Every roster entry of one creator, across campaigns: the ones to remove (and restore on
    // undo) before the creator can be deleted.
    Result<QList<RosterEntry>> entriesForCreator(qint64 creatorId) const;

    // --- deliverables
    Result<qint64> addDeliverable(const Deliverable &deliverable);
    // Writes every field but the roster entry, which stays.
    Status updateDeliverable(const Deliverable &deliverable);
    // updateDeliverable() for several deliverables of one campaign, as one change: all are
    // written or none (a results import and its undo). InvalidArgument when they belong to
    // several campaigns.
    Status updateDeliverables(const QList<Deliverable> &deliverables);
    Status removeDeliverable(qint64 id);
    Status restoreDeliverable(const Deliverable &deliverable); // with its id: undo of remove

    Result<Deliverable> deliverable(qint64 id) const;
    // By due date (none last), then id.
    Result<QList<Deliverable>> deliverables(qint64 rosterEntryId) const;
    // By due date (none last), then roster position, then id.
    Result<QList<Deliverable>> deliverablesForCampaign(qint64 campaignId) const;

private:
    struct Owner
    {
        qint64 campaignId = 0;
        QString currency;
        QString name;
    };
    Result<Owner> ownerOfCampaign(qint64 campaignId) const;
    Result<Owner> ownerOfEntry(qint64 entryId) const;
    Result<Owner> ownerOfDeliverable(qint64 deliverableId) const;

    // Runs op as one change (a Transaction); op returns the campaign it changed, whose updatedAt
    // then moves (0: none to move). Emits campaignsChanged() once it is saved.
    Status change(const std::function<Result<qint64>()> &op);
    Status insertCampaign(const Campaign &c, qint64 *newId);
    Status insertEntry(const RosterEntry &e, qint64 *newId);
    Status insertDeliverable(const Deliverable &d, qint64 *newId);
    Status rescaleAmounts(qint64 campaignId, const QString &from, const QString &to);
    Status setEntryColumn(qint64 entryId, const char *column, const QString &value);
    Result<QList<RosterEntry>> readEntries(const QString &whereOrder, qint64 id) const;
    Result<QList<Deliverable>> readDeliverables(const QString &whereOrder, qint64 id) const;
    void notify();

    QSqlDatabase m_db;
    WorkspaceEvents *m_events;
    const Clock &m_clock;
};

} // namespace tierscope::core
