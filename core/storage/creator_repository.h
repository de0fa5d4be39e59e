// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/domain/creator.h"
#include "core/domain/tier_scheme.h"
#include "core/storage/creator_filter.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <atomic>

namespace tierscope::core {

class WorkspaceEvents;

// Where a row stands in a sort order: the sort value (null for unknown) and the id tie-break.
struct CreatorSortKey
{
    QVariant value;
    qint64 id = 0;
};

struct CreatorPage
{
    QList<Creator> rows;
    QList<CreatorSortKey> keys; // one per row, for keyset continuation
};

// All creator SQL. Pages are served in the order (sort value, id); unknown values sort as the
// smallest (first ascending, last descending), consistently for offsets and keysets.
class CreatorRepository
{
public:
    explicit CreatorRepository(QSqlDatabase db, WorkspaceEvents *events = nullptr,
                               const Clock &clock = Clock::system());

    // Stores a new creator (the handle is normalised); returns its id. Conflict when the
    // platform + handle exists already.
    Result<qint64> insert(const Creator &creator);
    // Restores a creator exactly as it was, with its id and times (undo of a delete).
    Status restore(const Creator &creator);
    Status update(const Creator &creator);
    Status remove(qint64 id);

    Result<Creator> get(qint64 id) const;
    Result<Creator> findByHandle(Platform platform, const QString &handle) const;
    Result<QList<Creator>> getMany(const QList<qint64> &ids) const; // in the order given

    Result<qint64> totalCount() const;
    Result<qint64> count(const CreatorFilter &filter, const TierScheme &scheme) const;

    // Rows offset … offset + limit − 1 of the filtered, sorted result.
    Result<CreatorPage> page(const CreatorFilter &filter, const TierScheme &scheme,
                             const CreatorSort &sort, qint64 offset, int limit) const;
    // The limit rows that follow `after` in the same order (keyset paging: no deep OFFSET).
    Result<CreatorPage> pageAfter(const CreatorFilter &filter, const TierScheme &scheme,
                                  const CreatorSort &sort, const CreatorSortKey &after,
                                  int limit) const;

    // Every matching id in page order: a snapshot a view builds once per filter and sort (on a
    // worker connection) to serve any row by position and to know the count. Stops early with
    // Cancelled when *cancel turns true. Costs one pass over the matches (≈ 0.1–1.5 s at 1 M).
    Result<QList<qint64>> orderedIds(const CreatorFilter &filter, const TierScheme &scheme,
                                     const CreatorSort &sort,
                                     const std::atomic_bool *cancel = nullptr) const;

    // Distinct values present, for filter pickers (served by indexes).
    Result<QStringList> distinctCountries() const;
    Result<QStringList> distinctLanguages() const;

    // EXPLAIN QUERY PLAN of the first-page query, one line per step (for plan tests).
    Result<QStringList> explainPage(const CreatorFilter &filter, const TierScheme &scheme,
                                    const CreatorSort &sort) const;

    // The column list that fromRow() expects, for other readers of creators.
    static QString selectColumns();

private:
    // "creators", or "creators INDEXED BY <sort index>" when the filter is broad enough that
    // walking the sort order finds a page sooner than sorting every match (see the .cpp).
    QString source(const CreatorFilter &filter, const TierScheme &scheme,
                   const CreatorSort &sort) const;
    bool isBroad(const CreatorFilter &filter, const TierScheme &scheme) const;
    // ER vs benchmark, which no index serves: whether a page `depth` rows past its cursor is
    // merged from walks of the ER index (CreatorErMerge) instead of sorting every match.
    bool usesErMerge(const CreatorFilter &filter, const TierScheme &scheme, const CreatorSort &sort,
                     qint64 depth) const;

    Result<CreatorPage> runPage(const QString &sql, const QVariantList &binds) const;
    Result<QStringList> distinct(const QString &column) const;
    Status write(const Creator &creator, bool insert, bool keepTimes, qint64 *newId);

    QSqlDatabase m_db;
    WorkspaceEvents *m_events;
    const Clock &m_clock;

    struct BroadnessCache
    {
        CreatorFilter filter;
        TierScheme scheme;
        bool broad = false;
        bool valid = false;
    };
    mutable BroadnessCache m_broadness;
};

} // namespace tierscope::core
