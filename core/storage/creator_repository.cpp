// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/creator_repository.h"

#include "core/domain/creator_limits.h"
#include "core/storage/creator_er_merge.h"
#include "core/storage/creator_query_builder.h"
#include "core/storage/text_match_cache.h"
#include "core/storage/creator_row.h"
#include "core/storage/sql_statement.h"
#include "core/storage/sqlite_handle.h"
#include "core/storage/workspace.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

namespace tierscope::core {

namespace {

Error notFound(qint64 id)
{
    return {Error::Code::NotFound, QStringLiteral("No creator with id %1.").arg(id)};
}

bool execBound(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec();
}

} // namespace

CreatorRepository::CreatorRepository(QSqlDatabase db, WorkspaceEvents *events, const Clock &clock)
    : m_db(std::move(db)), m_events(events), m_clock(clock)
{
}

QString CreatorRepository::selectColumns()
{
    return QStringLiteral("id, ") + creator_row::columns().join(QStringLiteral(", "));
}

Status CreatorRepository::write(const Creator &input, bool insert, bool keepTimes, qint64 *newId)
{
    Creator c = input;
    c.handle = Creator::normaliseHandle(c.handle);
    if (c.handle.isEmpty())
        return {Error::Code::InvalidArgument, QStringLiteral("A creator needs a handle.")};
    // New values only: an undo restores a creator exactly as it was stored.
    if (const QString why = creatorLimitProblem(c); !keepTimes && !why.isEmpty())
        return {Error::Code::InvalidArgument, why};
    const QDateTime now = m_clock.now();
    if (!keepTimes) {
        if (insert || !c.createdAt.isValid())
            c.createdAt = insert ? now : c.createdAt;
        c.updatedAt = now;
    }
    if (!c.createdAt.isValid())
        c.createdAt = now;
    if (!c.updatedAt.isValid())
        c.updatedAt = now;

    const QStringList &cols = creator_row::columns();
    QVariantList binds = creator_row::values(c);
    QString sql;
    if (insert) {
        QStringList names = cols;
        QStringList marks(cols.size(), QStringLiteral("?"));
        if (c.id > 0) {
            names.prepend(QStringLiteral("id"));
            marks.prepend(QStringLiteral("?"));
            binds.prepend(c.id);
        }
        sql = QStringLiteral("INSERT INTO creators (%1) VALUES (%2)")
                  .arg(names.join(u','), marks.join(u','));
    } else {
        QStringList sets;
        for (const QString &col : cols) {
            if (col != u"created_at")
                sets << col + QStringLiteral(" = ?");
        }
        binds.removeAt(cols.indexOf(QStringLiteral("created_at")));
        binds << c.id;
        sql = QStringLiteral("UPDATE creators SET %1 WHERE id = ?").arg(sets.join(u','));
    }
    QSqlQuery q(m_db);
    if (!execBound(q, sql, binds)) {
        Error e = databaseError(q.lastError(), QStringLiteral("Saving @%1 failed").arg(c.handle));
        if (e.code == Error::Code::Conflict)
            e.message = QStringLiteral("@%1 is already in the workspace for %2.")
                            .arg(c.handle, platformDisplayName(c.platform));
        return e;
    }
    if (!insert && q.numRowsAffected() == 0)
        return notFound(c.id);
    if (newId)
        *newId = q.lastInsertId().toLongLong();
    if (m_events) {
        if (insert)
            emit m_events->creatorsChanged();
        else
            emit m_events->creatorUpdated(c.id);
    }
    return {};
}

Result<qint64> CreatorRepository::insert(const Creator &creator)
{
    Creator c = creator;
    c.id = 0;
    qint64 id = 0;
    if (const Status s = write(c, true, false, &id))
        return s;
    return id;
}

Status CreatorRepository::restore(const Creator &creator)
{
    if (creator.id <= 0)
        return {Error::Code::InvalidArgument, QStringLiteral("Only a stored creator can be restored.")};
    return write(creator, true, true, nullptr);
}

Status CreatorRepository::update(const Creator &creator)
{
    return write(creator, false, false, nullptr);
}

Status CreatorRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("DELETE FROM creators WHERE id = ?"), {id})) {
        Error e = databaseError(q.lastError(), QStringLiteral("Deleting the creator failed"));
        if (e.code == Error::Code::Conflict) { // a roster entry refers to the creator
            e.message = QStringLiteral("The creator is on a campaign roster; remove it there first.");
        }
        return e;
    }
    if (q.numRowsAffected() == 0)
        return notFound(id);
    if (m_events)
        emit m_events->creatorsChanged();
    return {};
}

