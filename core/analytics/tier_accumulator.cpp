// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/tier_accumulator.h"

#include "core/analytics/quantiles.h"

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

TierStatistics TierAccumulator::takeStatistics(const TierScheme &scheme, const QString &feeCurrency,
                                               std::optional<Platform> benchmarkPlatform)
{
    TierStatistics out;
    out.total = m_total;
    out.unknownFollowers = m_unknownFollowers;
    out.feeCurrency = feeCurrency;
    for (Tier t : allTiers()) {
        Bucket &b = m_buckets[size_t(t)];
        TierSummary sum;
        sum.tier = t;
        sum.count = b.count;
        sum.withEr = b.er.size();
        sum.share = m_total > 0 ? double(b.count) / double(m_total) : 0.0;
        const auto quartiles = quantiles(b.er, {0.25, 0.5, 0.75});
        sum.lowerQuartileEr = quartiles[0];
        sum.medianEr = quartiles[1];
        sum.upperQuartileEr = quartiles[2];
        sum.benchmark = scheme.benchmark(t, benchmarkPlatform);
        if (sum.benchmark && sum.medianEr)
            sum.erVsBenchmark = *sum.medianEr - sum.benchmark->engagementRate;
        sum.medianFollowers = quantile(b.followers, 0.5);
        sum.medianFeeMinor = quantile(b.fee, 0.5);
        sum.medianCpeMinor = quantile(b.cpe, 0.5);
        sum.medianAuthenticity = quantile(b.authenticity, 0.5);
        out.tiers << sum;
        b = Bucket {};
    }
    return out;
}

} // namespace tierscope::core
