// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/tier_statistics.h"

#include "core/analytics/quantiles.h"
#include "core/storage/creator_query_builder.h"
#include "core/storage/sql_statement.h"

#include <sqlite3.h>

#include <array>

namespace tierscope::core {

namespace {

struct Bucket
{
    qint64 count = 0;
    QList<double> er, followers, fee, cpe, authenticity;
};

} // namespace

Result<TierStatistics> computeTierStatistics(QSqlDatabase db, const TierScheme &scheme,
                                             const CreatorFilter &filter,
                                             const QString &feeCurrency)
{
    const SqlFragment where = CreatorQueryBuilder(filter, scheme).conditions();
    SqlStatement stmt(db);
    if (const Status s = stmt.prepare(
            QStringLiteral("SELECT followers, engagement_rate, fee_minor, fee_currency, "
                           "authenticity FROM creators WHERE ")
            + where.sql))
        return s;
    stmt.bindAll(where.binds);

    std::array<Bucket, 5> buckets;
    TierStatistics out;
    out.feeCurrency = feeCurrency;
    const QByteArray currency = feeCurrency.toUtf8();
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        sqlite3_stmt *s = stmt.handle();
        ++out.total;
        if (sqlite3_column_type(s, 0) == SQLITE_NULL) {
            ++out.unknownFollowers;
            continue;
        }
        const qint64 followers = sqlite3_column_int64(s, 0);
        Bucket &b = buckets[size_t(scheme.tier(followers))];
        ++b.count;
        b.followers << double(followers);
        const bool hasEr = sqlite3_column_type(s, 1) != SQLITE_NULL;
        const double er = sqlite3_column_double(s, 1);
        if (hasEr)
            b.er << er;
        if (sqlite3_column_type(s, 2) != SQLITE_NULL
            && currency == reinterpret_cast<const char *>(sqlite3_column_text(s, 3))) {
            const double fee = double(sqlite3_column_int64(s, 2));
            b.fee << fee;
            if (hasEr && er > 0.0 && followers > 0)
                b.cpe << fee / (double(followers) * er);
        }
        if (sqlite3_column_type(s, 4) != SQLITE_NULL)
            b.authenticity << sqlite3_column_double(s, 4);
    }
    if (rc != SQLITE_DONE)
        return stmt.error(rc, "Computing statistics failed");

    for (Tier t : allTiers()) {
        Bucket &b = buckets[size_t(t)];
        TierSummary sum;
        sum.tier = t;
        sum.count = b.count;
        sum.withEr = b.er.size();
        sum.lowerQuartileEr = quantile(b.er, 0.25);
        sum.medianEr = quantile(b.er, 0.5);
        sum.upperQuartileEr = quantile(b.er, 0.75);
        sum.medianFollowers = quantile(b.followers, 0.5);
        sum.medianFeeMinor = quantile(b.fee, 0.5);
        sum.medianCpeMinor = quantile(b.cpe, 0.5);
        sum.medianAuthenticity = quantile(b.authenticity, 0.5);
        out.tiers << sum;
    }
    return out;
}

} // namespace tierscope::core
