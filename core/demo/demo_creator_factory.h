// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/creator.h"

#include <random>

namespace tierscope::core {

// Makes realistic, deterministic sample creators: log-normal followers across all tiers and
// platforms, ER falling with reach around the tier benchmarks, niches, countries, languages,
// fees by reach, and some unknown values. The same seed and index give the same creator.
class DemoCreatorFactory
{
public:
    explicit DemoCreatorFactory(quint64 seed = 20261101);

    // Creator number `index` (0-based); handles are unique across indexes.
    Creator make(qint64 index);

    // The date the sample metrics are "as of" (fixed, so workspaces are reproducible).
    static QDate referenceDate();

private:
    double uniform();
    double normal();
    bool chance(double p) { return uniform() < p; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list[int(uniform() * list.size()) % list.size()]; }

    quint64 m_seed;
    std::mt19937_64 m_rng;
    std::normal_distribution<double> m_normal{0.0, 1.0};
};

} // namespace tierscope::core
