// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/tier_scheme.h"
#include "core/storage/creator_filter.h"
#include "core/storage/creator_repository.h"

#include <QList>
#include <QSqlDatabase>

#include <atomic>
#include <optional>

namespace tierscope::core {

// The ER-vs-benchmark order (engagement_rate − the benchmark of the creator's tier on its ER
// basis, a platform override first; unknown first ascending, last descending; ties by id)
// without sorting every match. Within one tier and basis (and platform, where the scheme
// overrides it) the benchmark is a constant, so the known keys are a merge of streams, one per
// (tier, basis, platform), each walked along idx_creators_er in (engagement_rate, id) order.
//
// Walking each stream from its cursor until it yields a page is not enough: ER falls with
// reach, so the first hundred mega creators lie below most of the index (seconds at 1 M). Each
// stream is walked through a window of keys that widens from the cursor until the page is
// full; from then on no stream is walked past the page's last key. A walk thus only visits the
// index near where its rows could still enter the page.
//
// Keys are computed by SQLite as `engagement_rate - ?` with the same double as the CASE
// expression of CreatorQueryBuilder::sortExpression(), so they equal its values exactly.
class CreatorErMerge
{
public:
    CreatorErMerge(const QSqlDatabase &db, const CreatorFilter &filter, const TierScheme &scheme,
                   bool descending);

    // Whether the merge can serve the filter: full-text conditions are left to the planner
    // (every stream query would rebuild the match set).
    static bool serves(const CreatorFilter &filter);

    // Ids and keys of the rows skip … skip + limit − 1 that follow `after` (nullptr: from the
    // first row), in page order.
    Result<QList<CreatorSortKey>> keys(const CreatorSortKey *after, qint64 skip, int limit) const;
    // Those rows, read through the repository.
    Result<CreatorPage> page(const CreatorRepository &repo, const CreatorSortKey *after,
                             qint64 skip, int limit) const;
    // Every matching id in page order (see CreatorRepository::orderedIds): the keys are read in
    // one pass and sorted here, as SQLite's sorter takes seconds over a million computed keys.
    Result<QList<qint64>> orderedIds(const std::atomic_bool *cancel) const;

private:
    struct Stream
    {
        QString condition; // the tier's follower range, and the platform
        QVariantList binds;
        double benchmark = 0;
    };
    struct Walk;
    struct Candidate;

    // The first n rows with a known key after `after` (nullptr: from the first).
    Result<QList<CreatorSortKey>> known(const CreatorSortKey *after, int n) const;
    // The first n rows with an unknown key, by id, after afterId.
    Result<QList<CreatorSortKey>> unknown(std::optional<qint64> afterId, int n) const;
    // The best and worst normalised key any row can have (none without a known rate): where
    // the first window starts, and where a window becomes unbounded.
    struct KeyBounds
    {
        double best;
        double worst;
    };
    Result<std::optional<KeyBounds>> keyBounds() const;

    QSqlDatabase m_db;
    const CreatorFilter &m_filter;
    const TierScheme &m_scheme;
    bool m_descending;
    QList<Stream> m_streams;
};

} // namespace tierscope::core
