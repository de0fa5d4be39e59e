// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/creator_er_merge.h"

#include "core/storage/creator_id_range.h"
#include "core/storage/creator_query_builder.h"
#include "core/storage/sqlite_handle.h"
#include "core/storage/text_match_cache.h"
#include "core/storage/sql_statement.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace tierscope::core {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();
constexpr qint64 kMinId = std::numeric_limits<qint64>::min();
// About ten rows per stream in the middle of a million creators; widened ×4 until the first rows
// come, then by a quarter until the page fills: rows are far denser towards the middle of the
// index than at its ends, and a window that overshoots makes a stream whose own rows are sparse
// there (by followers among the high ERs by views) read every row it passes.
constexpr double kFirstWindow = 1e-6;
constexpr double kEmptyGrowth = 4.0;
constexpr double kGrowth = 1.25;

// Rate bounds derived from key bounds are widened by this much, so that rounding in
// (key + benchmark) never leaves a row out; the exact test is on the key itself.
double slack(double x)
{
    return 1e-9 * (1.0 + std::abs(x));
}

struct FollowerRange
{
    qint64 lo = 0;
    std::optional<qint64> hi; // exclusive
};

// The follower ranges the filter lets through (its tiers and bounds).
QList<FollowerRange> admittedFollowers(const CreatorFilter &f, const TierScheme &s)
{
    QList<FollowerRange> ranges;
    if (f.tiers.isEmpty())
        ranges << FollowerRange {};
    for (Tier t : allTiers()) {
        if (f.tiers.contains(t))
            ranges << FollowerRange {s.lowerBound(t), s.upperBoundExclusive(t)};
    }
    QList<FollowerRange> out;
    for (FollowerRange r : ranges) {
        r.lo = std::max(r.lo, f.minFollowers.value_or(0));
        if (f.maxFollowers && *f.maxFollowers < kMaxId)
            r.hi = std::min(r.hi.value_or(kMaxId), *f.maxFollowers + 1);
        if (!r.hi || r.lo < *r.hi)
            out << r;
    }
    return out;
}

bool overlaps(const QList<FollowerRange> &ranges, qint64 lo, std::optional<qint64> hi)
{
    return std::any_of(ranges.begin(), ranges.end(), [&](const FollowerRange &r) {
        return (!hi || r.lo < *hi) && (!r.hi || lo < *r.hi);
    });
}

} // namespace

// A row of the merge in page order: ascending (nk, nid), keys and ids negated when descending.
struct CreatorErMerge::Candidate
{
    double nk;
    qint64 nid;
    qint64 id;
    double key;

    bool operator<(const Candidate &o) const { return nk < o.nk || (nk == o.nk && nid < o.nid); }
};

// Where the walk of one stream stands. Its rows come in (engagement_rate, id) order; the
// normalised key never goes back along it, so after a full fetch every row keyed better than
// the last one is delivered, and after a short one every row within the window.
struct CreatorErMerge::Walk
{
    std::unique_ptr<SqlStatement> stmt;
    bool started = false;
    double lastRate = 0;
    qint64 lastId = 0;
    double covered = -kInf; // every row with nk < covered (≤ when inclusive) is delivered
    bool inclusive = false;

    bool covers(double nk) const { return inclusive ? covered >= nk : covered > nk; }
};

