// SPDX-License-Identifier: GPL-3.0-or-later
// `tierscope campaign show NAME|ID`: one campaign as text — brief, roster, budget, forecast and,
// once deliverables are live, results against the forecast. All arithmetic is core's.
#include "app/cli/cli_common.h"
#include "app/cli/console.h"
#include "app/cli/verbs.h"

#include "core/analytics/campaign_math.h"
#include "core/analytics/checked_arithmetic.h"
#include "core/campaigns/budget_summary.h"
#include "core/campaigns/campaign_plan_loader.h"
#include "core/campaigns/campaign_status.h"
#include "core/campaigns/forecast.h"
#include "core/common/clock.h"
#include "core/common/terminal_text.h"
#include "core/common/display_format.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/settings_repository.h"

#include <QCoreApplication>

#include <cmath>
#include <utility>

namespace tierscope::app {

using namespace tierscope::core;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignShowVerb)
};

// Everything one rendering needs, computed once.
struct View
{
    const CampaignPlan &plan;
    const TierScheme &scheme;
    const BudgetSummary &budget;
    const CampaignForecast &forecast;
    QLocale locale;

    QString money(qint64 minor) const
    {
        if (checked::isTooLarge(minor))
            return checked::tooLargeText();
        return Money(minor, plan.campaign.currency()).format(locale);
    }
    QString money(const std::optional<Money> &m) const
    {
        return m ? money(m->minor()) : format::unknown();
    }
    // A ratio of minor units (CPE, CPM), rounded to the currency's minor unit.
    QString moneyRatio(std::optional<double> minor) const
    {
        return money(roundedMoney(minor, plan.campaign.currency()));
    }
    QString count(std::optional<double> n) const
    {
        if (!n)
            return format::unknown();
        return wholeCount(checked::roundedCount(*n).value_or(checked::kTooLarge));
    }
    QString wholeCount(std::optional<qint64> n) const
    {
        return n && checked::isTooLarge(*n) ? checked::tooLargeText() : format::count(n, locale);
    }
    QString handle(const RosterEntry &e) const
    {
        const Creator *c = plan.creatorOf(e);
        return c ? u'@' + c->handle : Text::tr("(creator %1 missing)").arg(e.creatorId);
    }
};

QString keyValues(const QList<std::pair<QString, QString>> &lines)
{
    int width = 0;
    for (const auto &[key, value] : lines)
        width = std::max(width, int(key.size()));
    QString out;
    for (const auto &[key, value] : lines) // a value is one line, whatever the data holds
        out += QStringLiteral("  ") + key.leftJustified(width + 2) + escapeForTerminal(value)
               + u'\n';
    return out;
}

QString joined(const QStringList &values)
{
    return values.join(QStringLiteral(", "));
}

QString targets(const CampaignTargets &t)
{
    if (t.isEmpty())
        return Text::tr("anyone");
    QStringList parts;
    if (!t.tiers.isEmpty()) {
        QStringList names;
        for (Tier tier : t.tiers)
            names << tierDisplayName(tier);
        parts << Text::tr("tiers %1").arg(joined(names));
    }
    if (!t.platforms.isEmpty()) {
        QStringList names;
        for (Platform p : t.platforms)
            names << platformDisplayName(p);
        parts << Text::tr("platforms %1").arg(joined(names));
    }
    if (!t.niches.isEmpty())
        parts << Text::tr("niches %1").arg(joined(t.niches));
    if (!t.countries.isEmpty())
        parts << Text::tr("countries %1").arg(joined(t.countries));
    return parts.join(QStringLiteral("; "));
}

QString brief(const View &v)
{
    const Campaign &c = v.plan.campaign;
    const auto text = [](const QString &s) -> QString {
        return s.trimmed().isEmpty() ? format::unknown() : s.trimmed();
    };
    const auto day = [](const QDate &d) -> QString {
        return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("…");
    };
    const QString status = campaignStatusDisplayName(campaignStatus(c, Clock::system().today()));
    QList<std::pair<QString, QString>> lines = {
        {Text::tr("Brand"), text(c.brand)},
        {Text::tr("Objective"), objectiveDisplayName(c.objective)},
        {Text::tr("Dates"), day(c.startsOn) + QStringLiteral(" – ") + day(c.endsOn)
                                + QStringLiteral(" (") + status + u')'},
        {Text::tr("Budget"), c.budget.format(v.locale)},
        {Text::tr("Targets"), targets(c.targets)},
        {Text::tr("Key message"), text(c.keyMessage)},
        {Text::tr("Hashtags"), text(c.hashtags)},
        {Text::tr("Disclosure"), text(c.disclosure)},
    };
    if (!c.notes.trimmed().isEmpty())
        lines.append({Text::tr("Notes"), c.notes.trimmed()});
    return Text::tr("%1 (campaign %2)").arg(escapeForTerminal(c.name), QString::number(c.id))
           + u'\n' + keyValues(lines);
}

