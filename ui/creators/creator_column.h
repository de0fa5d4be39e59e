// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    static QString toolTip(CreatorColumn c); // what the column means, with its formula
    static bool isNumeric(CreatorColumn c);  // right-aligned
    static core::CreatorSortColumn sortColumn(CreatorColumn c);
    // Sensible first sort direction: largest first for metrics, A→Z for text.
    static bool sortsDescendingFirst(CreatorColumn c);
};

} // namespace tierscope::ui
