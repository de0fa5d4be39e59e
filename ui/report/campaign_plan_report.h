// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/budget_summary.h"
#include "core/campaigns/forecast.h"
#include "ui/report/campaign_report_data.h"
#include "ui/report/report_document.h"
#include "ui/report/report_format.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace tierscope::ui {

// The campaign plan a marketer sends to the brand: cover with the brief, budget summary, roster,
// the engagement-against-reach chart with the roster highlighted, forecast, deliverables by due
// date, results against the forecast once there are any (a table, then the planned-against-actual
// chart of the Budget & Forecast tab), and how the numbers are computed.
class CampaignPlanReport
{
    Q_DECLARE_TR_FUNCTIONS(CampaignPlanReport)

public:
    static ReportDocument build(const CampaignReportData &data, const QDate &exportDate,
                                const QLocale &locale = QLocale());

private:
    struct Context
    {
        const CampaignReportData &data;
        const core::BudgetSummary &budget;
        const core::CampaignForecast &forecast;
        ReportFormat fmt;
        QDate today;

        const core::CampaignPlan &plan() const { return data.plan; }
    };

    static void addCover(ReportDocument &doc, const Context &c);
    static void addBudget(ReportDocument &doc, const Context &c);
    static void addRoster(ReportDocument &doc, const Context &c);
    static void addChart(ReportDocument &doc, const Context &c);
    static void addForecast(ReportDocument &doc, const Context &c);
    static void addTimeline(ReportDocument &doc, const Context &c);
    static void addResults(ReportDocument &doc, const Context &c);
    static void addResultsChart(ReportDocument &doc, const Context &c);
    static void addMethod(ReportDocument &doc, const Context &c);
};

} // namespace tierscope::ui
