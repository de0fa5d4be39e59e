// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/campaign_plan_report.h"

#include "core/campaigns/campaign_status.h"
#include "core/campaigns/planned_vs_actual.h"
#include "core/common/display_format.h"
#include "core/domain/er_basis_text.h"
#include "ui/report/facts_block.h"
#include "ui/report/report_chart.h"
#include "ui/report/results_bars_block.h"
#include "ui/report/table_block.h"
#include "ui/report/text_blocks.h"
#include "ui/report/title_block.h"

#include <QSet>

#include <algorithm>

namespace tierscope::ui {

using namespace tierscope::core;
using Role = ReportStyle::Role;

namespace {

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}

} // namespace

ReportDocument CampaignPlanReport::build(const CampaignReportData &data, const QDate &exportDate,
                                         const QLocale &locale)
{
    const Campaign &campaign = data.plan.campaign;
    const BudgetSummary budget = summarizeBudget(data.plan, data.scheme);
    const CampaignForecast forecast = forecastCampaign(data.plan);
    const Context c{data, budget, forecast, ReportFormat(locale, campaign.currency()),
                    exportDate};

    ReportDocument doc(campaign.name, campaign.brand.trimmed(), exportDate, locale);
    addCover(doc, c);
    addBudget(doc, c);
    addRoster(doc, c);
    addChart(doc, c);
    addForecast(doc, c);
    addTimeline(doc, c);
    if (forecast.entriesWithActuals > 0) {
        addResults(doc, c);
        addResultsChart(doc, c);
    }
    addMethod(doc, c);
    return doc;
}

void CampaignPlanReport::addCover(ReportDocument &doc, const Context &c)
{
    const Campaign &k = c.plan().campaign;
    const QString brand = k.brand.trimmed();
    doc.add(std::make_unique<TitleBlock>(
        tr("Campaign plan"), k.name,
        brand.isEmpty() ? objectiveDisplayName(k.objective)
                        : tr("%1 · %2").arg(brand, objectiveDisplayName(k.objective))));

    auto facts = std::make_unique<FactsBlock>(3);
    const auto text = [](const QString &s) -> QString {
        return s.trimmed().isEmpty() ? format::unknown() : s.trimmed();
    };
    facts->add(tr("Brand"), text(k.brand));
    facts->add(tr("Objective"), objectiveDisplayName(k.objective));
    QString status = campaignStatusDisplayName(campaignStatus(k, c.today));
    if (!status.isEmpty())
        status[0] = status[0].toUpper();
    facts->add(tr("Status"), status);
    facts->add(tr("Dates"), c.fmt.dateRange(k.startsOn, k.endsOn));
    facts->add(tr("Budget"), k.budget.format(c.fmt.locale()), tr("Currency %1").arg(k.currency()));
    const int inPipeline = int(c.forecast.entries.size());
    facts->add(tr("Roster"), tr("%n creator(s)", nullptr, inPipeline),
               c.plan().roster.size() > inPipeline
                   ? tr("%n declined, not counted", nullptr,
                        int(c.plan().roster.size()) - inPipeline)
                   : QString());

    QStringList targets;
    const CampaignTargets &t = k.targets;
    if (!t.tiers.isEmpty()) {
        QStringList names;
        for (Tier tier : t.tiers)
            names << tierDisplayName(tier);
        targets << tr("Tiers: %1").arg(joined(names));
    }
    if (!t.platforms.isEmpty()) {
        QStringList names;
        for (Platform p : t.platforms)
            names << platformDisplayName(p);
        targets << tr("Platforms: %1").arg(joined(names));
    }
    if (!t.niches.isEmpty())
        targets << tr("Niches: %1").arg(joined(t.niches));
    if (!t.countries.isEmpty())
        targets << tr("Countries: %1").arg(joined(t.countries));
    facts->add(tr("Targets"), targets.isEmpty() ? tr("Any creator") : targets.join(u" · "),
               QString(), QColor(), true);
    facts->add(tr("Key message"), text(k.keyMessage), QString(), QColor(), true);
    if (!k.hashtags.trimmed().isEmpty())
        facts->add(tr("Hashtags"), k.hashtags.trimmed(), QString(), QColor(), true);
    if (!k.disclosure.trimmed().isEmpty())
        facts->add(tr("Disclosure"), k.disclosure.trimmed(), QString(), QColor(), true);
    doc.add(std::move(facts));
}

