// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/tier_accumulator.h"

#include "core/analytics/quantiles.h"
#include "core/common/parallel_for.h"

#include <sqlite3.h>

namespace tierscope::core {

TierAccumulator::TierAccumulator(const TierScheme &scheme, int samplePerTier)
    : m_sampling(samplePerTier > 0)
    , m_sample(kTiers, samplePerTier)
{
    for (Tier t : allTiers())
        m_lower[size_t(t)] = scheme.lowerBound(t);
}

void TierAccumulator::row(sqlite3_value **v)
{
    ++m_total;
    if (sqlite3_value_type(v[1]) == SQLITE_NULL) {
        ++m_unknownFollowers;
        return;
    }
    const qint64 followers = sqlite3_value_int64(v[1]);
    size_t t = m_lower.size() - 1;
    while (t > 0 && followers < m_lower[t])
        --t;
    Bucket &b = m_buckets[t];
    ++b.count;
    b.followers.append(double(followers));
    const bool hasEr = sqlite3_value_type(v[2]) != SQLITE_NULL;
    const double er = hasEr ? sqlite3_value_double(v[2]) : 0.0;
    if (hasEr) {
        b.er.append(er);
        if (m_sampling)
            m_sample.offer(int(t), sqlite3_value_int64(v[0]), followers, er);
    }
    if (sqlite3_value_type(v[3]) != SQLITE_NULL) {
        const double fee = double(sqlite3_value_int64(v[3]));
        b.fee.append(fee);
        if (er > 0.0 && followers > 0)
            b.cpe.append(fee / (double(followers) * er));
    }
    if (sqlite3_value_type(v[4]) != SQLITE_NULL)
        b.authenticity.append(sqlite3_value_double(v[4]));
}

void TierAccumulator::merge(TierAccumulator &&other)
{
    m_total += other.m_total;
    m_unknownFollowers += other.m_unknownFollowers;
    m_sample.merge(other.m_sample);
    for (size_t t = 0; t < m_buckets.size(); ++t) {
        Bucket &to = m_buckets[t];
        Bucket &from = other.m_buckets[t];
        to.count += from.count;
        to.er += std::move(from.er);
        to.followers += std::move(from.followers);
        to.fee += std::move(from.fee);
        to.cpe += std::move(from.cpe);
        to.authenticity += std::move(from.authenticity);
        from = Bucket {};
    }
}

TierStatistics TierAccumulator::takeStatistics(const TierScheme &scheme, const QString &feeCurrency,
                                               std::optional<Platform> benchmarkPlatform)
{
    TierStatistics out;
    out.total = m_total;
    out.unknownFollowers = m_unknownFollowers;
    out.feeCurrency = feeCurrency;
    for (Tier t : allTiers()) {
        const Bucket &b = m_buckets[size_t(t)];
        TierSummary sum;
        sum.tier = t;
        sum.count = b.count;
        sum.withEr = b.er.size();
        sum.share = m_total > 0 ? double(b.count) / double(m_total) : 0.0;
        sum.benchmark = scheme.benchmark(t, benchmarkPlatform);
        out.tiers << sum;
    }

    // The order statistics: five lists per tier, selected in parallel (a million values take
    // tens of milliseconds), each job writing its own fields only.
    enum Job { Er, Followers, Fee, Cpe, Authenticity, JobsPerTier };
    TierSummary *sums = out.tiers.data(); // detached here, not in the jobs
    parallelFor(kTiers * JobsPerTier, [this, sums](int i) {
        Bucket &b = m_buckets[size_t(i / JobsPerTier)];
        TierSummary &sum = sums[i / JobsPerTier];
        switch (i % JobsPerTier) {
        case Er: {
            const auto quartiles = quantiles(b.er, {0.25, 0.5, 0.75});
            sum.lowerQuartileEr = quartiles[0];
            sum.medianEr = quartiles[1];
            sum.upperQuartileEr = quartiles[2];
            break;
        }
        case Followers: sum.medianFollowers = quantile(b.followers, 0.5); break;
        case Fee: sum.medianFeeMinor = quantile(b.fee, 0.5); break;
        case Cpe: sum.medianCpeMinor = quantile(b.cpe, 0.5); break;
        case Authenticity: sum.medianAuthenticity = quantile(b.authenticity, 0.5); break;
        }
    });

    for (TierSummary &sum : out.tiers) {
        if (sum.benchmark && sum.medianEr)
            sum.erVsBenchmark = *sum.medianEr - sum.benchmark->engagementRate;
    }
    m_buckets = {};
    return out;
}

} // namespace tierscope::core