CreatorErMerge::CreatorErMerge(const QSqlDatabase &db, const CreatorFilter &filter,
                               const TierScheme &scheme, bool descending)
    : m_db(db)
    , m_filter(filter)
    , m_scheme(scheme)
    , m_descending(descending)
{
    // Streams the filter's tiers, follower bounds or platforms exclude are left out: walking
    // them would visit the index without ever meeting a row.
    const QList<FollowerRange> admitted = admittedFollowers(filter, scheme);
    const auto admits = [&filter](Platform p) {
        return filter.platforms.isEmpty() || filter.platforms.contains(p);
    };
    // The benchmark also depends on the row's ER basis: streams per (tier, basis, platform
    // where overridden). er_basis is not in the index, so a stream reads the rows of its window
    // to test it, those of the other basis too.
    const auto addStreams = [&](Tier t, ErBasis basis) {
        const qint64 lo = scheme.lowerBound(t);
        const std::optional<qint64> hi = scheme.upperBoundExclusive(t);
        if (!overlaps(admitted, lo, hi))
            return;
        QString range = QStringLiteral("followers >= ?");
        QVariantList rangeBinds {lo};
        if (hi) {
            range += QStringLiteral(" AND followers < ?");
            rangeBinds << *hi;
        }
        range += QStringLiteral(" AND ") + CreatorQueryBuilder::erBasisCondition(basis);
        const std::optional<Benchmark> generic = scheme.benchmark(t, std::nullopt, basis);
        QVariantList overridden;
        bool genericAdmitted = false;
        for (Platform p : allPlatforms()) {
            const std::optional<Benchmark> b = scheme.benchmark(t, p, basis);
            if (b && !(generic && generic->engagementRate == b->engagementRate)) {
                overridden << platformKey(p);
                if (admits(p))
                    m_streams << Stream {range + QStringLiteral(" AND platform = ?"),
                                         rangeBinds + QVariantList {platformKey(p)},
                                         b->engagementRate};
            } else if (admits(p)) {
                genericAdmitted = true;
            }
        }
        // Platforms are stored as the keys of the known ones, so a generic stream that every
        // known platform overrides holds no rows.
        if (!generic || !genericAdmitted)
            return;
        Stream s {range, rangeBinds, generic->engagementRate};
        if (!overridden.isEmpty()) {
            s.condition += QStringLiteral(" AND platform NOT IN (%1)")
                               .arg(QStringList(overridden.size(), QStringLiteral("?")).join(u','));
            s.binds += overridden;
        }
        m_streams << s;
    };
    for (Tier t : allTiers()) {
        addStreams(t, ErBasis::Followers);
        addStreams(t, ErBasis::Views);
    }
    // The stream whose window lies highest in the index (descending) goes first: it walks the
    // fewest rows and its page bounds the walks of the others.
    std::stable_sort(m_streams.begin(), m_streams.end(),
                     [descending](const Stream &a, const Stream &b) {
                         return descending ? a.benchmark > b.benchmark : a.benchmark < b.benchmark;
                     });
}

bool CreatorErMerge::serves(const CreatorFilter &filter)
{
    return filter.text.trimmed().isEmpty() && filter.niches.isEmpty();
}

Result<QList<CreatorSortKey>> CreatorErMerge::keys(const CreatorSortKey *after, qint64 skip,
                                                   int limit) const
{
    const int need = int(std::min<qint64>(skip + limit, std::numeric_limits<int>::max()));
    const bool afterUnknown = after && after->value.isNull();
    QList<CreatorSortKey> out;
    const auto add = [&out](Result<QList<CreatorSortKey>> more) -> Status {
        if (!more)
            return more.error();
        out += *more;
        return {};
    };
    if (!m_descending) { // unknown keys first
        if (!after || afterUnknown) {
            const auto afterId = afterUnknown ? std::optional<qint64>(after->id) : std::nullopt;
            if (const Status s = add(unknown(afterId, need)))
                return s;
        }
        if (out.size() < need) {
            if (const Status s = add(known(afterUnknown ? nullptr : after, need - int(out.size()))))
                return s;
        }
    } else { // unknown keys last
        if (!afterUnknown) {
            if (const Status s = add(known(after, need)))
                return s;
        }
        if (out.size() < need) {
            const auto afterId = afterUnknown ? std::optional<qint64>(after->id) : std::nullopt;
            if (const Status s = add(unknown(afterId, need - int(out.size()))))
                return s;
        }
    }
    return out.mid(skip, limit);
}