void CampaignPlanReport::addBudget(ReportDocument &doc, const Context &c)
{
    const BudgetSummary &b = c.budget;
    doc.add(std::make_unique<HeadingBlock>(tr("Budget")));
    auto figures = std::make_unique<FactsBlock>(4, Role::Figure);
    figures->setBoxed(true);
    const auto share = [&](qint64 minor) -> QString {
        const auto s = b.shareOfBudget(minor);
        return s ? tr("%1 of the budget").arg(c.fmt.percent(s, 1)) : QString();
    };
    figures->add(tr("Planned"), c.fmt.money(b.total.plannedMinor),
                 b.plannedOverBudget()
                     ? tr("Over budget by %1").arg(c.fmt.money(b.plannedOverMinor()))
                     : share(b.total.plannedMinor),
                 b.plannedOverBudget() ? ReportStyle::alert() : QColor());
    figures->add(tr("Committed"), c.fmt.money(b.total.committedMinor),
                 b.committedOverBudget()
                     ? tr("Over budget by %1").arg(c.fmt.money(b.committedOverMinor()))
                     : share(b.total.committedMinor),
                 b.committedOverBudget() ? ReportStyle::alert() : QColor());
    figures->add(tr("Paid"), c.fmt.money(b.total.paidMinor), share(b.total.paidMinor));
    figures->add(tr("Remaining"), c.fmt.money(b.remainingMinor()),
                 tr("of %1, after commitments").arg(c.fmt.money(b.budgetMinor)),
                 b.remainingMinor() < 0 ? ReportStyle::alert() : ReportStyle::good());
    doc.add(std::move(figures));

    const auto table = [&](const QString &first) {
        auto t = std::make_unique<TableBlock>(QList<ReportColumn>{
            {first, Qt::AlignLeft, true},
            {tr("Creators"), Qt::AlignRight},
            {tr("Planned"), Qt::AlignRight},
            {tr("Committed"), Qt::AlignRight},
            {tr("Paid"), Qt::AlignRight},
            {tr("Share of budget"), Qt::AlignRight}});
        return t;
    };
    const auto row = [&](const QString &name, const BudgetLine &line) -> QList<ReportCell> {
        return {name,
                c.fmt.number(line.entries),
                c.fmt.money(line.plannedMinor),
                c.fmt.money(line.committedMinor),
                c.fmt.money(line.paidMinor),
                c.fmt.percent(b.shareOfBudget(line.plannedMinor), 1)};
    };
    auto byTier = table(tr("By tier"));
    int withTier = 0;
    for (auto it = b.byTier.cbegin(); it != b.byTier.cend(); ++it) {
        byTier->addRow(row(tierDisplayName(it.key()), it.value()));
        withTier += it.value().entries;
    }
    if (withTier < b.total.entries)
        byTier->addRow({tr("Followers unknown"), c.fmt.number(b.total.entries - withTier)},
                       TableBlock::RowKind::Muted);
    byTier->addRow(row(tr("Total"), b.total), TableBlock::RowKind::Total);
    doc.add(std::move(byTier));

    auto byPlatform = table(tr("By platform"));
    for (auto it = b.byPlatform.cbegin(); it != b.byPlatform.cend(); ++it)
        byPlatform->addRow(row(platformDisplayName(it.key()), it.value()));
    byPlatform->addRow(row(tr("Total"), b.total), TableBlock::RowKind::Total);
    doc.add(std::move(byPlatform));

    if (b.entriesWithoutFee > 0)
        doc.add(std::make_unique<ParagraphBlock>(
            tr("%n creator(s) in the pipeline have no agreed fee yet and count as nothing above.",
               nullptr, b.entriesWithoutFee),
            Role::Small, ReportStyle::muted()));
}

