// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/tier_scheme.h"
#include "core/storage/creator_filter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tierscope::core {

struct TierSummary
{
    Tier tier = Tier::Emerging;
    qint64 count = 0; // matching creators in the tier
    qint64 withEr = 0; // … of which the ER is known: the ER statistics cover these
    double share =
        0.0; // count / TierStatistics::total (creators of unknown followers have no tier)
    std::optional<double> medianEr;
    std::optional<double> lowerQuartileEr;
    std::optional<double> upperQuartileEr;
    qint64 withErByViews = 0; // … of which the ER is by views (docs/ENGAGEMENT.md)
    // The tier's benchmarks (the platform's own when the filter picks exactly one platform) on
    // the bases its ERs are on: by followers (reported ERs count as by followers; set too when
    // no ER is known) and by views. Median over the tier of each ER − the benchmark of its
    // basis, a fraction (0.004 is +0.4 pt): median ER − benchmark when all share one basis.
    std::optional<Benchmark> benchmark;
    std::optional<Benchmark> viewsBenchmark;
    std::optional<double> erVsBenchmark;
    std::optional<double> medianFollowers;
    std::optional<double> medianFeeMinor; // fees in `feeCurrency` only: no exchange rates offline
    std::optional<double> medianCpeMinor; // fee / (base × ER) of one post, same currency (base:
                                          // avg views for an ER by views, else followers)
    std::optional<double> medianAuthenticity;
};

// Quantiles follow core/analytics/quantiles.h (linear interpolation between closest ranks).
struct TierStatistics
{
    QList<TierSummary> tiers; // Emerging … Mega, every tier present (count may be 0)
    qint64 total = 0; // creators matching, including those of unknown followers
    qint64 unknownFollowers = 0;
    QString feeCurrency;
};

// Per-tier statistics over every creator matching the filter, computed in one pass over the
// database (raw SQLite reads; no view or model involved).
Result<TierStatistics> computeTierStatistics(QSqlDatabase db, const TierScheme &scheme,
                                             const CreatorFilter &filter,
                                             const QString &feeCurrency);

} // namespace tierscope::core
