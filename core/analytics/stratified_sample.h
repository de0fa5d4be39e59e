// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <vector>

namespace tierscope::core {

// A deterministic sample per stratum (tier) that needs no counts up front: every stratum keeps
// the candidates with the smallest keys seen so far in a bounded max-heap, so one pass over the
// rows is enough and the result does not depend on the order the rows come in.
class StratifiedSample
{
public:
    struct Candidate
    {
        quint64 key = 0;
        qint64 id = 0;
        qint64 followers = 0;
        double engagementRate = 0.0;
    };

    StratifiedSample(int strata, int capacityPerStratum);

    // The sample key of an id: a fixed 64-bit mix (splitmix64's finaliser), so a stratum's sample
    // is a uniform pseudo-random subset that is the same on every run and every machine.
    static quint64 key(qint64 id);

    void offer(int stratum, qint64 id, qint64 followers, double engagementRate)
    {
        std::vector<Candidate> &heap = m_heaps[size_t(stratum)];
        const quint64 k = key(id);
        if (int(heap.size()) < m_capacity)
            push(heap, {k, id, followers, engagementRate});
        else if (m_capacity > 0 && k < heap.front().key)
            replaceTop(heap, {k, id, followers, engagementRate});
    }

    // Takes in the candidates another sample (of the same shape) kept, as if its rows had been
    // offered here: a pass split over several threads ends with the same sample as one pass.
    void merge(const StratifiedSample &other);

    // The kept candidates of a stratum, smallest key first; any prefix is itself the sample of
    // that size.
    std::vector<Candidate> sorted(int stratum) const;

    // The largest cap c with Σ min(size_i, c) ≤ budget: every stratum gets up to c points and
    // small strata keep all theirs. 0 when the budget is 0; the largest size when all fit.
    static qint64 capPerStratum(const QList<qint64> &sizes, qint64 budget);

private:
    static void push(std::vector<Candidate> &heap, const Candidate &c);
    static void replaceTop(std::vector<Candidate> &heap, const Candidate &c);

    int m_capacity;
    std::vector<std::vector<Candidate>> m_heaps;
};

} // namespace tierscope::core