void CampaignPlanReport::addChart(ReportDocument &doc, const Context &c)
{
    if (!c.data.chart)
        return;
    addTierChart(doc, *c.data.chart, tr("Engagement against reach"),
                 tr("Every creator of the workspace by tier, with the roster highlighted; dashed "
                    "lines are each tier's benchmark engagement rate, diamonds each tier's "
                    "median."),
                 c.fmt.locale());
}

void CampaignPlanReport::addResultsChart(ReportDocument &doc, const Context &c)
{
    const PlannedVsActual all
        = plannedVsActual(c.plan(), c.forecast, ResultsMeasure::Engagements);
    // One row per measured creator (the table's rows), in roster order like the table.
    PlannedVsActual shown;
    shown.measure = all.measure;
    for (const PlannedVsActualRow &r : all.rows) {
        if (r.hasResults)
            shown.rows << r;
    }
    const int measured = int(shown.rows.size());
    if (measured == 0)
        return;
    if (measured > kReportResultsBars) {
        // Too many to read as a chart: the largest forecasts, where most is at stake.
        QList<PlannedVsActualRow> ranked = shown.rows;
        sortRows(ranked, PlannedVsActualOrder::Planned);
        QSet<qint64> kept;
        for (int i = 0; i < kReportResultsBars; ++i)
            kept.insert(ranked.at(i).entryId);
        shown.rows.removeIf(
            [&](const PlannedVsActualRow &r) { return !kept.contains(r.entryId); });
    }

    auto title = std::make_unique<ParagraphBlock>(tr("Forecast against actual engagements"),
                                                  Role::BodyBold);
    title->setSpaceBefore(14);
    title->setKeepWithNext(true);
    doc.add(std::move(title));
    QString introText
        = tr("Per creator with results: the engagements forecast for all their deliverables, and "
             "the likes, comments and shares to date, on one scale. The percentage compares the "
             "results with the forecast for the deliverables measured so far.");
    // Said before the chart, not after pages of it.
    if (shown.rows.size() < measured)
        introText += u' '
            + tr("Shown: the %1 creators with the largest forecasts, of %2 with results; the "
                 "table above lists them all.")
                  .arg(c.fmt.number(int(shown.rows.size())), c.fmt.number(measured));
    auto intro = std::make_unique<ParagraphBlock>(introText, Role::Small, ReportStyle::muted());
    intro->setSpaceBefore(2);
    intro->setKeepWithNext(true);
    doc.add(std::move(intro));
    doc.add(std::make_unique<ResultsBarsBlock>(shown, c.fmt.locale()));

    if (all.rowsCompared > 0) // over every creator with results, shown or not
        doc.add(std::make_unique<ParagraphBlock>(
            tr("%1 engagements to date against %2 forecast for the same deliverables (%3).")
                .arg(c.fmt.count(std::optional<qint64>(all.actualTotal)),
                     c.fmt.count(std::optional<double>(all.plannedToDateTotal)),
                     c.fmt.percent(all.actualVsPlanned(), 0)),
            Role::Small, ReportStyle::muted()));
}

void CampaignPlanReport::addForecast(ReportDocument &doc, const Context &c)
{
    const CampaignForecast &f = c.forecast;
    doc.add(std::make_unique<HeadingBlock>(tr("Forecast")));
    auto figures = std::make_unique<FactsBlock>(4, Role::Figure);
    figures->setBoxed(true);
    const int n = int(f.entries.size());
    figures->add(tr("Expected impressions"), c.fmt.count(std::optional<double>(f.expectedImpressions)),
                 tr("%1 of %2 creators estimated")
                     .arg(c.fmt.number(f.entriesWithImpressionEstimate), c.fmt.number(n)));
    figures->add(tr("Expected engagements"), c.fmt.count(std::optional<double>(f.expectedEngagements)),
                 tr("%1 of %2 creators estimated")
                     .arg(c.fmt.number(f.entriesWithEstimate), c.fmt.number(n)));
    figures->add(tr("Cost per engagement"), c.fmt.moneyRatio(f.cpeMinor),
                 tr("over creators with a fee"));
    figures->add(tr("Cost per 1,000 impressions"), c.fmt.moneyRatio(f.cpmMinor),
                 tr("over creators with a fee"));
    doc.add(std::move(figures));
}

