// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign plan's tables: roster, deliverables by due date, results against the forecast.
#include "ui/report/campaign_plan_report.h"

#include "core/common/display_format.h"
#include "core/domain/er_basis_text.h"
#include "ui/report/table_block.h"
#include "ui/report/text_blocks.h"

#include <QSet>

#include <algorithm>

namespace tierscope::ui {

using namespace tierscope::core;
using Role = ReportStyle::Role;
using RowKind = TableBlock::RowKind;

void CampaignPlanReport::addRoster(ReportDocument &doc, const Context &c)
{
    const CampaignPlan &plan = c.plan();
    doc.add(std::make_unique<HeadingBlock>(tr("Roster")));
    if (plan.roster.isEmpty()) {
        doc.add(std::make_unique<ParagraphBlock>(tr("Nobody is on the roster yet.")));
        return;
    }
    auto table = std::make_unique<TableBlock>(QList<ReportColumn>{
        {tr("Creator"), Qt::AlignLeft, true},
        {tr("Platform")},
        {tr("Followers"), Qt::AlignRight},
        {tr("ER"), Qt::AlignRight},
        // A soft hyphen (U+00AD) lets a narrow column break the title.
        {tr("Deliver­ables"), Qt::AlignRight},
        {tr("Fee"), Qt::AlignRight},
        {tr("Stage")},
        {tr("Exp. engage­ments"), Qt::AlignRight},
        {tr("CPE"), Qt::AlignRight}});
    int deliverables = 0;
    qint64 followers = 0;
    for (const RosterEntry &e : plan.roster) {
        const Creator *cr = plan.creatorOf(e);
        const EntryForecast *f = c.forecast.entry(e.id);
        const bool declined = !inPipeline(e.stage);
        const int count = plan.deliverableCount(e.id);
        if (!declined) {
            // Held at the end rather than wrapped (checked_arithmetic.h): the total then says
            // "too large to compute".
            deliverables = checked::add(deliverables, count);
            followers = checked::add(followers, cr && cr->followers ? *cr->followers : 0);
        }
        table->addRow({ReportCell(ReportFormat::handle(cr, e.creatorId),
                                  cr ? cr->displayName : QString()),
                       ReportCell(cr ? platformDisplayName(cr->platform) : format::unknown(),
                                  ReportFormat::tierName(cr, c.data.scheme)),
                       c.fmt.count(cr ? cr->followers : std::nullopt),
                       ReportCell(c.fmt.percent(cr ? cr->engagementRate : std::nullopt, 1),
                                  ReportFormat::erSource(cr)),
                       c.fmt.number(count),
                       e.fee ? c.fmt.money(e.fee->minor()) : tr("not agreed"),
                       stageDisplayName(e.stage),
                       c.fmt.count(f ? f->expectedEngagements : std::nullopt),
                       c.fmt.moneyRatio(f ? f->cpeMinor : std::nullopt)},
                      declined ? RowKind::Muted : RowKind::Normal);
    }
    table->addRow({tr("Total: %n creator(s)", nullptr, int(c.forecast.entries.size())),
                   QString(),
                   c.fmt.count(std::optional<qint64>(followers)),
                   QString(),
                   c.fmt.number(deliverables),
                   c.fmt.money(c.budget.total.plannedMinor),
                   QString(),
                   c.fmt.count(std::optional<double>(c.forecast.expectedEngagements)),
                   c.fmt.moneyRatio(c.forecast.cpeMinor)},
                  RowKind::Total);
    table->setMinRowsTogether(4);
    doc.add(std::move(table));
    doc.add(std::make_unique<ParagraphBlock>(
        tr("Platform with the tier under it; ER with its basis (by followers, by views) or "
           "“reported” by the source. Declined creators are shown in grey and count nowhere in "
           "the totals. Fees are per creator for all their deliverables."),
        Role::Small, ReportStyle::muted()));

    // A footnote per roster creator with a data-quality flag (⚑ in the ER column).
    QStringList notes;
    QSet<qint64> noted;
    for (const RosterEntry &e : plan.roster) {
        const Creator *cr = plan.creatorOf(e);
        if (!cr || noted.contains(cr->id))
            continue;
        if (const QString note = ErBasisText::flagNote(*cr); !note.isEmpty()) {
            notes << tr("⚑ %1: %2").arg(ReportFormat::handle(cr, e.creatorId), note);
            noted.insert(cr->id);
        }
    }
    if (!notes.isEmpty())
        doc.add(std::make_unique<ParagraphBlock>(notes.join(u'\n'), Role::Small,
                                                 ReportStyle::muted()));
}

void CampaignPlanReport::addTimeline(ReportDocument &doc, const Context &c)
{
    const CampaignPlan &plan = c.plan();
    struct Item
    {
        const RosterEntry *entry;
        const Deliverable *deliverable;
    };
    QList<Item> items;
    for (const RosterEntry &e : plan.roster) {
        if (!inPipeline(e.stage))
            continue;
        // Pointers into the plan's own list: a range-for over value()'s copy would detach it and
        // leave them dangling once the loop ends.
        const auto found = plan.deliverables.constFind(e.id);
        if (found == plan.deliverables.cend())
            continue;
        for (const Deliverable &d : *found)
            items.append({&e, &d});
    }
    doc.add(std::make_unique<HeadingBlock>(tr("Deliverables by due date")));
    if (items.isEmpty()) {
        doc.add(std::make_unique<ParagraphBlock>(tr("No deliverables are planned yet.")));
        return;
    }
    // Undated last; ties keep roster order.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        const QDate da = a.deliverable->dueOn;
        const QDate db = b.deliverable->dueOn;
        if (da.isValid() != db.isValid())
            return da.isValid();
        return da < db;
    });
    auto table = std::make_unique<TableBlock>(QList<ReportColumn>{
        {tr("Due"), Qt::AlignLeft},
        {tr("Creator"), Qt::AlignLeft, true},
        {tr("Deliverable")},
        {tr("Status")},
        {tr("Published")}});
    for (const Item &i : std::as_const(items)) {
        const Deliverable &d = *i.deliverable;
        const Creator *cr = plan.creatorOf(*i.entry);
        ReportCell due(d.dueOn.isValid() ? c.fmt.date(d.dueOn) : tr("No date"));
        if (d.isOverdue(c.today)) {
            due.secondary = tr("overdue");
            due.color = ReportStyle::alert();
        }
        const QString kind = d.quantity > 1
                                 ? tr("%1 × %2").arg(c.fmt.number(d.quantity),
                                                     deliverableKindDisplayName(d.kind))
                                 : deliverableKindDisplayName(d.kind);
        table->addRow({due,
                       ReportCell(ReportFormat::handle(cr, i.entry->creatorId),
                                  cr ? platformDisplayName(cr->platform) : QString()),
                       kind,
                       deliverableStatusDisplayName(d.status),
                       d.publishedOn.isValid() ? c.fmt.date(d.publishedOn) : QString()});
    }
    doc.add(std::move(table));
}

