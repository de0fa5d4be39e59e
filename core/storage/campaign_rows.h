// SPDX-License-Identifier: GPL-3.0-or-later
// Conversion between rows of campaigns, roster_entries and deliverables and their values.
// Amounts of roster fees and deliverable revenue are stored as minor units only; their currency
// is the campaign's, so reads join campaigns.
#pragma once

#include "core/domain/campaign.h"
#include "core/domain/deliverable.h"
#include "core/domain/roster.h"

#include <QDateTime>
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

bool execBound(QSqlQuery &q, const QString &sql, const QVariantList &binds);
QString encodeTime(const QDateTime &t); // UTC ISO 8601 with milliseconds, as creators store it
QDateTime decodeTime(const QVariant &v);
QVariant encodeDate(const QDate &d); // ISO date, NULL when invalid
QDate decodeDate(const QVariant &v);

} // namespace tierscope::core::campaign_rows
