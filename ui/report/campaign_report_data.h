// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/tier_chart_data.h"
#include "core/campaigns/campaign_plan.h"
#include "core/common/result.h"
#include "core/domain/tier_scheme.h"

#include <QSqlDatabase>

#include <optional>

namespace tierscope::ui {

// What the campaign plan report shows, read from the workspace in one go (any thread with its
// own connection): the plan, the tier scheme, the ER basis per platform, and the chart of the
// whole workspace with the roster highlighted.
struct CampaignReportData
{
    core::CampaignPlan plan;
    core::TierScheme scheme;
    core::ErBases erBases;
    std::optional<core::TierChartData> chart; // none when it could not be built
};

core::Result<CampaignReportData> loadCampaignReportData(QSqlDatabase db, qint64 campaignId);

} // namespace tierscope::ui