Result<CreatorPage> CreatorErMerge::page(const CreatorRepository &repo, const CreatorSortKey *after,
                                         qint64 skip, int limit) const
{
    const auto found = keys(after, skip, limit);
    if (!found)
        return found.error();
    QList<qint64> ids;
    for (const CreatorSortKey &k : *found)
        ids << k.id;
    auto rows = repo.getMany(ids);
    if (!rows)
        return rows.error();
    CreatorPage page {std::move(rows).value(), {}};
    for (const CreatorSortKey &k : *found) { // a row deleted meanwhile is left out
        if (page.keys.size() < page.rows.size() && page.rows[page.keys.size()].id == k.id)
            page.keys << k;
    }
    return page;
}

Result<QList<qint64>> CreatorErMerge::orderedIds(const std::atomic_bool *cancel) const
{
    const CreatorQueryBuilder builder = TextMatchCache::builder(m_db, m_filter, m_scheme);
    const SqlFragment where = builder.conditions();
    const SqlFragment key = builder.sortExpression(CreatorSortColumn::ErVsBenchmark);
    SqlStatement stmt(m_db);
    if (const Status s = stmt.prepare(
            QStringLiteral("SELECT id, %1 FROM creators WHERE %2").arg(key.sql, where.sql)))
        return s;
    stmt.bindAll(key.binds + where.binds);
    // The key is a REAL or NULL: doubles compare as SQLite compares them.
    std::vector<std::pair<double, qint64>> known;
    std::vector<qint64> unknown;
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        sqlite3_stmt *h = stmt.handle();
        if (sqlite3_column_type(h, 1) == SQLITE_NULL)
            unknown.push_back(sqlite3_column_int64(h, 0));
        else
            known.emplace_back(sqlite3_column_double(h, 1), sqlite3_column_int64(h, 0));
        if (cancel && ((known.size() + unknown.size()) & 0xFFF) == 0 && cancel->load())
            return Error{Error::Code::Cancelled, QStringLiteral("Cancelled.")};
    }
    if (rc != SQLITE_DONE)
        return stmt.error(rc, "Reading creators failed");
    std::sort(known.begin(), known.end());
    std::sort(unknown.begin(), unknown.end());
    QList<qint64> ids;
    ids.reserve(qsizetype(known.size() + unknown.size()));
    if (m_descending) { // unknown last; ties by id, descending too
        for (auto it = known.rbegin(); it != known.rend(); ++it)
            ids << it->second;
        ids.append(QList<qint64>(unknown.rbegin(), unknown.rend()));
    } else {
        ids.append(QList<qint64>(unknown.begin(), unknown.end()));
        for (const auto &k : known)
            ids << k.second;
    }
    return ids;
}

