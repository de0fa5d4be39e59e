// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/campaign_plan.h"
#include "core/campaigns/forecast.h"

#include <optional>

namespace tierscope::core {

// What the planned-against-actual chart compares: expected engagements with likes + comments +
// shares, or expected impressions with views.
enum class ResultsMeasure { Engagements, Views };

// One roster entry's forecast beside its results for one measure. Unknown is std::nullopt,
// never 0: a measured 0 is a result, "not measured" is not.
struct PlannedVsActualRow
{
    qint64 entryId = 0;
    qint64 creatorId = 0;
    QString handle; // normalised (no "@"); empty when the creator is no longer in the workspace
    int deliverables = 0;        // Σ quantities planned
    int measuredDeliverables = 0; // Σ quantities of the published ones reporting this measure
    bool hasResults = false;      // some deliverable has results (of any measure)
    std::optional<double> planned; // forecast for all the entry's deliverables
    // The forecast of just the deliverables `actual` covers (planned ÷ deliverables × measured),
    // so that a creator with one of three posts live is not read as a flop.
    std::optional<double> plannedToDate;
    std::optional<qint64> actual; // to date; unknown when no deliverable reported this measure

    // actual ÷ plannedToDate (1.1 is 10 % over the forecast); unknown without both or for a
    // forecast of 0.
    std::optional<double> actualVsPlanned() const;
    // Some deliverables are measured, not all of them yet.
    bool isPartial() const { return actual && measuredDeliverables < deliverables; }
};

struct PlannedVsActual
{
    ResultsMeasure measure = ResultsMeasure::Engagements;
    QList<PlannedVsActualRow> rows; // roster order; entries with a forecast or results
    int entriesLeftOut = 0;          // in the pipeline with neither a forecast nor results
    int rowsWithActual = 0;
    // Over the rows with both an actual and a forecast to date (like for like). actualTotal is
    // checked: held at checked::kTooLarge when the sum leaves qint64.
    double plannedToDateTotal = 0;
    qint64 actualTotal = 0;
    int rowsCompared = 0;

    std::optional<double> actualVsPlanned() const; // actualTotal ÷ plannedToDateTotal
    double maxValue() const; // the largest planned or actual value (0 when there is none)
};

// Forecast against results per roster entry (DESIGN.md §1), for the entries of the forecast
// (declined entries left the pipeline and are not in it).
PlannedVsActual plannedVsActual(const CampaignPlan &plan, const CampaignForecast &forecast,
                                ResultsMeasure measure);

enum class PlannedVsActualOrder {
    Roster,      // as on the roster (as plannedVsActual gives them: the rows stay as they are)
    Planned,     // largest forecast first
    Actual,      // largest result first
    VsPlanned,   // furthest below the forecast first (to chase underperformers)
};

// Stable: ties keep the roster order; rows lacking the value sorted on go last.
void sortRows(QList<PlannedVsActualRow> &rows, PlannedVsActualOrder order);

} // namespace tierscope::core