void CampaignPlanReport::addResults(ReportDocument &doc, const Context &c)
{
    const CampaignPlan &plan = c.plan();
    const CampaignForecast &f = c.forecast;
    doc.add(std::make_unique<HeadingBlock>(tr("Results against the forecast")));
    auto table = std::make_unique<TableBlock>(QList<ReportColumn>{
        {tr("Creator"), Qt::AlignLeft, true},
        {tr("Published"), Qt::AlignRight},
        {tr("Views"), Qt::AlignRight},
        {tr("Engagements"), Qt::AlignRight},
        {tr("ER"), Qt::AlignRight},
        {tr("CPE"), Qt::AlignRight},
        {tr("CPM"), Qt::AlignRight},
        {tr("Revenue"), Qt::AlignRight},
        {tr("ROI"), Qt::AlignRight}});
    const auto vs = [](const QString &actual, const QString &forecast) -> ReportCell {
        return ReportCell(actual, tr("fc. %1").arg(forecast));
    };
    for (const RosterEntry &e : plan.roster) {
        const EntryForecast *ef = f.entry(e.id);
        if (!ef || !ef->hasActuals())
            continue;
        const Creator *cr = plan.creatorOf(e);
        table->addRow(
            {ReportFormat::handle(cr, e.creatorId),
             tr("%1 of %2").arg(c.fmt.number(ef->measuredDeliverables),
                                c.fmt.number(ef->deliverables)),
             c.fmt.count(ef->actualViews),
             c.fmt.count(ef->actualEngagements),
             vs(c.fmt.percent(ef->actualEr, 2),
                c.fmt.percent(cr ? cr->engagementRate : std::nullopt, 2)),
             vs(c.fmt.moneyRatio(ef->actualCpeMinor), c.fmt.moneyRatio(ef->cpeMinor)),
             vs(c.fmt.moneyRatio(ef->actualCpmMinor), c.fmt.moneyRatio(ef->cpmMinor)),
             ef->actualRevenueMinor ? c.fmt.money(*ef->actualRevenueMinor) : format::unknown(),
             c.fmt.percent(ef->roi, 1)});
    }
    table->addRow({tr("Total: %n creator(s)", nullptr, f.entriesWithActuals),
                   QString(),
                   c.fmt.count(std::optional<qint64>(f.actualViews)),
                   c.fmt.count(std::optional<qint64>(f.actualEngagements)),
                   vs(c.fmt.percent(f.actualEr, 2), c.fmt.percent(f.measuredForecastEr, 2)),
                   vs(c.fmt.moneyRatio(f.actualCpeMinor),
                      c.fmt.moneyRatio(f.measuredForecastCpeMinor)),
                   vs(c.fmt.moneyRatio(f.actualCpmMinor),
                      c.fmt.moneyRatio(f.measuredForecastCpmMinor)),
                   c.fmt.money(f.actualRevenueMinor),
                   c.fmt.percent(f.roi, 1)},
                  RowKind::Total);
    doc.add(std::move(table));
    doc.add(std::make_unique<ParagraphBlock>(
        tr("fc.: the forecast for the same creator (in the total row: for the same creators)."),
        Role::Small, ReportStyle::muted()));
}

} // namespace tierscope::ui
