// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaigns/budget_filler.h"

#include "core/analytics/campaign_math.h"
#include "core/analytics/creator_engagement.h"
#include "core/storage/settings_repository.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <vector>

namespace tierscope::core {

namespace {

constexpr double kUnreachable = -std::numeric_limits<double>::infinity();

struct Item
{
    int candidate = 0; // index into FillResult::candidates
    qint64 units = 0;  // fee in units of the search granularity (rounded up)
    double value = 0;
};

// 0/1 knapsack over exact costs 0 … W: best[w] is the largest value of a subset costing exactly
// w units (unreachable: −∞); take[i][w] records whether item i was taken on the way to w.
class Knapsack
{
public:
    Knapsack(const std::vector<Item> &items, qint64 capacity)
        : m_items(items), m_width(size_t(capacity) + 1), m_best(m_width, kUnreachable),
          m_take(items.size() * words(), 0)
    {
        m_best[0] = 0;
        for (size_t i = 0; i < m_items.size(); ++i) {
            const size_t c = size_t(m_items[i].units);
            if (c >= m_width)
                continue;
            const double v = m_items[i].value;
            // Downwards, so each item is counted once (a zero cost reads its own cell first).
            for (size_t w = m_width; w-- > c;) {
                const double from = m_best[w - c];
                if (from == kUnreachable || !(from + v > m_best[w]))
                    continue;
                m_best[w] = from + v;
                m_take[i * words() + w / 64] |= std::uint64_t(1) << (w % 64);
            }
        }
    }

    double best(qint64 w) const { return m_best[size_t(w)]; }

    // The items of the best subset costing exactly w units.
    QList<int> items(qint64 w) const
    {
        QList<int> out;
        size_t rest = size_t(w);
        for (size_t i = m_items.size(); i-- > 0;) {
            if (m_take[i * words() + rest / 64] & (std::uint64_t(1) << (rest % 64))) {
                out.prepend(m_items[i].candidate);
                rest -= size_t(m_items[i].units);
            }
        }
        return out;
    }

private:
    size_t words() const { return (m_width + 63) / 64; }

    std::vector<Item> m_items;
    size_t m_width;
    std::vector<double> m_best;
    std::vector<std::uint64_t> m_take;
};

Error invalid(const char *text)
{
    return {Error::Code::InvalidArgument, QCoreApplication::translate("BudgetFiller", text)};
}

std::optional<double> valueOf(const Creator &c, const FillOptions &o)
{
    if (o.objective == FillObjective::Engagements)
        return expectedEngagementsOf(c, o.deliverablesPerCreator);
    const double rate = o.viewRates.value(c.platform, SettingsRepository::builtInViewRate(c.platform));
    return expectedImpressions(c.followers, c.avgViews, rate, o.deliverablesPerCreator);
}

FillCandidate assess(const Creator &c, const FillOptions &o, const QSet<qint64> &seen)
{
    FillCandidate f;
    f.creatorId = c.id;
    f.tier = o.scheme.tier(c.followers);
    f.value = valueOf(c, o);
    f.inMixTiers = o.mix && f.tier && o.mix->tiers.contains(*f.tier);
    if (c.fee && c.fee->currency().compare(o.currency, Qt::CaseInsensitive) == 0)
        f.feeMinor = c.fee->minor();
    if (o.onRoster.contains(c.id) || seen.contains(c.id))
        f.reason = FillReason::OnRoster;
    else if (!o.allowedTiers.isEmpty() && !(f.tier && o.allowedTiers.contains(*f.tier)))
        f.reason = FillReason::TierNotWanted;
    else if (!c.fee)
        f.reason = FillReason::NoFee;
    else if (!f.feeMinor)
        f.reason = FillReason::OtherCurrency;
    else if (!f.value)
        f.reason = FillReason::NoEstimate;
    else if (*f.feeMinor > o.budgetMinor)
        f.reason = FillReason::AboveBudget;
    return f;
}

bool eligible(const FillCandidate &f)
{
    return f.reason == FillReason::NotChosen;
}

// Most value per unit of money first; a free creator ranks above any paid one.
void rank(QList<FillCandidate> &candidates)
{
    QList<int> order;
    for (int i = 0; i < candidates.size(); ++i) {
        if (eligible(candidates[i]))
            order << i;
    }
    const auto perMoney = [&](int i) {
        const FillCandidate &f = candidates[i];
        return *f.feeMinor > 0 ? *f.value / double(*f.feeMinor)
                               : std::numeric_limits<double>::infinity();
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return perMoney(a) > perMoney(b); });
    for (int r = 0; r < order.size(); ++r)
        candidates[order[r]].valueForMoneyRank = r + 1;
}

} // namespace