QString erCell(const View &v, const Creator *c)
{
    if (!c || !c->engagementRate)
        return format::unknown();
    return format::percent(c->engagementRate, 2, v.locale)
           + (c->erSource == ErSource::Reported ? QStringLiteral(" r") : QStringLiteral("  "));
}

QString roster(const View &v)
{
    QList<QStringList> rows;
    int declined = 0;
    for (const RosterEntry &e : v.plan.roster) {
        const Creator *c = v.plan.creatorOf(e);
        const EntryForecast *f = v.forecast.entry(e.id);
        // Spelled out: GCC 12 at -O3 warns (maybe-uninitialized) on the conditional optional.
        QString tierName = format::unknown();
        if (c) {
            if (const auto tier = v.scheme.tier(c->followers))
                tierName = tierDisplayName(*tier);
        }
        declined += inPipeline(e.stage) ? 0 : 1;
        rows << QStringList{v.handle(e),
                            c ? platformDisplayName(c->platform) : format::unknown(),
                            tierName,
                            format::count(c ? c->followers : std::nullopt, v.locale),
                            erCell(v, c),
                            stageDisplayName(e.stage),
                            paymentStateDisplayName(e.paymentState),
                            v.money(e.fee),
                            v.locale.toString(v.plan.deliverableCount(e.id)),
                            v.count(f ? f->expectedEngagements : std::nullopt),
                            v.moneyRatio(f ? f->cpeMinor : std::nullopt)};
    }
    QString out = Text::tr("Roster: %1 creators, %2 in the pipeline")
                      .arg(v.locale.toString(qsizetype(v.plan.roster.size())),
                           v.locale.toString(qsizetype(v.plan.roster.size() - declined)))
                  + u'\n';
    if (rows.isEmpty())
        return out + Text::tr("  Nobody on the roster yet.") + u'\n';
    out += formatTable({Text::tr("handle"), Text::tr("platform"), Text::tr("tier"),
                        Text::tr("followers"), Text::tr("ER"), Text::tr("stage"),
                        Text::tr("payment"), Text::tr("fee"), Text::tr("deliverables"),
                        Text::tr("exp. engagements"), Text::tr("CPE")},
                       rows, {3, 4, 7, 8, 9, 10});
    out += Text::tr("ER: r = reported by the source, otherwise computed. Declined entries count "
                    "nowhere in the budget or the forecast.")
           + u'\n';
    return out;
}

QStringList budgetRow(const View &v, const QString &name, const BudgetLine &line)
{
    return {name,
            v.locale.toString(line.entries),
            v.money(line.plannedMinor),
            v.money(line.committedMinor),
            v.money(line.paidMinor),
            format::percent(v.budget.shareOfBudget(line.plannedMinor), 1, v.locale)};
}

QString budgetTable(const QString &title, const QString &firstColumn,
                    const QList<QStringList> &rows)
{
    return title + u'\n'
           + formatTable({firstColumn, Text::tr("entries"), Text::tr("planned"),
                          Text::tr("committed"), Text::tr("paid"), Text::tr("share of budget")},
                         rows, {1, 2, 3, 4, 5});
}

QString budget(const View &v)
{
    const BudgetSummary &b = v.budget;
    const auto ofBudget = [&](qint64 minor) -> QString {
        const auto share = b.shareOfBudget(minor);
        if (!share)
            return {};
        return QStringLiteral("  (")
               + Text::tr("%1 of budget").arg(format::percent(share, 1, v.locale)) + u')';
    };
    const auto over = [&](qint64 overMinor) -> QString {
        if (overMinor <= 0)
            return {};
        return QStringLiteral("  ") + Text::tr("OVER BUDGET by %1").arg(v.money(overMinor));
    };
    QString out = Text::tr("Budget") + u'\n'
                  + keyValues({
                      {Text::tr("budget"), v.money(b.budgetMinor)},
                      {Text::tr("planned"), v.money(b.total.plannedMinor)
                                                + ofBudget(b.total.plannedMinor)
                                                + over(b.plannedOverMinor())},
                      {Text::tr("committed"), v.money(b.total.committedMinor)
                                                  + ofBudget(b.total.committedMinor)
                                                  + over(b.committedOverMinor())},
                      {Text::tr("paid"), v.money(b.total.paidMinor)},
                      {Text::tr("remaining"), v.money(b.remainingMinor())},
                  });
    if (b.entriesWithoutFee > 0)
        out += Text::tr("  %1 entries in the pipeline have no agreed fee yet; they count as %2.")
                   .arg(v.locale.toString(b.entriesWithoutFee), v.money(qint64(0)))
               + u'\n';

    QList<QStringList> tierRows;
    int withTier = 0;
    for (auto it = b.byTier.cbegin(); it != b.byTier.cend(); ++it) {
        tierRows << budgetRow(v, tierDisplayName(it.key()), it.value());
        withTier += it.value().entries;
    }
    if (withTier < b.total.entries) {
        tierRows << QStringList{Text::tr("unknown followers"),
                                v.locale.toString(b.total.entries - withTier)};
    }
    QList<QStringList> platformRows;
    for (auto it = b.byPlatform.cbegin(); it != b.byPlatform.cend(); ++it)
        platformRows << budgetRow(v, platformDisplayName(it.key()), it.value());
    out += u'\n' + budgetTable(Text::tr("By tier"), Text::tr("tier"), tierRows);
    out += u'\n' + budgetTable(Text::tr("By platform"), Text::tr("platform"), platformRows);
    return out;
}

