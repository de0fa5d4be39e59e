// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaigns/campaign_status.h"

#include <QCoreApplication>

namespace tierscope::core {

CampaignStatus campaignStatus(const Campaign &campaign, const QDate &today)
{
    if (campaign.archived)
        return CampaignStatus::Archived;
    if (campaign.startsOn.isValid() && today < campaign.startsOn)
        return CampaignStatus::Upcoming;
    if (campaign.endsOn.isValid() && today > campaign.endsOn)
        return CampaignStatus::Ended;
    return CampaignStatus::Active;
}

QString campaignStatusKey(CampaignStatus s)
{
    switch (s) {
    case CampaignStatus::Upcoming: return QStringLiteral("upcoming");
    case CampaignStatus::Active: return QStringLiteral("active");
    case CampaignStatus::Ended: return QStringLiteral("ended");
    case CampaignStatus::Archived: return QStringLiteral("archived");
    }
    return {};
}

QString campaignStatusDisplayName(CampaignStatus s)
{
    switch (s) {
    case CampaignStatus::Upcoming: return QCoreApplication::translate("CampaignStatus", "upcoming");
    case CampaignStatus::Active: return QCoreApplication::translate("CampaignStatus", "active");
    case CampaignStatus::Ended: return QCoreApplication::translate("CampaignStatus", "ended");
    case CampaignStatus::Archived: return QCoreApplication::translate("CampaignStatus", "archived");
    }
    return {};
}

} // namespace tierscope::core
