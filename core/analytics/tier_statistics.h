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
    // The tier's benchmark (the platform's own when the filter picks exactly one platform) and
    // median ER − benchmark ER, a fraction (0.004 is +0.4 pt).
    std::optional<Benchmark> benchmark;
    std::optional<double> erVsBenchmark;
    std::optional<double> medianFollowers;
    std::optional<double> medianFeeMinor; // fees in `feeCurrency` only: no exchange rates offline
    std::optional<double> medianCpeMinor; // fee / (followers × ER) of one post, same currency
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
