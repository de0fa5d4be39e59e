// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/engagement.h"
#include "core/storage/creator_filter.h"

#include <QCoreApplication>
#include <QString>

namespace tierscope::ui {

// The columns of the creators table, in display order.
enum class CreatorColumn {
    Handle,
    Name,
    Platform,
    Tier,
    Followers,
    EngagementRate,
    ErVsBenchmark,
    AvgViews,
    Niches,
    Country,
    Language,
    Authenticity,
    SponsoredRatio,
    Fee,
    CostPerEngagement,
    MetricsAsOf,
};

// What each column is called, means, and sorts by.
class CreatorColumns
{
    Q_DECLARE_TR_FUNCTIONS(CreatorColumns)
public:
    static constexpr int count = int(CreatorColumn::MetricsAsOf) + 1;
    static QString title(CreatorColumn c);
    // What the column means, with its formula; the ER column says each platform's basis when
    // the workspace's bases are given.
    static QString toolTip(CreatorColumn c, const core::ErBases *bases = nullptr);
    static bool isNumeric(CreatorColumn c);  // right-aligned
    static core::CreatorSortColumn sortColumn(CreatorColumn c);
    // Sensible first sort direction: largest first for metrics, A→Z for text.
    static bool sortsDescendingFirst(CreatorColumn c);
};

} // namespace tierscope::ui