void CampaignPlanReport::addMethod(ReportDocument &doc, const Context &c)
{
    doc.add(std::make_unique<HeadingBlock>(tr("How these numbers are computed")));
    QStringList rates;
    for (Platform p : allPlatforms())
        rates << tr("%1 %2").arg(platformDisplayName(p), c.fmt.percent(c.plan().viewRate(p), 1));
    QStringList tiers;
    for (Tier t : allTiers()) {
        if (t == Tier::Emerging)
            continue;
        const auto byFollowers = c.data.scheme.benchmark(t, std::nullopt, ErBasis::Followers);
        const auto byViews = c.data.scheme.benchmark(t, std::nullopt, ErBasis::Views);
        tiers << tr("%1 from %2 followers (benchmark ER %3 by followers, %4 by views)")
                     .arg(tierDisplayName(t),
                          c.fmt.count(std::optional<qint64>(c.data.scheme.lowerBound(t))),
                          byFollowers ? c.fmt.percent(byFollowers->engagementRate, 1)
                                      : format::unknown(),
                          byViews ? c.fmt.percent(byViews->engagementRate, 1) : format::unknown());
    }
    // Platforms with benchmarks of their own, which the general figures above do not show.
    QStringList own;
    for (Platform p : allPlatforms()) {
        QStringList bases;
        for (ErBasis b : {ErBasis::Followers, ErBasis::Views}) {
            const auto allTiers = core::allTiers();
            if (std::any_of(allTiers.begin(), allTiers.end(), [&](Tier t) {
                    return c.data.scheme.platformBenchmark(p, t, b).has_value();
                }))
                bases << ErBasisText::basis(b);
        }
        if (!bases.isEmpty())
            own << tr("%1 (%2)").arg(platformDisplayName(p), bases.join(QStringLiteral(", ")));
    }
    const QString text =
        tr("Engagement rate (ER) = (average likes + comments + shares) ÷ average views for an "
           "ER by views, ÷ followers for an ER by followers. This workspace's basis: %1. Without "
           "average views an ER is by followers. A rate reported by the data source is kept as "
           "it was reported (marked “reported”, taken as by followers). The roster's ER column "
           "says which each is.")
              .arg(ErBasisText::summary(c.data.erBases))
        + u'\n'
        + tr("Expected impressions = deliverables × average views; where views are unknown, "
             "followers × the platform's default view rate (%1).")
              .arg(joined(rates))
        + u'\n'
        + tr("Expected engagements = deliverables × followers × ER, or deliverables × average "
             "views × ER for an ER by views. Cost per engagement (CPE) = fee ÷ expected "
             "engagements; CPM = fee ÷ expected impressions × 1,000.")
        + u'\n'
        + tr("Budget: planned = fees of every creator in the pipeline; committed = fees of "
             "creators contracted or beyond; remaining = budget − committed. Declined creators "
             "count nowhere. Amounts in %1.")
              .arg(c.plan().campaign.currency())
        + u'\n'
        + tr("Tiers by followers: %1; under %2 followers a creator is emerging. Each ER is "
             "compared with the benchmark of its own basis.")
              .arg(tiers.join(QStringLiteral("; ")),
                   c.fmt.count(std::optional<qint64>(c.data.scheme.lowerBound(Tier::Nano))))
        + (own.isEmpty() ? QString()
                         : u' ' + tr("Benchmarks of their own: %1.").arg(joined(own)))
        + u'\n'
        + tr("Results to date count likes + comments + shares of published deliverables against "
             "the whole fee; ROI = (revenue − fee) ÷ fee.");
    doc.add(std::make_unique<ParagraphBlock>(text, Role::Small, ReportStyle::muted()));
}

} // namespace tierscope::ui
