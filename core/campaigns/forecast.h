// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/campaign_plan.h"

#include <optional>

namespace tierscope::core {

// What one roster entry is expected to deliver (DESIGN.md §1), and what it did once live.
struct EntryForecast
{
    qint64 entryId = 0;
    int deliverables = 0;                       // Σ quantities
    std::optional<double> expectedImpressions;  // deliverables × (views, else followers × rate)
    bool impressionsFromDefaultRate = false;    // views unknown: the platform default was used
    std::optional<double> expectedEngagements;  // deliverables × followers × ER
    std::optional<double> cpeMinor;             // fee / expected engagements
    std::optional<double> cpmMinor;             // fee / expected impressions × 1000

    // Actuals, summed over published deliverables that have any measured value.
    int measuredDeliverables = 0;
    std::optional<qint64> actualViews;
    std::optional<qint64> actualEngagements; // likes + comments + shares (+ saves)
    std::optional<qint64> actualClicks;
    std::optional<qint64> actualConversions;
    std::optional<qint64> actualRevenueMinor;
    std::optional<double> actualEr;         // engagements / (followers × measured deliverables)
    std::optional<double> actualCpeMinor;
    std::optional<double> actualCpmMinor;
    std::optional<double> roi;              // (revenue − fee) / fee
};

struct CampaignForecast
{
    QList<EntryForecast> entries; // roster order; declined entries left out
    // Totals over the entries whose figure is known (the counts say how many that was).
    double expectedImpressions = 0;
    double expectedEngagements = 0;
    int entriesWithEstimate = 0;
    std::optional<double> cpeMinor; // over entries with both a fee and an estimate
    std::optional<double> cpmMinor;
    qint64 actualViews = 0;
    qint64 actualEngagements = 0;
    qint64 actualRevenueMinor = 0;
    qint64 measuredCostMinor = 0; // fees of entries with measured deliverables
    std::optional<double> actualCpeMinor;
    std::optional<double> roi;

    const EntryForecast *entry(qint64 entryId) const;
};

CampaignForecast forecastCampaign(const CampaignPlan &plan);

} // namespace tierscope::core