Result<Creator> CreatorRepository::get(qint64 id) const
{
    auto rows = getMany({id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return notFound(id);
    return rows->first();
}

Result<Creator> CreatorRepository::findByHandle(Platform platform, const QString &handle) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(q, QStringLiteral("SELECT %1 FROM creators WHERE platform = ? AND handle = ?")
                          .arg(selectColumns()),
                   {platformKey(platform), Creator::normaliseHandle(handle)}))
        return databaseError(q.lastError(), QStringLiteral("Reading the creator failed"));
    if (!q.next() && q.lastError().isValid())
        return databaseError(q.lastError(), QStringLiteral("Reading the creator failed"));
    if (!q.isValid())
        return Error{Error::Code::NotFound,
                     QStringLiteral("No %1 creator @%2.").arg(platformDisplayName(platform), handle)};
    return creator_row::fromQuery(q);
}

Result<QList<Creator>> CreatorRepository::getMany(const QList<qint64> &ids) const
{
    QList<Creator> out;
    if (ids.isEmpty())
        return out;
    // One query per batch of ids, then back into the order asked for.
    constexpr qsizetype kBatch = 500;
    QHash<qint64, Creator> found;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    for (qsizetype from = 0; from < ids.size(); from += kBatch) {
        const QList<qint64> batch = ids.mid(from, kBatch);
        QVariantList binds;
        for (qint64 id : batch)
            binds << id;
        const QString marks = QStringList(batch.size(), QStringLiteral("?")).join(u',');
        if (!execBound(q, QStringLiteral("SELECT %1 FROM creators WHERE id IN (%2)")
                              .arg(selectColumns(), marks),
                       binds))
            return databaseError(q.lastError(), QStringLiteral("Reading creators failed"));
        while (q.next()) {
            Creator c = creator_row::fromQuery(q);
            found.insert(c.id, std::move(c));
        }
        if (q.lastError().isValid())
            return databaseError(q.lastError(), QStringLiteral("Reading creators failed"));
    }
    out.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.constEnd())
            out << it.value();
    }
    return out;
}

Result<qint64> CreatorRepository::totalCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM creators")) || !q.next())
        return databaseError(q.lastError(), QStringLiteral("Counting creators failed"));
    return q.value(0).toLongLong();
}

Result<qint64> CreatorRepository::count(const CreatorFilter &filter, const TierScheme &scheme) const
{
    if (filter.isEmpty())
        return totalCount();
    const SqlFragment where = TextMatchCache::builder(m_db, filter, scheme).conditions();
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("SELECT count(*) FROM creators WHERE ") + where.sql,
                   where.binds)
        || !q.next())
        return databaseError(q.lastError(), QStringLiteral("Counting creators failed"));
    return q.value(0).toLongLong();
}

