// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaigns/forecast.h"

#include "core/analytics/campaign_math.h"
#include "core/analytics/checked_arithmetic.h"
#include "core/analytics/creator_engagement.h"

namespace tierscope::core {

namespace {

using checked::addTo;
using checked::toDouble;

void measure(EntryForecast &f, const QList<Deliverable> &deliverables)
{
    for (const Deliverable &d : deliverables) {
        const DeliverableActuals &a = d.actuals;
        if (d.status != DeliverableStatus::Published || a.isEmpty())
            continue;
        f.measuredDeliverables = checked::add(f.measuredDeliverables, d.quantity);
        addTo(f.actualViews, a.views);
        // The components of ER (DESIGN.md §1); a missing one is absent, not zero.
        std::optional<qint64> interactions;
        for (const auto &part : {a.likes, a.comments, a.shares})
            addTo(interactions, part);
        if (interactions)
            f.engagementDeliverables = checked::add(f.engagementDeliverables, d.quantity);
        addTo(f.actualEngagements, interactions);
        addTo(f.actualClicks, a.clicks);
        addTo(f.actualConversions, a.conversions);
        if (a.revenue)
            addTo(f.actualRevenueMinor, a.revenue->minor());
    }
}

// Σ numerator / Σ denominator over the entries where both are known. A part too large to
// compute (unknown here) makes the whole ratio unknown: leaving it out would change what the
// ratio is of without a word.
struct Ratio
{
    double numerator = 0;
    double denominator = 0;
    bool spoiled = false;

    void add(std::optional<double> n, std::optional<double> d)
    {
        if (!n || !d) {
            spoiled = true;
            return;
        }
        numerator += *n;
        denominator += *d;
    }
    std::optional<double> value(double scale = 1.0) const
    {
        return !spoiled && denominator > 0
                   ? std::optional<double>(numerator / denominator * scale)
                   : std::nullopt;
    }
};

} // namespace

const EntryForecast *CampaignForecast::entry(qint64 entryId) const
{
    for (const EntryForecast &e : entries) {
        if (e.entryId == entryId)
            return &e;
    }
    return nullptr;
}

CampaignForecast forecastCampaign(const CampaignPlan &plan)
{
    CampaignForecast total;
    Ratio cpe, cpm, actualCpe, actualCpm, actualEr;
    Ratio forecastEr, forecastCpe, forecastCpm; // of the measured entries
    qint64 roiRevenue = 0;
    qint64 roiCost = 0;
    for (const RosterEntry &e : plan.roster) {
        if (!inPipeline(e.stage))
            continue;
        EntryForecast f;
        f.entryId = e.id;
        f.deliverables = plan.deliverableCount(e.id);
        const Creator *c = plan.creatorOf(e);
        const std::optional<qint64> fee
            = e.fee ? std::optional<qint64>(e.fee->minor()) : std::nullopt;
        if (c && f.deliverables > 0) {
            f.expectedImpressions = expectedImpressions(c->followers, c->avgViews,
                                                        plan.viewRate(c->platform), f.deliverables);
            f.impressionsFromDefaultRate = f.expectedImpressions && !c->avgViews;
            f.expectedEngagements = expectedEngagementsOf(*c, f.deliverables);
            f.cpeMinor = costPerEngagement(fee, f.expectedEngagements);
            f.cpmMinor = costPerMille(fee, f.expectedImpressions);
        }
        measure(f, plan.deliverables.value(e.id));
        if (f.hasActuals()) {
            const std::optional<double> feeValue = toDouble(fee);
            const std::optional<double> engagements = toDouble(f.actualEngagements);
            const std::optional<double> views = toDouble(f.actualViews);
            if (c && c->followers && *c->followers > 0 && f.actualEngagements
                && f.engagementDeliverables > 0) {
                const std::optional<double> reach =
                    checked::isTooLarge(*c->followers)
                            || f.engagementDeliverables >= checked::kTooLargeInt
                        ? std::nullopt
                        : std::optional<double>(double(*c->followers) * f.engagementDeliverables);
                if (engagements && reach)
                    f.actualEr = *engagements / *reach;
                actualEr.add(engagements, reach);
                // Forecast engagements per follower reached, as the actual ER is measured
                // (an ER by views forecasts avg views × ER engagements a post).
                if (c->engagementRate)
                    forecastEr.add(reach ? expectedEngagementsOf(*c, f.engagementDeliverables)
                                         : std::nullopt,
                                   reach);
            }
            f.actualCpeMinor = costPerEngagement(fee, engagements);
            f.actualCpmMinor = costPerMille(fee, views);
            f.roi = returnOnInvestment(f.actualRevenueMinor, fee);
            ++total.entriesWithActuals;
            total.actualViews = checked::add(total.actualViews, f.actualViews.value_or(0));
            total.actualEngagements =
                checked::add(total.actualEngagements, f.actualEngagements.value_or(0));
            total.actualRevenueMinor =
                checked::add(total.actualRevenueMinor, f.actualRevenueMinor.value_or(0));
            total.measuredCostMinor = checked::add(total.measuredCostMinor, fee.value_or(0));
            if (fee && f.actualEngagements) {
                actualCpe.add(feeValue, engagements);
                if (f.expectedEngagements)
                    forecastCpe.add(feeValue, *f.expectedEngagements);
            }
            if (fee && f.actualViews) {
                actualCpm.add(feeValue, views);
                if (f.expectedImpressions)
                    forecastCpm.add(feeValue, *f.expectedImpressions);
            }
            if (fee && f.actualRevenueMinor) {
                roiRevenue = checked::add(roiRevenue, *f.actualRevenueMinor);
                roiCost = checked::add(roiCost, *fee);
            }
        }
        if (f.expectedEngagements) {
            ++total.entriesWithEstimate;
            total.expectedEngagements += *f.expectedEngagements;
            if (fee)
                cpe.add(toDouble(fee), *f.expectedEngagements);
        }
        if (f.expectedImpressions) {
            ++total.entriesWithImpressionEstimate;
            total.expectedImpressions += *f.expectedImpressions;
            if (fee)
                cpm.add(toDouble(fee), *f.expectedImpressions);
        }
        total.entries << f;
    }
    total.cpeMinor = cpe.value();
    total.cpmMinor = cpm.value(1000.0);
    total.actualEr = actualEr.value();
    total.actualCpeMinor = actualCpe.value();
    total.actualCpmMinor = actualCpm.value(1000.0);
    total.measuredForecastEr = forecastEr.value();
    total.measuredForecastCpeMinor = forecastCpe.value();
    total.measuredForecastCpmMinor = forecastCpm.value(1000.0);
    total.roi = returnOnInvestment(std::optional<qint64>(roiRevenue),
                                   std::optional<qint64>(roiCost));
    return total;
}

} // namespace tierscope::core
