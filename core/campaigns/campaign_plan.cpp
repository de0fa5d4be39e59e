// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaigns/campaign_plan.h"

#include "core/analytics/checked_arithmetic.h"
#include "core/storage/settings_repository.h"

namespace tierscope::core {

const Creator *CampaignPlan::creatorOf(const RosterEntry &e) const
{
    const auto it = creators.constFind(e.creatorId);
    return it == creators.constEnd() ? nullptr : &it.value();
}

int CampaignPlan::deliverableCount(qint64 entryId) const
{
    int n = 0;
    for (const Deliverable &d : deliverables.value(entryId))
        n = checked::add(n, d.quantity);
    return n;
}

double CampaignPlan::viewRate(Platform p) const
{
    return viewRates.value(p, SettingsRepository::builtInViewRate(p));
}

} // namespace tierscope::core