QString forecast(const View &v)
{
    const CampaignForecast &f = v.forecast;
    QList<QStringList> rows;
    int defaultRate = 0;
    for (const RosterEntry &e : v.plan.roster) {
        const EntryForecast *ef = f.entry(e.id);
        if (!ef)
            continue;
        defaultRate += ef->impressionsFromDefaultRate ? 1 : 0;
        rows << QStringList{v.handle(e),
                            v.locale.toString(ef->deliverables),
                            v.count(ef->expectedImpressions)
                                + (ef->impressionsFromDefaultRate ? QStringLiteral(" *")
                                                                  : QStringLiteral("  ")),
                            v.count(ef->expectedEngagements),
                            v.moneyRatio(ef->cpmMinor),
                            v.moneyRatio(ef->cpeMinor)};
    }
    QString out = Text::tr("Forecast") + u'\n';
    if (rows.isEmpty())
        return out + Text::tr("  Nobody in the pipeline.") + u'\n';
    rows << QStringList{Text::tr("total"),
                        QString(),
                        v.count(f.expectedImpressions) + QStringLiteral("  "),
                        v.count(f.expectedEngagements),
                        v.moneyRatio(f.cpmMinor),
                        v.moneyRatio(f.cpeMinor)};
    out += formatTable({Text::tr("handle"), Text::tr("deliverables"),
                        Text::tr("exp. impressions"), Text::tr("exp. engagements"),
                        Text::tr("CPM"), Text::tr("CPE")},
                       rows, {1, 2, 3, 4, 5});
    const qsizetype inPipeline = f.entries.size();
    out += Text::tr("Totals over the entries with an estimate: engagements %1 of %2, impressions "
                    "%3 of %2; CPE and CPM over those that also have a fee.")
               .arg(v.locale.toString(f.entriesWithEstimate), v.locale.toString(inPipeline),
                    v.locale.toString(f.entriesWithImpressionEstimate))
           + u'\n';
    QStringList rates;
    for (Platform p : allPlatforms())
        rates << platformDisplayName(p) + u' ' + format::percent(v.plan.viewRate(p), 1, v.locale);
    out += Text::tr("* average views unknown: followers × the platform's default view rate from "
                    "the workspace settings (%1); %2 entries.")
               .arg(joined(rates), v.locale.toString(defaultRate))
           + u'\n';
    return out;
}

