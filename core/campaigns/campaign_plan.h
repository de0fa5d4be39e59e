// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/campaign.h"
#include "core/domain/creator.h"
#include "core/domain/deliverable.h"
#include "core/domain/roster.h"

#include <QHash>
#include <QList>

namespace tierscope::core {

// One campaign with everything its arithmetic needs: roster, deliverables, the creators on the
// roster and the workspace constants. Loaded by CampaignPlanLoader; read by the budget, forecast
// and results calculations, the views and the PDF.
struct CampaignPlan
{
    Campaign campaign;
    QList<RosterEntry> roster;                      // by position
    QHash<qint64, QList<Deliverable>> deliverables; // roster entry id → its deliverables
    QHash<qint64, Creator> creators;                // creator id → creator
    QHash<Platform, double> viewRates;              // default view rate per platform

    const Creator *creatorOf(const RosterEntry &e) const;
    int deliverableCount(qint64 entryId) const; // Σ quantities (checked: held at INT_MAX)
    double viewRate(Platform p) const;
};

} // namespace tierscope::core
