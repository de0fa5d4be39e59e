// SPDX-License-Identifier: GPL-3.0-or-later
// "Fill the budget": from candidate creators (a shortlist), the roster that stays within the
// money available and maximises the expected engagements (or impressions), under one tier-mix
// rule ("at least 60 % of the spend on micro creators").
#pragma once

#include "core/common/result.h"
#include "core/domain/creator.h"
#include "core/domain/tier.h"
#include "core/domain/tier_scheme.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace tierscope::core {

enum class FillObjective { Engagements, Impressions };

// At least minSharePercent % of the suggested spend goes to creators of these tiers. A cap on
// other tiers is the same rule said the other way ("≤ 20 % mega" is "≥ 80 % on the others").
struct TierMixRule
{
    QList<Tier> tiers;
    int minSharePercent = 0; // 0 … 100

    bool operator==(const TierMixRule &) const = default;
};

struct FillOptions
{
    qint64 budgetMinor = 0; // what may be spent: the campaign's remaining budget
    QString currency;       // the campaign's; fees in another currency are left out
    FillObjective objective = FillObjective::Engagements;
    int deliverablesPerCreator = 1; // posts each creator would deliver, for the estimates
    QList<Tier> allowedTiers;       // empty: any tier
    std::optional<TierMixRule> mix;
    QSet<qint64> onRoster;          // creators already on the roster: left out
    QHash<Platform, double> viewRates; // default view rate per platform (impressions)
    TierScheme scheme;
    // Bound on the dynamic programme: candidates × (budget ÷ fee granularity + 1) cells. Within
    // it the answer is exact; past it fees are rounded up to a coarser unit (still within the
    // budget, possibly not the best) and the result says so.
    qint64 maxCells = 40'000'000;
};

// Why a candidate is in or out of the suggestion.
enum class FillReason {
    Chosen,
    NotChosen,       // eligible, but a better combination used the money
    AboveBudget,     // its fee alone is more than the money available
    NoFee,           // no quoted fee
    OtherCurrency,   // quoted in another currency (no exchange rates offline)
    NoEstimate,      // followers or ER unknown: nothing to expect
    TierNotWanted,   // outside the allowed tiers
    OnRoster,        // already on the roster
};

struct FillCandidate
{
    qint64 creatorId = 0;
    std::optional<Tier> tier;
    std::optional<qint64> feeMinor;
    std::optional<double> value; // expected engagements or impressions
    FillReason reason = FillReason::NotChosen;
    int valueForMoneyRank = 0;   // 1 = most per unit of money among the eligible; 0: not eligible
    bool inMixTiers = false;     // counts towards the tier-mix rule

    // Minor units per engagement (or per impression); unknown without a value.
    std::optional<double> costPerUnit() const;
};

struct FillResult
{
    QList<FillCandidate> candidates; // in the order given
    QList<qint64> chosen;            // creator ids, in the order given
    double value = 0;                // Σ values of the chosen
    qint64 spentMinor = 0;
    qint64 mixSpentMinor = 0;        // of which on the rule's tiers
    qint64 budgetMinor = 0;
    int eligible = 0;
    bool exact = true;               // false when fees had to be rounded (see FillOptions)
    qint64 unitMinor = 1;            // the fee granularity the search used

    // mixSpent / spent; unknown when nothing is spent.
    std::optional<double> mixShare() const;
    const FillCandidate *candidate(qint64 creatorId) const;
};

// The best subset of candidates: Σ fees ≤ budget, the tier-mix rule met, Σ values maximal (ties:
// the cheaper). Exact 0/1 knapsack by dynamic programming over the budget in units of the
// greatest common divisor of the fees, once for the rule's tiers and once for the others, then
// the best split of the budget between the two that meets the rule: O(n × W) time and n × W
// bits of memory, W = budget ÷ unit. InvalidArgument for a negative budget, a bad rule or
// deliverables < 1.
Result<FillResult> fillBudget(const QList<Creator> &candidates, const FillOptions &options);

} // namespace tierscope::core