// Where unknown keys are common (tiny creators without a benchmark, missing rates), the next
// ones lie a few rows ahead in id order: a short walk of the table by id finds them. Where they
// are rare, the walk comes back short and the hint, said in indexed columns, finds the rest
// without SQLite computing the key of every row. Left to itself the planner always took the
// indexes, collecting and sorting every unknown row (~70,000 at 1 M: 200 ms – 650 ms a page).
Result<QList<CreatorSortKey>> CreatorErMerge::unknown(std::optional<qint64> afterId, int n) const
{
    constexpr qint64 kWalkIds = 20'000; // ~3 ms of table at 1 M
    const CreatorQueryBuilder builder = TextMatchCache::builder(m_db, m_filter, m_scheme);
    const SqlFragment where = builder.conditions();
    const SqlFragment key = builder.sortExpression(CreatorSortColumn::ErVsBenchmark);
    const QLatin1String dir(m_descending ? "DESC" : "ASC");
    const QLatin1String beyond(m_descending ? "<" : ">");
    // The key is unknown only where the rate or followers are, or in a tier some platform has
    // no benchmark for on some basis.
    QString hint = QStringLiteral("engagement_rate IS NULL OR followers IS NULL");
    QVariantList hintBinds;
    for (Tier t : allTiers()) {
        const auto platforms = allPlatforms();
        if (std::all_of(platforms.begin(), platforms.end(), [&](Platform p) {
                return m_scheme.benchmark(t, p, ErBasis::Followers).has_value()
                    && m_scheme.benchmark(t, p, ErBasis::Views).has_value();
            }))
            continue;
        hint += QStringLiteral(" OR (followers >= ?");
        hintBinds << m_scheme.lowerBound(t);
        if (const auto hi = m_scheme.upperBoundExclusive(t)) {
            hint += QStringLiteral(" AND followers < ?");
            hintBinds << *hi;
        }
        hint += u')';
    }
    const auto read = [&](const QString &source, const QString &range, const QVariantList &rangeBinds,
                          int limit, QList<CreatorSortKey> &out) -> Status {
        SqlStatement stmt(m_db);
        if (const Status s = stmt.prepare(
                QStringLiteral("SELECT id FROM %1 WHERE (%2) AND (%3) AND %4 IS NULL%5 "
                               "ORDER BY id %6 LIMIT ?")
                    .arg(source, where.sql, hint, key.sql, range, dir)))
            return s;
        stmt.bindAll(where.binds + hintBinds + key.binds + rangeBinds + QVariantList {limit});
        int rc;
        while ((rc = stmt.step()) == SQLITE_ROW)
            out << CreatorSortKey {QVariant(), sqlite3_column_int64(stmt.handle(), 0)};
        if (rc != SQLITE_DONE)
            return stmt.error(rc, "Reading creators failed");
        return {};
    };

    // The walk: ids from the cursor (or the first id) on, kWalkIds of them first. When it finds
    // some but not enough, it goes on as far as their density says the rest lie (once more at
    // most, and within kMaxWalkIds); when it finds none, unknown keys are rare here.
    constexpr qint64 kMaxWalkIds = 200'000;
    const auto ids = creatorIdRange(sqliteHandle(m_db));
    if (!ids)
        return ids.error();
    QList<CreatorSortKey> out;
    if (ids->empty)
        return out; // no creators
    const qint64 sign = m_descending ? -1 : 1;
    qint64 to = afterId ? *afterId : (m_descending ? ids->last + 1 : ids->first - 1);
    const QString walkRange = m_descending ? QStringLiteral(" AND id < ? AND id >= ?")
                                           : QStringLiteral(" AND id > ? AND id <= ?");
    qint64 walked = 0;
    qint64 window = kWalkIds;
    for (int pass = 0; pass < 2 && window > 0; ++pass) {
        const qint64 from = to;
        to = from + sign * window; // inclusive
        walked += window;
        const qsizetype had = out.size();
        if (const Status s = read(QStringLiteral("creators NOT INDEXED"), walkRange, {from, to},
                                  n - int(had), out))
            return s;
        if (out.size() >= n || out.isEmpty())
            break;
        // Half as much again as the density so far says the missing rows need.
        const double perId = double(out.size()) / double(walked);
        window = std::min<qint64>(qint64(1.5 * double(n - out.size()) / perId) + 1,
                                  kMaxWalkIds - walked);
    }
    if (out.size() >= n)
        return out;
    // The rest, past the walk, through the indexes.
    if (const Status s = read(QStringLiteral("creators"), QStringLiteral(" AND id %1 ?").arg(beyond),
                              {to}, n - int(out.size()), out))
        return s;
    return out;
}

