// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/engagement.h"
#include "core/domain/platform.h"
#include "core/domain/tier.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

namespace tierscope::core {

struct Benchmark
{
    double engagementRate = 0.0; // fraction: 0.07 is 7 %
    QString source;              // where the figure comes from, shown beside it

    bool operator==(const Benchmark &) const = default;
};

// Follower thresholds and benchmark ER per tier. A tier is always derived from followers through
// the scheme, never stored per creator. Each threshold is the lowest follower count of its tier.
// Benchmarks are per ER basis (docs/ENGAGEMENT.md): an ER by views is compared with a benchmark
// by views, an ER by followers (or reported by a source) with one by followers. The basis
// arguments default to followers, the basis of the figures the tiers were defined with.
class TierScheme
{
public:
    TierScheme(); // the defaults of DESIGN.md §1

    static TierScheme defaults();

    Tier tier(qint64 followers) const;
    std::optional<Tier> tier(std::optional<qint64> followers) const;

    // Lowest follower count of a tier (Emerging: 0) and the first count above it (Mega: none).
    qint64 lowerBound(Tier t) const;
    std::optional<qint64> upperBoundExclusive(Tier t) const;
    void setLowerBound(Tier t, qint64 followers); // Nano … Mega; keeps ascending order checked by isValid()

    // Benchmark ER of a tier on a basis; a per-platform override wins when set. Emerging has none.
    std::optional<Benchmark> benchmark(Tier t, std::optional<Platform> platform = std::nullopt,
                                       ErBasis basis = ErBasis::Followers) const;
    void setBenchmark(Tier t, const Benchmark &b, ErBasis basis = ErBasis::Followers);
    void clearBenchmark(Tier t, ErBasis basis = ErBasis::Followers);
    // The platform's own benchmark of a tier only (no fallback): unset when the tier's general
    // benchmark applies on that platform.
    std::optional<Benchmark> platformBenchmark(Platform p, Tier t,
                                               ErBasis basis = ErBasis::Followers) const;
    void setPlatformBenchmark(Platform p, Tier t, const Benchmark &b,
                              ErBasis basis = ErBasis::Followers);
    void clearPlatformBenchmark(Platform p, Tier t, ErBasis basis = ErBasis::Followers);

    // Thresholds strictly ascending and positive; benchmarks within 0 … 1.
    bool isValid(QString *why = nullptr) const;

    QJsonObject toJson() const;
    static std::optional<TierScheme> fromJson(const QJsonObject &json);

    bool operator==(const TierScheme &other) const;

private:
    static int index(Tier t) { return static_cast<int>(t); }
    static size_t basisIndex(ErBasis b) { return b == ErBasis::Views ? 1 : 0; }

    std::array<qint64, 5> m_lower{}; // indexed by Tier
    // [basis][tier]: by followers, by views
    std::array<std::array<std::optional<Benchmark>, 5>, 2> m_bench;
    QHash<int, std::optional<Benchmark>> m_platformBench; // key: basis * 32 + platform * 8 + tier
};

} // namespace tierscope::core
