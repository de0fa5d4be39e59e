// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/er_basis_recompute.h"

#include "core/storage/creator_id_range.h"
#include "core/storage/sql_statement.h"
#include "core/storage/sqlite_handle.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace tierscope::core {

namespace {

// Ids per UPDATE: about twenty steps at a million creators, each a fraction of a second.
constexpr qint64 kIdsPerStep = 50'000;
// Page cache during the recompute, in KiB (negative: SQLite's unit). Most table pages and both
// ER indexes change: with the workspace's usual 32 MiB, dirty pages spill to the WAL and are
// written again and again (TikTok at 1 M: 16.9 → 8.6 s with 128 MiB).
constexpr int kRecomputeCacheKib = 131'072;

// Sets the connection's cache size for its lifetime and puts the previous one back.
class CacheSize
{
public:
    CacheSize(sqlite3 *db, int kib) : m_db(db)
    {
        SqlStatement get(db);
        if (get.prepare(QStringLiteral("PRAGMA cache_size")) || get.step() != SQLITE_ROW)
            return;
        m_previous = sqlite3_column_int64(get.handle(), 0);
        m_set = set(-qint64(kib));
    }
    ~CacheSize()
    {
        if (m_set)
            set(m_previous);
    }
    CacheSize(const CacheSize &) = delete;
    CacheSize &operator=(const CacheSize &) = delete;

private:
    bool set(qint64 value)
    {
        const QByteArray sql = "PRAGMA cache_size = " + QByteArray::number(value);
        return sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }

    sqlite3 *m_db;
    qint64 m_previous = 0;
    bool m_set = false;
};

QString keyList(const QList<Platform> &platforms)
{
    QStringList keys;
    for (Platform p : platforms)
        keys << u'\'' + platformKey(p) + u'\'';
    return keys.join(u',');
}

// The UPDATE for one id range. The sum of interactions adds the parts in the order of
// Interactions::total() (a missing part adds an exact 0), and SQLite divides doubles as C++
// does, so the rates are bit for bit what the importer computes.
QString updateStatement(const QList<Platform> &toViews, const QList<Platform> &toFollowers)
{
    const QString interactions = QStringLiteral(
        "(coalesce(avg_likes, 0) + coalesce(avg_comments, 0) + coalesce(avg_shares, 0))");
    const QString byViews =
        toViews.isEmpty() ? QStringLiteral("0") : QStringLiteral("platform IN (%1)").arg(keyList(toViews));
    return QStringLiteral(
               "UPDATE creators NOT INDEXED SET "
               "engagement_rate = CASE WHEN %1 THEN %2 / avg_views "
               "WHEN followers > 0 THEN %2 / followers END, "
               "er_basis = CASE WHEN %1 THEN 'views' WHEN followers > 0 THEN 'followers' END, "
               "er_source = CASE WHEN %1 OR followers > 0 THEN 'computed' END "
               "WHERE id >= ? AND id <= ? AND platform IN (%3) "
               "AND er_source IS NOT 'reported' AND avg_views > 0 "
               "AND (avg_likes IS NOT NULL OR avg_comments IS NOT NULL OR avg_shares IS NOT NULL) "
               // Interactions above the followers: by views on either basis (the flag's rule).
               "AND NOT (followers IS NOT NULL AND %2 > followers)")
        .arg(byViews, interactions, keyList(toViews + toFollowers));
}

} // namespace

Status recomputeErBasis(const QSqlDatabase &db, const ErBases &from, const ErBases &to,
                        const ErBasisProgress &progress)
{
    QList<Platform> toViews;
    QList<Platform> toFollowers;
    for (Platform p : allPlatforms()) {
        if (from.of(p) == to.of(p))
            continue;
        (to.of(p) == ErBasis::Views ? toViews : toFollowers) << p;
    }
    if (toViews.isEmpty() && toFollowers.isEmpty())
        return {};
    sqlite3 *handle = sqliteHandle(db);
    const auto ids = creatorIdRange(handle);
    if (!ids)
        return ids.error();
    if (ids->empty)
        return {};
    const CacheSize cache(handle, kRecomputeCacheKib);
    SqlStatement update(handle);
    if (const Status s = update.prepare(updateStatement(toViews, toFollowers)))
        return s;
    // In unsigned arithmetic: ids may span more than qint64 holds.
    const auto span = [&](qint64 to) {
        return qint64(std::min<quint64>(quint64(to) - quint64(ids->first),
                                        quint64(std::numeric_limits<qint64>::max() - 1)));
    };
    const qint64 total = span(ids->last) + 1;
    for (qint64 from = ids->first;;) {
        if (progress && !progress(span(from), total))
            return Error{Error::Code::Cancelled, QStringLiteral("Cancelled.")};
        // The range's last id, kept from overflowing at the largest ids.
        const qint64 end = quint64(ids->last) - quint64(from) < quint64(kIdsPerStep)
            ? ids->last
            : from + (kIdsPerStep - 1);
        update.reset();
        update.bindAll({from, end});
        const int rc = update.step();
        if (rc != SQLITE_DONE)
            return update.error(rc, "Recomputing engagement rates failed");
        if (end == ids->last)
            break;
        from = end + 1;
    }
    if (progress)
        progress(total, total);
    return {};
}

} // namespace tierscope::core
