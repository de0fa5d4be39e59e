// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/tier_pass.h"

#include "core/storage/creator_query_builder.h"
#include "core/storage/sql_statement.h"

#include <sqlite3.h>

namespace tierscope::core {

TierPass::TierPass(const TierScheme &scheme, QString feeCurrency, int samplePerTier)
    : m_scheme(scheme)
    , m_feeCurrency(std::move(feeCurrency))
    , m_all(scheme, samplePerTier)
{
}

bool TierPass::preferIndexes(const QSqlDatabase &db, const CreatorFilter &filter) const
{
    if (filter.countries.isEmpty() && filter.languages.isEmpty())
        return false;
    CreatorFilter probe;
    if (!filter.countries.isEmpty())
        probe.countries = filter.countries;
    else
        probe.languages = filter.languages;
    const SqlFragment where = CreatorQueryBuilder(probe, m_scheme).conditions();
    SqlStatement stmt(db);
    if (stmt.prepare(QStringLiteral("SELECT (SELECT count(*) FROM creators WHERE ") + where.sql
                     + QStringLiteral("), (SELECT count(*) FROM creators)")))
        return false;
    stmt.bindAll(where.binds);
    if (stmt.step() != SQLITE_ROW)
        return false;
    const qint64 matches = sqlite3_column_int64(stmt.handle(), 0);
    const qint64 total = sqlite3_column_int64(stmt.handle(), 1);
    return matches * 100 < total * 15;
}

Status TierPass::run(const QSqlDatabase &db, const CreatorFilter &filter)
{
    const SqlFragment where = CreatorQueryBuilder(filter, m_scheme).conditions();
    // The currency test runs in SQL: cheaper than handing SQLite's text to C++ for every row.
    QVariantList binds {m_feeCurrency};
    binds += where.binds;
    const QString from = preferIndexes(db, filter)
        ? QStringLiteral("FROM creators WHERE ")
        : QStringLiteral("FROM creators NOT INDEXED WHERE ");
    return SqlRowPass::run(db,
                           QStringLiteral("id, followers, engagement_rate, "
                                          "CASE WHEN fee_currency = ? THEN fee_minor END, "
                                          "authenticity"),
                           from + where.sql, binds, m_all);
}

TierStatistics TierPass::takeStatistics(const CreatorFilter &filter)
{
    const std::optional<Platform> platform =
        filter.platforms.size() == 1 ? std::optional(filter.platforms.first()) : std::nullopt;
    return m_all.takeStatistics(m_scheme, m_feeCurrency, platform);
}

} // namespace tierscope::core
