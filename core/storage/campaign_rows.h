// SPDX-License-Identifier: GPL-3.0-or-later
// Conversion between rows of campaigns, roster_entries and deliverables and their values, and the
// checks CampaignRepository applies before writing them. Roster fees and deliverable revenue are
// stored as minor units only; their currency is the campaign's, so reads join campaigns.
#pragma once

#include "core/common/result.h"
#include "core/domain/campaign.h"
#include "core/domain/deliverable.h"
#include "core/domain/roster.h"

#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace tierscope::core::campaign_rows {

// "SELECT <id, columns> FROM campaigns c"; append WHERE/ORDER BY on alias c.
QString campaignSelect();
const QStringList &campaignColumns(); // without id, in the order of campaignValues()
QVariantList campaignValues(const Campaign &c);
Campaign campaignFromQuery(const QSqlQuery &q);

// "SELECT … FROM roster_entries r JOIN campaigns c …"; aliases r and c.
QString rosterSelect();
const QStringList &rosterColumns(); // without id, in the order of rosterValues()
QVariantList rosterValues(const RosterEntry &e);
RosterEntry rosterFromQuery(const QSqlQuery &q);

// "SELECT … FROM deliverables d JOIN roster_entries r … JOIN campaigns c …"; aliases d, r, c.
QString deliverableSelect();
const QStringList &deliverableColumns(); // without id, in the order of deliverableValues()
QVariantList deliverableValues(const Deliverable &d);
Deliverable deliverableFromQuery(const QSqlQuery &q);

Error notFound(const char *what, qint64 id); // "No roster entry with id 7."
Error invalid(const QString &message);       // InvalidArgument

// Refuses what Campaign::problem() names; trims the name and upper-cases the currency.
Status normalise(Campaign &c);
// An amount must be ≥ 0 and in the campaign currency (one without a currency is taken to be).
Status checkAmount(const std::optional<Money> &m, const QString &currency, const QString &what);
Status checkDeliverable(const Deliverable &d, const QString &currency);

} // namespace tierscope::core::campaign_rows
