// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/campaign_report_data.h"

#include "core/campaigns/campaign_plan_loader.h"
#include "core/storage/settings_repository.h"
#include "ui/report/report_chart.h"

namespace tierscope::ui {

core::Result<CampaignReportData> loadCampaignReportData(QSqlDatabase db, qint64 campaignId)
{
    auto plan = core::loadCampaignPlan(db, campaignId);
    if (!plan)
        return plan.error();
    const auto scheme = core::SettingsRepository(db).tierScheme();
    if (!scheme)
        return scheme.error();
    const auto bases = core::SettingsRepository(db).erBases();
    if (!bases)
        return bases.error();
    CampaignReportData data{std::move(plan).value(), *scheme, *bases, std::nullopt};
    core::TierChartOptions options;
    options.feeCurrency = data.plan.campaign.currency();
    options.maxPoints = kReportChartPoints;
    for (const core::RosterEntry &e : std::as_const(data.plan.roster)) {
        if (core::inPipeline(e.stage))
            options.highlightedIds << e.creatorId;
    }
    auto chart = core::buildTierChartData(db, data.scheme, core::CreatorFilter(), options);
    if (chart)
        data.chart = std::move(chart).value();
    return data;
}

} // namespace tierscope::ui
