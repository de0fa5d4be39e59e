// SPDX-License-Identifier: GPL-3.0-or-later
// `tierscope campaigns`: every campaign with its dates, status and budget at a glance.
#include "app/cli/cli_common.h"
#include "app/cli/console.h"
#include "app/cli/verbs.h"

#include "core/campaigns/budget_summary.h"
#include "core/campaigns/campaign_plan_loader.h"
#include "core/campaigns/campaign_status.h"
#include "core/common/clock.h"
#include "core/common/display_format.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/settings_repository.h"

#include <QCoreApplication>

namespace tierscope::app {

using namespace tierscope::core;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignsVerb)
};

QString dates(const Campaign &c)
{
    if (!c.startsOn.isValid() && !c.endsOn.isValid())
        return format::unknown();
    const auto day = [](const QDate &d) -> QString {
        return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("…");
    };
    return day(c.startsOn) + QStringLiteral(" – ") + day(c.endsOn);
}

} // namespace

int runCampaigns(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Lists the campaigns with their dates, status, budget and roster."));
    addWorkspaceOption(parser);
    parser.addOption({QStringLiteral("archived"), Text::tr("Include archived campaigns.")});
    if (!parseVerbArguments(parser, QStringLiteral("campaigns"), args,
                            Text::tr("to see one campaign, run “tierscope campaign show NAME”.")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    auto ws = openWorkspace(parser, Workspace::Mode::ReadOnly);
    if (!ws)
        return ExitFailure;
    const QSqlDatabase db = ws->database();
    const auto scheme = SettingsRepository(db).tierScheme();
    const auto campaigns = CampaignRepository(db).list(parser.isSet(QStringLiteral("archived")));
    if (!scheme || !campaigns) {
        printErr(QStringLiteral("tierscope campaigns: %1")
                     .arg(scheme ? campaigns.error().message : scheme.error().message));
        return ExitFailure;
    }

    const QLocale locale;
    const QDate today = Clock::system().today();
    bool anyOver = false;
    QList<QStringList> rows;
    for (const Campaign &c : *campaigns) {
        const auto plan = loadCampaignPlan(db, c.id);
        if (!plan) {
            printErr(QStringLiteral("tierscope campaigns: %1").arg(plan.error().message));
            return ExitFailure;
        }
        const BudgetSummary budget = summarizeBudget(*plan, *scheme);
        const auto amount = [&](qint64 minor, bool over) -> QString {
            anyOver = anyOver || over;
            return Money(minor, c.currency()).format(locale) + (over ? QStringLiteral(" !")
                                                                     : QString());
        };
        rows << QStringList{QString::number(c.id),
                            c.name,
                            c.brand.isEmpty() ? format::unknown() : c.brand,
                            dates(c),
                            campaignStatusDisplayName(campaignStatus(c, today)),
                            c.budget.format(locale),
                            amount(budget.total.plannedMinor, budget.plannedOverBudget()),
                            amount(budget.total.committedMinor, budget.committedOverBudget()),
                            locale.toString(qsizetype(plan->roster.size()))};
    }
    if (rows.isEmpty()) {
        printOut(parser.isSet(QStringLiteral("archived"))
                     ? Text::tr("No campaigns yet.\n")
                     : Text::tr("No campaigns (archived ones are listed with --archived).\n"));
        return ExitOk;
    }
    printOut(formatTable({Text::tr("id"), Text::tr("name"), Text::tr("brand"), Text::tr("dates"),
                          Text::tr("status"), Text::tr("budget"), Text::tr("planned"),
                          Text::tr("committed"), Text::tr("roster")},
                         rows, {0, 5, 6, 7, 8}));
    QString footer = Text::tr("Campaigns: %1.").arg(locale.toString(qsizetype(rows.size())));
    if (anyOver)
        footer += u' ' + Text::tr("! over budget.");
    printOut(footer + u'\n');
    return ExitOk;
}

} // namespace tierscope::app