// SQLite's planner does not weigh LIMIT: for "tier + ER + country, by ER" it filters through the
// country index and sorts every match, though walking the ER index would meet the first page
// after a few hundred rows. So: when at least kBroadShare of the creators match, the sort index
// is named (INDEXED BY): a page then costs about limit / share index steps (≤ 20,000 at 0.5 %).
// Narrower filters keep the planner's choice: their few matches sort in no time.
bool CreatorRepository::isBroad(const CreatorFilter &filter, const TierScheme &scheme) const
{
    if (filter.isEmpty())
        return true;
    if (m_broadness.valid && m_broadness.filter == filter && m_broadness.scheme == scheme)
        return m_broadness.broad;
    constexpr double kBroadShare = 0.005;
    constexpr qint64 kMaxProbe = 5000;
    QSqlQuery q(m_db);
    qint64 size = 0;
    if (q.exec(QStringLiteral("SELECT max(id) FROM creators")) && q.next())
        size = q.value(0).toLongLong(); // an upper bound of the count, in O(log n)
    const qint64 needed = std::clamp<qint64>(qint64(double(size) * kBroadShare), 1, kMaxProbe);
    const SqlFragment where = TextMatchCache::builder(m_db, filter, scheme).conditions();
    bool broad = false;
    // A first look at the lowest ids, read in table order (a few ms): twice the share there
    // settles it. Left to the planner, the probe below may walk an index and fetch row after
    // row (150 ms for "TikTok, ER ≥ 3 %" at 1 M, which is a quarter of the creators). Full-text
    // matches are counted from their cached set instead, which is quick.
    constexpr qint64 kLookIds = 16'000;
    const bool fullText = !filter.text.trimmed().isEmpty() || !filter.niches.isEmpty();
    if (!fullText && size >= 10 * kLookIds) {
        QVariantList look = where.binds;
        look << kLookIds;
        if (execBound(q, QStringLiteral("SELECT count(*) FROM creators NOT INDEXED WHERE (%1) "
                                        "AND id <= (SELECT min(id) FROM creators) + ?")
                             .arg(where.sql),
                      look)
            && q.next())
            broad = double(q.value(0).toLongLong()) >= 2 * kBroadShare * double(kLookIds);
    }
    // Otherwise: are there as many matches as the share asks for, in all?
    QVariantList binds = where.binds;
    binds << needed;
    if (!broad
        && execBound(q, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM creators WHERE %1 LIMIT ?)")
                            .arg(where.sql),
                     binds)
        && q.next())
        broad = q.value(0).toLongLong() >= needed;
    m_broadness = {filter, scheme, broad, true};
    return broad;
}

QString CreatorRepository::source(const CreatorFilter &filter, const TierScheme &scheme,
                                  const CreatorSort &sort) const
{
    const QString index = CreatorQueryBuilder::sortIndex(sort.column);
    if (index.isEmpty() || !isBroad(filter, scheme))
        return QStringLiteral("creators");
    if (index == u"rowid")
        return QStringLiteral("creators NOT INDEXED");
    return QStringLiteral("creators INDEXED BY ") + index;
}

// ER vs benchmark sorts on a CASE expression no index serves; sorting every match costs seconds
// at 1 M. Broad filters merge walks of the ER index instead, for pages near a cursor (deep offsets
// keep the full sort: views serve them from an id snapshot). Narrow filters sort their matches.
bool CreatorRepository::usesErMerge(const CreatorFilter &filter, const TierScheme &scheme,
                                    const CreatorSort &sort, qint64 depth) const
{
    constexpr qint64 kMaxMergeDepth = 1000;
    return sort.column == CreatorSortColumn::ErVsBenchmark && depth <= kMaxMergeDepth
           && CreatorErMerge::serves(filter) && isBroad(filter, scheme);
}

Result<CreatorPage> CreatorRepository::runPage(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(q, sql, binds))
        return databaseError(q.lastError(), QStringLiteral("Reading creators failed"));
    CreatorPage page;
    const int keyColumn = int(creator_row::columns().size()) + 1;
    while (q.next()) {
        page.rows << creator_row::fromQuery(q);
        page.keys << CreatorSortKey{q.value(keyColumn), page.rows.last().id};
    }
    if (q.lastError().isValid()) // a damaged page ends the loop early: never a silent short page
        return databaseError(q.lastError(), QStringLiteral("Reading creators failed"));
    return page;
}

