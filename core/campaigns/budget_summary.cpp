// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaigns/budget_summary.h"

namespace tierscope::core {

namespace {

void add(BudgetLine &line, const RosterEntry &e, qint64 fee)
{
    ++line.entries;
    line.plannedMinor = checked::add(line.plannedMinor, fee);
    if (isCommitted(e.stage))
        line.committedMinor = checked::add(line.committedMinor, fee);
    if (e.paymentState == PaymentState::Paid)
        line.paidMinor = checked::add(line.paidMinor, fee);
}

} // namespace

BudgetSummary summarizeBudget(const CampaignPlan &plan, const TierScheme &scheme)
{
    BudgetSummary s;
    s.currency = plan.campaign.currency();
    s.budgetMinor = plan.campaign.budget.minor();
    for (const RosterEntry &e : plan.roster) {
        if (!inPipeline(e.stage))
            continue;
        if (!e.fee)
            ++s.entriesWithoutFee;
        const qint64 fee = e.fee ? e.fee->minor() : 0;
        add(s.total, e, fee);
        if (const Creator *c = plan.creatorOf(e)) {
            add(s.byPlatform[c->platform], e, fee);
            if (const auto tier = scheme.tier(c->followers))
                add(s.byTier[*tier], e, fee);
        }
    }
    return s;
}

} // namespace tierscope::core