Result<std::optional<CreatorErMerge::KeyBounds>> CreatorErMerge::keyBounds() const
{
    // The extreme rates of the rows the filter's index columns admit (platform, followers,
    // country, rate: the walk from either end of the index stops at the first such row, without
    // reading the table); with the extreme benchmarks they bound every key. Bounds of the whole
    // table would start the windows far from a filter's rows (TikTok's top ER lies below
    // YouTube's), and a window widened over that gap ends up unbounded.
    CreatorFilter indexed;
    indexed.platforms = m_filter.platforms;
    indexed.tiers = m_filter.tiers;
    indexed.minFollowers = m_filter.minFollowers;
    indexed.maxFollowers = m_filter.maxFollowers;
    indexed.minEngagementRate = m_filter.minEngagementRate;
    indexed.maxEngagementRate = m_filter.maxEngagementRate;
    indexed.countries = m_filter.countries;
    const SqlFragment where = CreatorQueryBuilder(indexed, m_scheme).conditions();
    const QString end = QStringLiteral(
                            "(SELECT engagement_rate FROM creators INDEXED BY idx_creators_er "
                            "WHERE engagement_rate IS NOT NULL AND %1 "
                            "ORDER BY engagement_rate %2 LIMIT 1)")
                            .arg(where.sql);
    SqlStatement stmt(m_db);
    if (const Status s = stmt.prepare(QStringLiteral("SELECT ") + end.arg(QLatin1String("ASC"))
                                      + QStringLiteral(", ") + end.arg(QLatin1String("DESC"))))
        return s;
    stmt.bindAll(where.binds + where.binds);
    const int rc = stmt.step();
    if (rc != SQLITE_ROW)
        return stmt.error(rc, "Reading creators failed");
    if (sqlite3_column_type(stmt.handle(), 0) == SQLITE_NULL)
        return std::optional<KeyBounds>();
    const double minRate = sqlite3_column_double(stmt.handle(), 0);
    const double maxRate = sqlite3_column_double(stmt.handle(), 1);
    double lowest = kInf;
    double highest = -kInf;
    for (const Stream &s : m_streams) {
        lowest = std::min(lowest, minRate - s.benchmark);
        highest = std::max(highest, maxRate - s.benchmark);
    }
    // Normalised: ascending in page order.
    return std::optional<KeyBounds>(m_descending ? KeyBounds {-highest, -lowest}
                                                 : KeyBounds {lowest, highest});
}

