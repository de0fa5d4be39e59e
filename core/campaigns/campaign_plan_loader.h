// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/campaign_plan.h"
#include "core/common/result.h"

#include <QSqlDatabase>

namespace tierscope::core {

// Reads a campaign and all it refers to in one go (a handful of queries, whatever the roster).
Result<CampaignPlan> loadCampaignPlan(QSqlDatabase db, qint64 campaignId);

} // namespace tierscope::core