Result<CreatorPage> CreatorRepository::page(const CreatorFilter &filter, const TierScheme &scheme,
                                            const CreatorSort &sort, qint64 offset, int limit) const
{
    if (usesErMerge(filter, scheme, sort, offset + limit))
        return CreatorErMerge(m_db, filter, scheme, sort.descending)
            .page(*this, nullptr, offset, limit);
    const CreatorQueryBuilder builder = TextMatchCache::builder(m_db, filter, scheme);
    const SqlFragment where = builder.conditions();
    const SqlFragment key = builder.sortExpression(sort.column);
    const QLatin1String dir(sort.descending ? "DESC" : "ASC");
    const QString table = source(filter, scheme, sort);
    if (offset == 0) {
        QVariantList binds = key.binds + where.binds + key.binds;
        binds << limit;
        return runPage(QStringLiteral("SELECT %1, %2 FROM %5 WHERE %3 ORDER BY %2 %4, id %4 LIMIT ?")
                           .arg(selectColumns(), key.sql, where.sql, dir, table),
                       binds);
    }
    // Deep pages: skip the offset over ids only (an index-only walk when nothing filters), then
    // read the full rows of just this page.
    const QString sql = QStringLiteral("SELECT %1, %2 FROM creators WHERE id IN (SELECT id FROM %5 "
                                       "WHERE %3 ORDER BY %2 %4, id %4 LIMIT ? OFFSET ?) "
                                       "ORDER BY %2 %4, id %4")
                            .arg(selectColumns(), key.sql, where.sql, dir, table);
    QVariantList binds = key.binds + where.binds + key.binds;
    binds << limit << offset;
    binds += key.binds;
    return runPage(sql, binds);
}

Result<CreatorPage> CreatorRepository::pageAfter(const CreatorFilter &filter,
                                                 const TierScheme &scheme, const CreatorSort &sort,
                                                 const CreatorSortKey &after, int limit) const
{
    if (usesErMerge(filter, scheme, sort, limit))
        return CreatorErMerge(m_db, filter, scheme, sort.descending).page(*this, &after, 0, limit);
    const CreatorQueryBuilder builder = TextMatchCache::builder(m_db, filter, scheme);
    const SqlFragment where = builder.conditions();
    const SqlFragment key = builder.sortExpression(sort.column);
    const bool nullable = CreatorQueryBuilder::sortNullable(sort.column);
    const QLatin1String dir(sort.descending ? "DESC" : "ASC");
    const QLatin1String cmp(sort.descending ? "<" : ">");
    const QString table = source(filter, scheme, sort);

    // Segment of rows whose key is unknown, ordered by id alone.
    const auto nullSegment = [&](std::optional<qint64> afterId, int n) {
        QString cond = QStringLiteral("%1 IS NULL").arg(key.sql);
        QVariantList binds = key.binds + where.binds + key.binds;
        if (afterId) {
            cond += QStringLiteral(" AND id %1 ?").arg(cmp);
            binds << *afterId;
        }
        binds << n;
        return runPage(QStringLiteral("SELECT %1, %2 FROM %6 WHERE (%3) AND %4 "
                                      "ORDER BY id %5 LIMIT ?")
                           .arg(selectColumns(), key.sql, where.sql, cond, dir, table),
                       binds);
    };
    // Segment of rows with a known key, after (value, id) or from its start.
    const auto valueSegment = [&](const CreatorSortKey *from, int n) {
        QString cond = QStringLiteral("%1 IS NOT NULL").arg(key.sql);
        QVariantList binds = key.binds + where.binds;
        if (from) {
            cond = QStringLiteral("(%1, id) %2 (?, ?)").arg(key.sql, cmp);
            binds += key.binds;
            binds << from->value << from->id;
        } else {
            binds += key.binds;
        }
        binds += key.binds;
        binds << n;
        return runPage(QStringLiteral("SELECT %1, %2 FROM %6 WHERE (%3) AND %4 "
                                      "ORDER BY %2 %5, id %5 LIMIT ?")
                           .arg(selectColumns(), key.sql, where.sql, cond, dir, table),
                       binds);
    };
    const auto append = [limit](Result<CreatorPage> first,
                                const std::function<Result<CreatorPage>(int)> &more)
        -> Result<CreatorPage> {
        if (!first || first->rows.size() >= limit)
            return first;
        auto rest = more(limit - int(first->rows.size()));
        if (!rest)
            return rest.error();
        CreatorPage page = std::move(first).value();
        page.rows += rest->rows;
        page.keys += rest->keys;
        return page;
    };

    if (!nullable || !after.value.isNull()) {
        auto first = valueSegment(&after, limit);
        if (!nullable || !sort.descending)
            return first; // ascending: unknowns came first, so nothing follows the known values
        return append(std::move(first), [&](int n) { return nullSegment(std::nullopt, n); });
    }
    auto first = nullSegment(after.id, limit);
    if (sort.descending)
        return first; // descending: unknowns are last
    return append(std::move(first), [&](int n) { return valueSegment(nullptr, n); });
}

