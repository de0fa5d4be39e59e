// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaigns/forecast.h"

#include "core/analytics/campaign_math.h"

namespace tierscope::core {

namespace {

void addTo(std::optional<qint64> &sum, const std::optional<qint64> &v)
{
    if (v)
        sum = sum.value_or(0) + *v;
}

std::optional<double> asDouble(const std::optional<qint64> &v)
{
    return v ? std::optional<double>(double(*v)) : std::nullopt;
}

void measure(EntryForecast &f, const QList<Deliverable> &deliverables)
{
    for (const Deliverable &d : deliverables) {
        const DeliverableActuals &a = d.actuals;
        if (d.status != DeliverableStatus::Published || a.isEmpty())
            continue;
        f.measuredDeliverables += d.quantity;
        addTo(f.actualViews, a.views);
        // The components of ER (DESIGN.md §1); a missing one is absent, not zero.
        std::optional<qint64> interactions;
        for (const auto &part : {a.likes, a.comments, a.shares})
            addTo(interactions, part);
        if (interactions)
            f.engagementDeliverables += d.quantity;
        addTo(f.actualEngagements, interactions);
        addTo(f.actualClicks, a.clicks);
        addTo(f.actualConversions, a.conversions);
        if (a.revenue)
            addTo(f.actualRevenueMinor, a.revenue->minor());
    }
}

// Σ numerator / Σ denominator over the entries where both are known.
struct Ratio
{
    double numerator = 0;
    double denominator = 0;

    void add(double n, double d)
    {
        numerator += n;
        denominator += d;
    }
    std::optional<double> value(double scale = 1.0) const
    {
        return denominator > 0 ? std::optional<double>(numerator / denominator * scale)
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
            f.expectedEngagements = expectedEngagements(c->followers, c->engagementRate,
                                                        f.deliverables);
            f.cpeMinor = costPerEngagement(fee, f.expectedEngagements);
            f.cpmMinor = costPerMille(fee, f.expectedImpressions);
        }
        measure(f, plan.deliverables.value(e.id));
        if (f.hasActuals()) {
            if (c && c->followers && *c->followers > 0 && f.actualEngagements
                && f.engagementDeliverables > 0) {
                const double reach = double(*c->followers) * f.engagementDeliverables;
                f.actualEr = double(*f.actualEngagements) / reach;
                actualEr.add(double(*f.actualEngagements), reach);
                if (c->engagementRate)
                    forecastEr.add(*c->engagementRate * reach, reach);
            }
            f.actualCpeMinor = costPerEngagement(fee, asDouble(f.actualEngagements));
            f.actualCpmMinor = costPerMille(fee, asDouble(f.actualViews));
            f.roi = returnOnInvestment(f.actualRevenueMinor, fee);
            ++total.entriesWithActuals;
            total.actualViews += f.actualViews.value_or(0);
            total.actualEngagements += f.actualEngagements.value_or(0);
            total.actualRevenueMinor += f.actualRevenueMinor.value_or(0);
            total.measuredCostMinor += fee.value_or(0);
            if (fee && f.actualEngagements) {
                actualCpe.add(double(*fee), double(*f.actualEngagements));
                if (f.expectedEngagements)
                    forecastCpe.add(double(*fee), *f.expectedEngagements);
            }
            if (fee && f.actualViews) {
                actualCpm.add(double(*fee), double(*f.actualViews));
                if (f.expectedImpressions)
                    forecastCpm.add(double(*fee), *f.expectedImpressions);
            }
            if (fee && f.actualRevenueMinor) {
                roiRevenue += *f.actualRevenueMinor;
                roiCost += *fee;
            }
        }
        if (f.expectedEngagements) {
            ++total.entriesWithEstimate;
            total.expectedEngagements += *f.expectedEngagements;
            if (fee)
                cpe.add(double(*fee), *f.expectedEngagements);
        }
        if (f.expectedImpressions) {
            ++total.entriesWithImpressionEstimate;
            total.expectedImpressions += *f.expectedImpressions;
            if (fee)
                cpm.add(double(*fee), *f.expectedImpressions);
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
