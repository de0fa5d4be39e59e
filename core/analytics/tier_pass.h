// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/tier_accumulator.h"
#include "core/common/result.h"
#include "core/storage/creator_filter.h"
#include "core/storage/creator_query_builder.h"

#include <QSqlDatabase>
#include <QString>

namespace tierscope::core {

// One pass over the creators matching a filter, feeding a TierAccumulator: shared by
// computeTierStatistics() and buildTierChartData().
//
// How SQLite reads the rows matters most here. Left to itself, the planner answers a platform
// or follower-range condition by walking an index and fetching every match from the table,
// ~2.5 µs a row: 2.4 s for the micro tier of 1,000,000 creators, where reading the whole table
// in order takes ~0.5 s. So the pass reads the table in order (NOT INDEXED; full-text matches
// still come by rowid), unless the countries or languages asked for hold under 15 % of the
// creators (their covering indexes count that at once): then the index is the quicker way.
//
// A table read of a large workspace is split by id range over several threads, each on its own
// read-only connection (up to four; one per ~150,000 ids), and their accumulators merged: the
// statistics and the sample come out exactly as from one pass. Full-text and index-led passes,
// in-memory databases and callers inside a transaction (whose changes other connections cannot
// see) keep to one pass on the caller's connection, as does any split that fails to start.
class TierPass
{
public:
    // samplePerTier: how many candidates each tier keeps for the chart (0: no sample).
    TierPass(const TierScheme &scheme, QString feeCurrency, int samplePerTier = 0);

    Status run(const QSqlDatabase &db, const CreatorFilter &filter);

    // The statistics of the pass (call once, after run(); it consumes the gathered values).
    TierStatistics takeStatistics(const CreatorFilter &filter);

    // Per tier (index: Tier), the candidates with known followers and ER; the statistics'
    // withEr says how many there were in all.
    const StratifiedSample &sample() const { return m_all.sample(); }

    // How many pieces the last run() read in parallel (1: one pass on the caller's connection).
    int piecesUsed() const { return m_piecesUsed; }

private:
    bool preferIndexes(const QSqlDatabase &db, const CreatorFilter &filter) const;
    // The table read split over threads; false (and nothing gathered) when it could not be.
    bool runSplit(const QSqlDatabase &db, const SqlFragment &where, const QVariantList &binds);

    TierScheme m_scheme;
    QString m_feeCurrency;
    int m_samplePerTier;
    int m_piecesUsed = 0;
    TierAccumulator m_all;
};

} // namespace tierscope::core