QString results(const View &v)
{
    const CampaignForecast &f = v.forecast;
    QList<QStringList> rows;
    for (const RosterEntry &e : v.plan.roster) {
        const EntryForecast *ef = f.entry(e.id);
        if (!ef || !ef->hasActuals())
            continue;
        const Creator *c = v.plan.creatorOf(e);
        const auto revenue = ef->actualRevenueMinor
                                 ? std::optional<Money>(Money(*ef->actualRevenueMinor,
                                                              v.plan.campaign.currency()))
                                 : std::nullopt;
        rows << QStringList{v.handle(e),
                            Text::tr("%1 of %2").arg(v.locale.toString(ef->measuredDeliverables),
                                                     v.locale.toString(ef->deliverables)),
                            v.wholeCount(ef->actualViews),
                            v.wholeCount(ef->actualEngagements),
                            format::percent(ef->actualEr, 2, v.locale),
                            format::percent(c ? c->engagementRate : std::nullopt, 2, v.locale),
                            v.moneyRatio(ef->actualCpeMinor),
                            v.moneyRatio(ef->cpeMinor),
                            v.moneyRatio(ef->actualCpmMinor),
                            v.moneyRatio(ef->cpmMinor),
                            v.money(revenue),
                            format::percent(ef->roi, 1, v.locale)};
    }
    rows << QStringList{Text::tr("total"),
                        QString(),
                        v.wholeCount(f.actualViews),
                        v.wholeCount(f.actualEngagements),
                        format::percent(f.actualEr, 2, v.locale),
                        format::percent(f.measuredForecastEr, 2, v.locale),
                        v.moneyRatio(f.actualCpeMinor),
                        v.moneyRatio(f.measuredForecastCpeMinor),
                        v.moneyRatio(f.actualCpmMinor),
                        v.moneyRatio(f.measuredForecastCpmMinor),
                        v.money(f.actualRevenueMinor),
                        format::percent(f.roi, 1, v.locale)};
    return Text::tr("Results against the forecast (%1 entries with published deliverables)")
               .arg(v.locale.toString(f.entriesWithActuals))
           + u'\n'
           + formatTable({Text::tr("handle"), Text::tr("published"), Text::tr("views"),
                          Text::tr("engagements"), Text::tr("ER"), Text::tr("fc. ER"),
                          Text::tr("CPE"), Text::tr("fc. CPE"), Text::tr("CPM"),
                          Text::tr("fc. CPM"), Text::tr("revenue"), Text::tr("ROI")},
                         rows, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
           + Text::tr("fc.: forecast (the total: of these entries). Actuals to date: likes + "
                      "comments + shares of the published deliverables, against the whole fee; "
                      "ROI = (revenue − fee) / fee.")
           + u'\n';
}

int show(const QCommandLineParser &parser, const QString &nameOrId)
{
    auto ws = openWorkspace(parser, Workspace::Mode::ReadOnly);
    if (!ws)
        return ExitFailure;
    const QSqlDatabase db = ws->database();
    const auto fail = [](const QString &message) {
        printErr(QStringLiteral("tierscope campaign show: %1").arg(message));
        return ExitFailure;
    };
    const auto campaign = CampaignRepository(db).findByNameOrId(nameOrId);
    if (!campaign)
        return fail(campaign.error().message);
    const auto plan = loadCampaignPlan(db, campaign->id);
    if (!plan)
        return fail(plan.error().message);
    const auto scheme = SettingsRepository(db).tierScheme();
    if (!scheme)
        return fail(scheme.error().message);

    const BudgetSummary budgetSummary = summarizeBudget(*plan, *scheme);
    const CampaignForecast campaignForecast = forecastCampaign(*plan);
    const View v{*plan, *scheme, budgetSummary, campaignForecast, QLocale()};
    QString out = brief(v) + u'\n' + roster(v) + u'\n' + budget(v) + u'\n' + forecast(v);
    if (campaignForecast.entriesWithActuals > 0)
        out += u'\n' + results(v);
    printOut(out);
    return ExitOk;
}

} // namespace

int runCampaign(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("show NAME|ID: prints a campaign's brief, roster, budget, forecast and "
                 "results.\nimport-results NAME|ID FILE.csv: reads a results sheet into the "
                 "campaign's deliverables."));
    parser.addPositionalArgument(QStringLiteral("show"), Text::tr("What to do: show."));
    parser.addPositionalArgument(QStringLiteral("campaign"),
                                 Text::tr("The campaign's name (quoted) or id."));
    addWorkspaceOption(parser);
    parser.addHelpOption();
    // Not parseVerbArguments(): this verb takes a sub-command and a name.
    if (!parser.parse(QStringList{QStringLiteral("tierscope campaign")} + args)) {
        printErr(QStringLiteral("tierscope campaign: %1").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (!checkPathOptions(parser, QStringLiteral("campaign")))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == u"import-results")
        return runCampaignImportResults(parser, positional);
    if (positional.isEmpty() || positional.first() != u"show") {
        printErr(positional.isEmpty()
                     ? Text::tr("tierscope campaign: say what to do: tierscope campaign show "
                                "NAME|ID.")
                     : Text::tr("tierscope campaign: unknown sub-command “%1”; try tierscope "
                                "campaign show NAME|ID.")
                           .arg(positional.first()));
        return ExitUsage;
    }
    if (positional.size() > 2) {
        printErr(Text::tr("tierscope campaign show: unexpected argument “%1”; give one campaign "
                          "name or id (quote a name with spaces).")
                     .arg(positional[2]));
        return ExitUsage;
    }
    if (positional.size() != 2 || positional[1].trimmed().isEmpty()) {
        printErr(Text::tr("tierscope campaign show: give one campaign name or id (quote a name "
                          "with spaces); “tierscope campaigns” lists them."));
        return ExitUsage;
    }
    return show(parser, positional[1]);
}

} // namespace tierscope::app