Result<QList<qint64>> CreatorRepository::orderedIds(const CreatorFilter &filter,
                                                    const TierScheme &scheme,
                                                    const CreatorSort &sort,
                                                    const std::atomic_bool *cancel) const
{
    if (sort.column == CreatorSortColumn::ErVsBenchmark)
        return CreatorErMerge(m_db, filter, scheme, sort.descending).orderedIds(cancel);
    // No INDEXED BY here: for all matches, filtering through the best filter index and sorting
    // the matches beats walking the sort order with a table lookup per row.
    const CreatorQueryBuilder builder = TextMatchCache::builder(m_db, filter, scheme);
    const SqlFragment where = builder.conditions();
    const SqlFragment key = builder.sortExpression(sort.column);
    const QLatin1String dir(sort.descending ? "DESC" : "ASC");
    SqlStatement stmt(m_db);
    if (const Status s = stmt.prepare(QStringLiteral("SELECT id FROM creators WHERE %1 "
                                                     "ORDER BY %2 %3, id %3")
                                          .arg(where.sql, key.sql, dir)))
        return s;
    stmt.bindAll(where.binds + key.binds);
    // The sort runs inside the first step; the progress handler lets a cancel stop it there too.
    sqlite3 *handle = sqliteHandle(m_db);
    const auto stop = [](void *flag) {
        return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0;
    };
    if (cancel)
        sqlite3_progress_handler(handle, 10'000, stop, const_cast<std::atomic_bool *>(cancel));
    const auto restore = qScopeGuard([handle] {
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    });
    QList<qint64> ids;
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW)
        ids << sqlite3_column_int64(stmt.handle(), 0);
    if (cancel && cancel->load())
        return Error{Error::Code::Cancelled, QStringLiteral("Cancelled.")};
    if (rc != SQLITE_DONE)
        return stmt.error(rc, "Reading creators failed");
    return ids;
}

Result<QStringList> CreatorRepository::distinct(const QString &column) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM creators WHERE %1 <> '' ORDER BY %1")
                    .arg(column)))
        return databaseError(q.lastError(), QStringLiteral("Reading creators failed"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    if (q.lastError().isValid())
        return databaseError(q.lastError(), QStringLiteral("Reading creators failed"));
    return out;
}

Result<QStringList> CreatorRepository::distinctCountries() const
{
    return distinct(QStringLiteral("country"));
}

Result<QStringList> CreatorRepository::distinctLanguages() const
{
    return distinct(QStringLiteral("language"));
}

Result<QStringList> CreatorRepository::explainPage(const CreatorFilter &filter,
                                                   const TierScheme &scheme,
                                                   const CreatorSort &sort) const
{
    const CreatorQueryBuilder builder = TextMatchCache::builder(m_db, filter, scheme);
    const SqlFragment where = builder.conditions();
    const SqlFragment key = builder.sortExpression(sort.column);
    const QLatin1String dir(sort.descending ? "DESC" : "ASC");
    QSqlQuery q(m_db);
    QVariantList binds = where.binds + key.binds;
    binds << 100;
    if (!execBound(q, QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM %4 WHERE %1 "
                                     "ORDER BY %2 %3, id %3 LIMIT ?")
                          .arg(where.sql, key.sql, dir, source(filter, scheme, sort)),
                   binds))
        return databaseError(q.lastError(), QStringLiteral("Explaining the query failed"));
    QStringList lines;
    while (q.next())
        lines << q.value(3).toString();
    return lines;
}

} // namespace tierscope::core
