// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/checked_arithmetic.h"
#include "core/campaigns/campaign_plan.h"
#include "core/domain/tier_scheme.h"

#include <QMap>

#include <algorithm>
#include <optional>

namespace tierscope::core {

struct BudgetLine
{
    qint64 plannedMinor = 0;
    qint64 committedMinor = 0;
    qint64 paidMinor = 0;
    int entries = 0;

    bool operator==(const BudgetLine &) const = default;
};

// DESIGN.md §1: committed = Σ fees of entries at stage ≥ contracted; planned = Σ fees of every
// entry still in the pipeline (declined entries left it and count nowhere); paid = Σ fees marked
// paid; remaining = budget − committed. Over budget is a state to show, never clipped.
// An entry without an agreed fee counts 0 everywhere and is counted in entriesWithoutFee.
// Sums are checked: one that leaves qint64 is held at checked::kTooLarge (shown as "too large to
// compute"), and so is everything computed from it; never a wrapped, negative amount.
struct BudgetSummary
{
    QString currency;
    qint64 budgetMinor = 0;
    BudgetLine total;
    QMap<Tier, BudgetLine> byTier;          // tier of the creator today (unknown followers: none)
    QMap<Platform, BudgetLine> byPlatform;  // creators missing from the plan: none
    int entriesWithoutFee = 0;               // in the pipeline with no agreed fee yet

    // Negative when the commitments exceed the budget.
    qint64 remainingMinor() const { return checked::subtract(budgetMinor, total.committedMinor); }
    bool committedOverBudget() const { return total.committedMinor > budgetMinor; }
    bool plannedOverBudget() const { return total.plannedMinor > budgetMinor; }
    // How much the commitments / the plan exceed the budget (0 when they fit).
    qint64 committedOverMinor() const
    {
        return std::max<qint64>(0, checked::subtract(total.committedMinor, budgetMinor));
    }
    qint64 plannedOverMinor() const
    {
        return std::max<qint64>(0, checked::subtract(total.plannedMinor, budgetMinor));
    }
    // amount / budget as a fraction (0.25 is 25 %); unknown without a positive budget, or for
    // an amount or budget too large to compute.
    std::optional<double> shareOfBudget(qint64 amountMinor) const
    {
        if (budgetMinor <= 0 || checked::isTooLarge(budgetMinor)
            || checked::isTooLarge(amountMinor))
            return std::nullopt;
        return double(amountMinor) / double(budgetMinor);
    }
};

BudgetSummary summarizeBudget(const CampaignPlan &plan, const TierScheme &scheme);

} // namespace tierscope::core
