// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/tier_scheme.h"
#include "core/storage/creator_filter.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace tierscope::core {

struct TierSummary
{
    Tier tier = Tier::Emerging;
    qint64 count = 0;
    qint64 withEr = 0;
    std::optional<double> medianEr;
    std::optional<double> lowerQuartileEr;
    std::optional<double> upperQuartileEr;
    std::optional<double> medianFollowers;
    std::optional<double> medianFeeMinor; // fees in `feeCurrency` only: no exchange rates offline
    std::optional<double> medianCpeMinor; // fee / (followers × ER), same currency
    std::optional<double> medianAuthenticity;
};

struct TierStatistics
{
    QList<TierSummary> tiers; // Emerging … Mega, every tier present (count may be 0)
    qint64 total = 0;          // creators matching, including those of unknown followers
    qint64 unknownFollowers = 0;
    QString feeCurrency;
};

// Per-tier statistics over every creator matching the filter, computed in one pass over the
// database (raw SQLite reads; no view or model involved).
Result<TierStatistics> computeTierStatistics(QSqlDatabase db, const TierScheme &scheme,
                                             const CreatorFilter &filter,
                                             const QString &feeCurrency);

} // namespace tierscope::core
