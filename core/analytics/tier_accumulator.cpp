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
    // er_basis is 'views', 'followers' or NULL: its first byte tells.
    const unsigned char *basis = sqlite3_value_text(v[5]);
    const bool byViews = basis && basis[0] == 'v';
    if (hasEr) {
        (byViews ? b.erByViews : b.er).append(er);
        if (m_sampling)
            m_sample.offer(int(t), sqlite3_value_int64(v[0]), followers, er);
    }
    if (sqlite3_value_type(v[3]) != SQLITE_NULL) {
        const double fee = double(sqlite3_value_int64(v[3]));
        b.fee.append(fee);
        // Engagements of one post: ER × what it is a share of (Creator::engagementBase()).
        const double base = byViews ? sqlite3_value_double(v[6]) : double(followers);
        if (er > 0.0 && base > 0.0)
            b.cpe.append(fee / (base * er));
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
        to.erByViews += std::move(from.erByViews);
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
        sum.withEr = b.er.size() + b.erByViews.size();
        sum.withErByViews = b.erByViews.size();
        sum.share = m_total > 0 ? double(b.count) / double(m_total) : 0.0;
        // The benchmark of each basis the tier's ERs are on; by followers also for a tier
        // without known ERs, as the tiers are defined by followers.
        if (sum.withErByViews < sum.withEr || sum.withEr == 0)
            sum.benchmark = scheme.benchmark(t, benchmarkPlatform, ErBasis::Followers);
        if (sum.withErByViews > 0)
            sum.viewsBenchmark = scheme.benchmark(t, benchmarkPlatform, ErBasis::Views);
        out.tiers << sum;
    }
    // Each ER minus the benchmark of its basis, where the tier's ERs are on both bases (else
    // the median minus the one benchmark, below); computed before the ERs are merged.
    std::array<QList<double>, kTiers> mixedVsBenchmark;
    for (Tier t : allTiers()) {
        Bucket &b = m_buckets[size_t(t)];
        const TierSummary &sum = out.tiers[qsizetype(t)];
        if (b.er.isEmpty() || b.erByViews.isEmpty() || !sum.benchmark || !sum.viewsBenchmark)
            continue;
        QList<double> &d = mixedVsBenchmark[size_t(t)];
        d.reserve(b.er.size() + b.erByViews.size());
        for (double er : std::as_const(b.er))
            d.append(er - sum.benchmark->engagementRate);
        for (double er : std::as_const(b.erByViews))
            d.append(er - sum.viewsBenchmark->engagementRate);
    }
    for (Bucket &b : m_buckets) {
        if (b.er.isEmpty())
            b.er = std::move(b.erByViews);
        else
            b.er += std::move(b.erByViews);
        b.erByViews = {};
    }

    // The order statistics: six lists per tier, selected in parallel (a million values take
    // tens of milliseconds), each job writing its own fields only.
    enum Job { Er, Followers, Fee, Cpe, Authenticity, VsBenchmark, JobsPerTier };
    TierSummary *sums = out.tiers.data(); // detached here, not in the jobs
    parallelFor(kTiers * JobsPerTier, [this, sums, &mixedVsBenchmark](int i) {
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
        case VsBenchmark:
            if (QList<double> &mixed = mixedVsBenchmark[size_t(i / JobsPerTier)]; !mixed.isEmpty())
                sum.erVsBenchmark = quantile(mixed, 0.5);
            break;
        }
    });

    for (TierSummary &sum : out.tiers) {
        if (!mixedVsBenchmark[size_t(sum.tier)].isEmpty())
            continue; // the median of the differences, above
        if (sum.medianEr && sum.withErByViews > 0 && sum.viewsBenchmark)
            sum.erVsBenchmark = *sum.medianEr - sum.viewsBenchmark->engagementRate;
        else if (sum.medianEr && sum.withErByViews == 0 && sum.benchmark)
            sum.erVsBenchmark = *sum.medianEr - sum.benchmark->engagementRate;
    }
    m_buckets = {};
    return out;
}

} // namespace tierscope::core
