// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/sql_row_pass.h"
#include "core/analytics/stratified_sample.h"
#include "core/analytics/tier_statistics.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace tierscope::core {

// What one pass over creators gathers for the per-tier statistics and the chart sample. Rows
// come as (id, followers, engagement_rate, fee_minor when in the statistics' currency else NULL,
// authenticity, er_basis, avg_views).
class TierAccumulator : public SqlRowPass::Sink
{
public:
    // samplePerTier: how many candidates each tier keeps for the chart (0: no sample).
    TierAccumulator(const TierScheme &scheme, int samplePerTier);

    void row(sqlite3_value **values) override;

    // Adds what another accumulator (same scheme and sample size) gathered over other rows.
    void merge(TierAccumulator &&other);

    // The statistics (call once: it consumes the gathered values). benchmarkPlatform: whose
    // benchmarks apply (the generic ones when unset); each ER is compared with the benchmark
    // of its own basis.
    TierStatistics takeStatistics(const TierScheme &scheme, const QString &feeCurrency,
                                  std::optional<Platform> benchmarkPlatform);

    const StratifiedSample &sample() const { return m_sample; }

private:
    struct Bucket
    {
        qint64 count = 0;
        // ERs by followers (reported ones too) and by views: each has its own benchmark.
        QList<double> er, erByViews, followers, fee, cpe, authenticity;
    };
    static constexpr int kTiers = 5;

    std::array<qint64, kTiers> m_lower {}; // tier thresholds, copied for the per-row path
    bool m_sampling;
    StratifiedSample m_sample;
    std::array<Bucket, kTiers> m_buckets;
    qint64 m_total = 0;
    qint64 m_unknownFollowers = 0;
};

} // namespace tierscope::core
