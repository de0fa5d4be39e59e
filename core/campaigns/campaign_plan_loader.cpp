// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaigns/campaign_plan_loader.h"

#include "core/storage/campaign_repository.h"
#include "core/storage/creator_repository.h"
#include "core/storage/settings_repository.h"

namespace tierscope::core {

Result<CampaignPlan> loadCampaignPlan(QSqlDatabase db, qint64 campaignId)
{
    const CampaignRepository campaigns(db);
    CampaignPlan plan;
    auto campaign = campaigns.get(campaignId);
    if (!campaign)
        return campaign.error();
    plan.campaign = *campaign;
    auto roster = campaigns.entries(campaignId);
    if (!roster)
        return roster.error();
    plan.roster = *roster;
    auto deliverables = campaigns.deliverablesForCampaign(campaignId);
    if (!deliverables)
        return deliverables.error();
    for (const Deliverable &d : *deliverables)
        plan.deliverables[d.rosterEntryId] << d;
    QList<qint64> ids;
    for (const RosterEntry &e : plan.roster)
        ids << e.creatorId;
    auto creators = CreatorRepository(db).getMany(ids);
    if (!creators)
        return creators.error();
    for (const Creator &c : *creators)
        plan.creators.insert(c.id, c);
    const SettingsRepository settings(db);
    for (Platform p : allPlatforms()) {
        auto rate = settings.defaultViewRate(p);
        if (!rate)
            return rate.error();
        plan.viewRates.insert(p, *rate);
    }
    return plan;
}

} // namespace tierscope::core
