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

void measure(EntryForecast &f, const QList<Deliverable> &deliverables)
{
    for (const Deliverable &d : deliverables) {
        const DeliverableActuals &a = d.actuals;
        if (d.status != DeliverableStatus::Published || a.isEmpty())
            continue;
        f.measuredDeliverables += d.quantity;
        addTo(f.actualViews, a.views);
        std::optional<qint64> interactions;
        for (const auto &part : {a.likes, a.comments, a.shares, a.saves})
            addTo(interactions, part);
        addTo(f.actualEngagements, interactions);
        addTo(f.actualClicks, a.clicks);
        addTo(f.actualConversions, a.conversions);
        if (a.revenue)
            addTo(f.actualRevenueMinor, a.revenue->minor());
    }
}

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
    double feesWithEngagements = 0;
    double engagementsWithFee = 0;
    double feesWithImpressions = 0;
    double impressionsWithFee = 0;
    for (const RosterEntry &e : plan.roster) {
        if (!inPipeline(e.stage))
            continue;
        EntryForecast f;
        f.entryId = e.id;
        f.deliverables = plan.deliverableCount(e.id);
        const Creator *c = plan.creatorOf(e);
        const std::optional<qint64> fee = e.fee ? std::optional<qint64>(e.fee->minor()) : std::nullopt;
        if (c && f.deliverables > 0) {
            f.impressionsFromDefaultRate = !c->avgViews.has_value();
            f.expectedImpressions = expectedImpressions(c->followers, c->avgViews,
                                                        plan.viewRate(c->platform), f.deliverables);
            f.expectedEngagements = expectedEngagements(c->followers, c->engagementRate,
                                                        f.deliverables);
            f.cpeMinor = costPerEngagement(fee, f.expectedEngagements);
            f.cpmMinor = costPerMille(fee, f.expectedImpressions);
        }
        measure(f, plan.deliverables.value(e.id));
        if (f.measuredDeliverables > 0) {
            if (c && c->followers && *c->followers > 0 && f.actualEngagements)
                f.actualEr = double(*f.actualEngagements)
                             / (double(*c->followers) * f.measuredDeliverables);
            f.actualCpeMinor = costPerEngagement(
                fee, f.actualEngagements ? std::optional<double>(double(*f.actualEngagements))
                                         : std::nullopt);
            f.actualCpmMinor = costPerMille(
                fee, f.actualViews ? std::optional<double>(double(*f.actualViews)) : std::nullopt);
            f.roi = returnOnInvestment(f.actualRevenueMinor, fee);
            total.actualViews += f.actualViews.value_or(0);
            total.actualEngagements += f.actualEngagements.value_or(0);
            total.actualRevenueMinor += f.actualRevenueMinor.value_or(0);
            total.measuredCostMinor += fee.value_or(0);
        }
        if (f.expectedEngagements) {
            ++total.entriesWithEstimate;
            total.expectedEngagements += *f.expectedEngagements;
            if (fee) {
                feesWithEngagements += double(*fee);
                engagementsWithFee += *f.expectedEngagements;
            }
        }
        if (f.expectedImpressions) {
            total.expectedImpressions += *f.expectedImpressions;
            if (fee) {
                feesWithImpressions += double(*fee);
                impressionsWithFee += *f.expectedImpressions;
            }
        }
        total.entries << f;
    }
    if (engagementsWithFee > 0)
        total.cpeMinor = feesWithEngagements / engagementsWithFee;
    if (impressionsWithFee > 0)
        total.cpmMinor = feesWithImpressions / impressionsWithFee * 1000.0;
    if (total.actualEngagements > 0 && total.measuredCostMinor > 0)
        total.actualCpeMinor = double(total.measuredCostMinor) / double(total.actualEngagements);
    if (total.measuredCostMinor > 0)
        total.roi = returnOnInvestment(total.actualRevenueMinor, total.measuredCostMinor);
    return total;
}

} // namespace tierscope::core
