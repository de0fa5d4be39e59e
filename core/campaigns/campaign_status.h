// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/campaign.h"

#include <QDate>
#include <QString>

namespace tierscope::core {

// Where a campaign stands on a given day. Archived wins over dates; a campaign without a start
// date has started, one without an end date has not ended.
enum class CampaignStatus { Upcoming, Active, Ended, Archived };

CampaignStatus campaignStatus(const Campaign &campaign, const QDate &today);
QString campaignStatusKey(CampaignStatus s);         // "upcoming", "active", "ended", "archived"
QString campaignStatusDisplayName(CampaignStatus s); // translated

} // namespace tierscope::core