std::optional<double> FillCandidate::costPerUnit() const
{
    if (!feeMinor || !value || *value <= 0)
        return std::nullopt;
    return double(*feeMinor) / *value;
}

std::optional<double> FillResult::mixShare() const
{
    if (spentMinor <= 0)
        return std::nullopt;
    return double(mixSpentMinor) / double(spentMinor);
}

const FillCandidate *FillResult::candidate(qint64 creatorId) const
{
    for (const FillCandidate &c : candidates) {
        if (c.creatorId == creatorId)
            return &c;
    }
    return nullptr;
}

Result<FillResult> fillBudget(const QList<Creator> &candidates, const FillOptions &options)
{
    if (options.budgetMinor < 0)
        return invalid("There is no money left in the budget to fill.");
    if (options.deliverablesPerCreator < 1)
        return invalid("Each creator delivers at least one post.");
    if (options.mix
        && (options.mix->minSharePercent < 0 || options.mix->minSharePercent > 100))
        return invalid("A tier share is between 0 % and 100 %.");
    if (options.maxCells < 1)
        return invalid("The search needs room for at least one cell.");

    FillResult result;
    result.budgetMinor = options.budgetMinor;
    QSet<qint64> seen;
    for (const Creator &c : candidates) {
        result.candidates << assess(c, options, seen);
        seen.insert(c.id);
    }
    rank(result.candidates);

    // The granularity: the greatest common divisor of the fees keeps the search exact.
    qint64 unit = 0;
    qint64 n = 0;
    for (const FillCandidate &f : std::as_const(result.candidates)) {
        if (!eligible(f))
            continue;
        ++n;
        unit = std::gcd(unit, *f.feeMinor);
    }
    result.eligible = int(n);
    if (unit <= 0)
        unit = std::max<qint64>(1, options.budgetMinor); // only free creators, or none
    qint64 capacity = options.budgetMinor / unit;
    // Past the bound, a coarser unit: fees round up, so the suggestion still fits the budget.
    if (n > 0 && double(n) * double(capacity + 1) > double(options.maxCells)) {
        const qint64 wanted = std::max<qint64>(1, options.maxCells / n - 1);
        unit *= (capacity + wanted - 1) / wanted;
        capacity = options.budgetMinor / unit;
        result.exact = false;
    }
    result.unitMinor = unit;

    const bool ruled = options.mix && options.mix->minSharePercent > 0;
    std::vector<Item> inMix, others;
    for (int i = 0; i < result.candidates.size(); ++i) {
        const FillCandidate &f = result.candidates[i];
        if (!eligible(f))
            continue;
        const Item item{i, (*f.feeMinor + unit - 1) / unit, *f.value};
        (ruled && f.inMixTiers ? inMix : others).push_back(item);
    }
    const Knapsack a(inMix, capacity);
    const Knapsack b(others, capacity);

    // Best of the others within each cost: prefix maximum, keeping the cheapest on ties.
    std::vector<qint64> bestUpTo(size_t(capacity) + 1, 0);
    for (qint64 w = 1; w <= capacity; ++w) {
        const qint64 prev = bestUpTo[size_t(w - 1)];
        bestUpTo[size_t(w)] = b.best(w) > b.best(prev) ? w : prev;
    }

    // Split the budget: wa units to the rule's tiers, at most what the rule leaves to the others.
    double bestValue = kUnreachable;
    qint64 bestA = 0;
    qint64 bestB = 0;
    const qint64 percent = ruled ? options.mix->minSharePercent : 0;
    for (qint64 wa = 0; wa <= capacity; ++wa) {
        if (a.best(wa) == kUnreachable)
            continue;
        qint64 limit = capacity - wa;
        if (ruled) // 100 × wa ≥ percent × (wa + wb)
            limit = std::min(limit, wa * (100 - percent) / percent);
        const qint64 wb = bestUpTo[size_t(limit)];
        const double v = a.best(wa) + b.best(wb);
        if (v > bestValue || (v == bestValue && wa + wb < bestA + bestB)) {
            bestValue = v;
            bestA = wa;
            bestB = wb;
        }
    }

    QList<int> picked = a.items(bestA) + b.items(bestB);
    std::sort(picked.begin(), picked.end());
    for (int i : std::as_const(picked)) {
        FillCandidate &f = result.candidates[i];
        f.reason = FillReason::Chosen;
        result.chosen << f.creatorId;
        result.value += *f.value;
        result.spentMinor += *f.feeMinor;
        if (f.inMixTiers)
            result.mixSpentMinor += *f.feeMinor;
    }
    return result;
}

} // namespace tierscope::core
