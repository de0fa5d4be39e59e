// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaigns/planned_vs_actual.h"

#include "core/analytics/checked_arithmetic.h"

#include <algorithm>

namespace tierscope::core {

namespace {

// Σ quantities of the published deliverables with a view count: the ones a views total covers
// (the same deliverables forecast.cpp measures).
int viewDeliverables(const QList<Deliverable> &deliverables)
{
    int n = 0;
    for (const Deliverable &d : deliverables) {
        if (d.status == DeliverableStatus::Published && !d.actuals.isEmpty() && d.actuals.views)
            n = checked::add(n, d.quantity);
    }
    return n;
}

// Rows with the key first (descending, or ascending when `ascending`), the others after them.
template<typename Key>
void sortBy(QList<PlannedVsActualRow> &rows, Key key, bool ascending)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const PlannedVsActualRow &a, const PlannedVsActualRow &b) {
                         const std::optional<double> ka = key(a);
                         const std::optional<double> kb = key(b);
                         if (!ka || !kb)
                             return ka.has_value() && !kb.has_value();
                         return ascending ? *ka < *kb : *ka > *kb;
                     });
}

} // namespace

std::optional<double> PlannedVsActualRow::actualVsPlanned() const
{
    if (!actual || !plannedToDate || !(*plannedToDate > 0.0) || checked::isTooLarge(*actual))
        return std::nullopt;
    return double(*actual) / *plannedToDate;
}

std::optional<double> PlannedVsActual::actualVsPlanned() const
{
    if (rowsCompared == 0 || !(plannedToDateTotal > 0.0) || checked::isTooLarge(actualTotal))
        return std::nullopt;
    return double(actualTotal) / plannedToDateTotal;
}

double PlannedVsActual::maxValue() const
{
    double m = 0.0;
    for (const PlannedVsActualRow &r : rows) {
        m = std::max(m, r.planned.value_or(0.0));
        m = std::max(m, double(r.actual.value_or(0)));
    }
    return m;
}

PlannedVsActual plannedVsActual(const CampaignPlan &plan, const CampaignForecast &forecast,
                                ResultsMeasure measure)
{
    QHash<qint64, const RosterEntry *> entries;
    for (const RosterEntry &e : plan.roster)
        entries.insert(e.id, &e);

    PlannedVsActual out;
    out.measure = measure;
    for (const EntryForecast &f : forecast.entries) {
        PlannedVsActualRow row;
        row.entryId = f.entryId;
        if (const RosterEntry *e = entries.value(f.entryId)) {
            row.creatorId = e->creatorId;
            if (const Creator *c = plan.creatorOf(*e))
                row.handle = c->handle;
        }
        row.deliverables = f.deliverables;
        row.hasResults = f.hasActuals();
        if (measure == ResultsMeasure::Engagements) {
            row.planned = f.expectedEngagements;
            row.actual = f.actualEngagements;
            row.measuredDeliverables = f.engagementDeliverables;
        } else {
            row.planned = f.expectedImpressions;
            row.actual = f.actualViews;
            row.measuredDeliverables = viewDeliverables(plan.deliverables.value(f.entryId));
        }
        if (row.planned && row.actual && row.deliverables > 0)
            row.plannedToDate = *row.planned / row.deliverables * row.measuredDeliverables;
        if (!row.planned && !row.hasResults) {
            ++out.entriesLeftOut;
            continue;
        }
        if (row.actual) {
            ++out.rowsWithActual;
            if (row.plannedToDate) {
                ++out.rowsCompared;
                out.actualTotal = checked::add(out.actualTotal, *row.actual);
                out.plannedToDateTotal += *row.plannedToDate;
            }
        }
        out.rows << row;
    }
    return out;
}

void sortRows(QList<PlannedVsActualRow> &rows, PlannedVsActualOrder order)
{
    switch (order) {
    case PlannedVsActualOrder::Roster:
        return; // computed in roster order
    case PlannedVsActualOrder::Planned:
        sortBy(rows, [](const PlannedVsActualRow &r) { return r.planned; }, false);
        return;
    case PlannedVsActualOrder::Actual:
        sortBy(rows, [](const PlannedVsActualRow &r) -> std::optional<double> {
            return r.actual ? std::optional<double>(double(*r.actual)) : std::nullopt;
        }, false);
        return;
    case PlannedVsActualOrder::VsPlanned:
        sortBy(rows, [](const PlannedVsActualRow &r) { return r.actualVsPlanned(); }, true);
        return;
    }
}

} // namespace tierscope::core