Result<QList<CreatorSortKey>> CreatorErMerge::known(const CreatorSortKey *after, int n) const
{
    QList<CreatorSortKey> out;
    if (n <= 0 || m_streams.isEmpty())
        return out;
    const bool desc = m_descending;
    const bool fromCursor = after && !after->value.isNull();
    const double cursorKey = fromCursor ? after->value.toDouble() : (desc ? kInf : -kInf);
    const qint64 cursorId = fromCursor ? after->id : (desc ? kMaxId : kMinId);
    const auto bounds = keyBounds();
    if (!bounds)
        return bounds.error();
    if (!*bounds)
        return out; // no creator has a known rate
    const double anchor = fromCursor ? (desc ? -cursorKey : cursorKey) : (*bounds)->best;
    // A window reaching past every possible key is unbounded.
    const double unbounded = (*bounds)->worst + slack((*bounds)->worst);

    const SqlFragment where = TextMatchCache::builder(m_db, m_filter, m_scheme).conditions();
    const QLatin1String cmp(desc ? "<" : ">");
    const QLatin1String dir(desc ? "DESC" : "ASC");
    const double minRate = m_filter.minEngagementRate.value_or(-kInf);
    const double maxRate = m_filter.maxEngagementRate.value_or(kInf);
    std::vector<Walk> walks(size_t(m_streams.size()));
    QList<Candidate> best; // the n best rows delivered so far, in page order

    // Delivers the next rows of stream i whose normalised key is at most w.
    const auto fetch = [&](qsizetype i, double w) -> Status {
        const Stream &stream = m_streams[i];
        Walk &walk = walks[size_t(i)];
        const double b = stream.benchmark;
        double lo = minRate;
        double hi = maxRate;
        if (desc) {
            if (w != kInf)
                lo = std::max(lo, (b - w) - slack(w));
            if (fromCursor)
                hi = std::min(hi, (cursorKey + b) + slack(cursorKey));
            if (walk.started)
                hi = std::min(hi, walk.lastRate);
        } else {
            if (w != kInf)
                hi = std::min(hi, (w + b) + slack(w));
            if (fromCursor)
                lo = std::max(lo, (cursorKey + b) - slack(cursorKey));
            if (walk.started)
                lo = std::max(lo, walk.lastRate);
        }
        if (lo > hi) { // nothing of this stream lies in the window
            walk.covered = w;
            walk.inclusive = true;
            return {};
        }
        if (!walk.stmt) {
            walk.stmt = std::make_unique<SqlStatement>(m_db);
            const QString sql =
                QStringLiteral("SELECT id, engagement_rate, engagement_rate - ? "
                               "FROM creators INDEXED BY idx_creators_er "
                               "WHERE engagement_rate >= ? AND engagement_rate <= ? "
                               "AND (engagement_rate, id) %1 (?, ?) "
                               "AND (engagement_rate - ?, id) %1 (?, ?) AND %2 AND (%3) "
                               "ORDER BY engagement_rate %4, id %4 LIMIT ?")
                    .arg(cmp, stream.condition, where.sql, dir);
            if (const Status s = walk.stmt->prepare(sql))
                return s;
        } else {
            walk.stmt->reset();
        }
        QVariantList binds {b, lo, hi};
        if (walk.started)
            binds << walk.lastRate << walk.lastId;
        else
            binds << (desc ? hi : lo) << (desc ? kMaxId : kMinId);
        binds << b << cursorKey << cursorId;
        binds += stream.binds;
        binds += where.binds;
        binds << n;
        walk.stmt->bindAll(binds);
        int rows = 0;
        double lastKey = 0;
        int rc;
        while ((rc = walk.stmt->step()) == SQLITE_ROW) {
            sqlite3_stmt *h = walk.stmt->handle();
            const qint64 id = sqlite3_column_int64(h, 0);
            walk.lastRate = sqlite3_column_double(h, 1);
            walk.lastId = id;
            walk.started = true;
            lastKey = sqlite3_column_double(h, 2);
            best << Candidate {desc ? -lastKey : lastKey, desc ? -id : id, id, lastKey};
            ++rows;
        }
        if (rc != SQLITE_DONE)
            return walk.stmt->error(rc, "Reading creators failed");
        if (rows < n) {
            walk.covered = w;
            walk.inclusive = true;
            // Its whole rate range was read: the next fetch starts past it, not again from its
            // last row. Rows its conditions refuse (another basis) are then read once, not at
            // every widening of the window.
            walk.started = true;
            walk.lastRate = desc ? lo : hi;
            walk.lastId = desc ? kMinId : kMaxId;
        } else {
            walk.covered = desc ? -lastKey : lastKey;
            walk.inclusive = false;
        }
        std::sort(best.begin(), best.end());
        if (best.size() > n)
            best.resize(n);
        return {};
    };

    double width = kFirstWindow;
    for (;;) {
        const bool full = best.size() >= n;
        const double window =
            full ? best.last().nk : (anchor + width >= unbounded ? kInf : anchor + width);
        for (qsizetype i = 0; i < m_streams.size(); ++i) {
            // Once the page is full, no stream needs rows beyond its last one.
            const double w = best.size() >= n ? std::min(window, best.last().nk) : window;
            if (walks[size_t(i)].covers(w))
                continue;
            if (const Status s = fetch(i, w))
                return s;
        }
        if (best.size() >= n) {
            const double last = best.last().nk;
            if (std::all_of(walks.begin(), walks.end(),
                            [last](const Walk &w) { return w.covers(last); }))
                break;
        } else if (window == kInf) {
            break; // every stream walked to its end
        }
        width *= best.isEmpty() ? kEmptyGrowth : kGrowth;
    }
    out.reserve(best.size());
    for (const Candidate &c : best)
        out << CreatorSortKey {c.key, c.id};
    return out;
}

} // namespace tierscope::core
