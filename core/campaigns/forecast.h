// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/campaign_plan.h"

#include <optional>

namespace tierscope::core {

// What one roster entry is expected to deliver (DESIGN.md §1), and what it did once live.
// Money ratios are doubles of minor units (see campaign_math.h). Unknown is std::nullopt.
struct EntryForecast
{
    qint64 entryId = 0;
    int deliverables = 0;                       // Σ quantities
    std::optional<double> expectedImpressions;  // deliverables × (views, else followers × rate)
    bool impressionsFromDefaultRate = false;    // the estimate used the platform's default rate
    std::optional<double> expectedEngagements;  // deliverables × followers (avg views for an
                                                // ER by views) × ER
    std::optional<double> cpeMinor;             // fee / expected engagements
    std::optional<double> cpmMinor;             // fee / expected impressions × 1000

    // Actuals, summed over published deliverables that have any measured value (to date: the
    // fee is the whole fee even when only some deliverables are live).
    int measuredDeliverables = 0;   // Σ quantities of those deliverables
    int engagementDeliverables = 0; // … of those with likes, comments or shares
    std::optional<qint64> actualViews;
    // likes + comments + shares, the components of ER (§1); saves are not part of it, so the
    // actual ER compares with the creator's ER like for like.
    std::optional<qint64> actualEngagements;
    std::optional<qint64> actualClicks;
    std::optional<qint64> actualConversions;
    std::optional<qint64> actualRevenueMinor;
    std::optional<double> actualEr;         // engagements / (followers × engagementDeliverables)
    std::optional<double> actualCpeMinor;   // fee / actual engagements
    std::optional<double> actualCpmMinor;   // fee / actual views × 1000
    std::optional<double> roi;              // (revenue − fee) / fee

    bool hasActuals() const { return measuredDeliverables > 0; }
};

struct CampaignForecast
{
    QList<EntryForecast> entries; // roster order; declined entries left out
    // Totals over the entries whose figure is known (the counts say how many that was).
    double expectedImpressions = 0;
    double expectedEngagements = 0;
    int entriesWithEstimate = 0;            // entries with expected engagements
    int entriesWithImpressionEstimate = 0;  // entries with expected impressions
    std::optional<double> cpeMinor; // Σ fees / Σ engagements over entries with both
    std::optional<double> cpmMinor; // Σ fees / Σ impressions × 1000 over entries with both

    // Actual totals over the entries with measured deliverables. Each ratio pairs fees and
    // results of the same entries: CPE over entries with a fee and engagements, CPM over entries
    // with a fee and views, ROI over entries with a fee and revenue, ER over entries with known
    // followers and engagements. Integer sums (here and per entry) are checked: one that leaves
    // qint64 is held at checked::kTooLarge ("too large to compute"), never wrapped; a ratio
    // with such a part is unknown.
    int entriesWithActuals = 0;
    qint64 actualViews = 0;
    qint64 actualEngagements = 0;
    qint64 actualRevenueMinor = 0;
    qint64 measuredCostMinor = 0; // fees of entries with measured deliverables
    std::optional<double> actualEr;
    std::optional<double> actualCpeMinor;
    std::optional<double> actualCpmMinor;
    std::optional<double> roi;
    // The forecast of those same entries, to set beside the actual ratios: ER weighted like the
    // actual ER (followers × measured deliverables; entries with a known ER), CPE and CPM over
    // the entries of the actual ratio that also have an estimate.
    std::optional<double> measuredForecastEr;
    std::optional<double> measuredForecastCpeMinor;
    std::optional<double> measuredForecastCpmMinor;

    const EntryForecast *entry(qint64 entryId) const;
};

CampaignForecast forecastCampaign(const CampaignPlan &plan);

} // namespace tierscope::core
