// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/stratified_sample.h"

#include <algorithm>

namespace tierscope::core {

namespace {

// A function object rather than a function pointer, so the heap operations inline it.
struct ByKey
{
    bool operator()(const StratifiedSample::Candidate &a,
                    const StratifiedSample::Candidate &b) const
    {
        return a.key < b.key;
    }
};

} // namespace

StratifiedSample::StratifiedSample(int strata, int capacityPerStratum)
    : m_capacity(std::max(0, capacityPerStratum))
    , m_heaps(size_t(std::max(0, strata)))
{
}

quint64 StratifiedSample::key(qint64 id)
{
    quint64 z = quint64(id) + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

void StratifiedSample::push(std::vector<Candidate> &heap, const Candidate &c)
{
    heap.push_back(c);
    std::push_heap(heap.begin(), heap.end(), ByKey());
}

// The new candidate takes the top's place and sinks: one pass down instead of pop + push.
void StratifiedSample::replaceTop(std::vector<Candidate> &heap, const Candidate &c)
{
    const size_t n = heap.size();
    size_t i = 0;
    for (;;) {
        size_t child = 2 * i + 1;
        if (child >= n)
            break;
        if (child + 1 < n && heap[child].key < heap[child + 1].key)
            ++child;
        if (heap[child].key <= c.key)
            break;
        heap[i] = heap[child];
        i = child;
    }
    heap[i] = c;
}

void StratifiedSample::merge(const StratifiedSample &other)
{
    const size_t strata = std::min(m_heaps.size(), other.m_heaps.size());
    for (size_t s = 0; s < strata; ++s) {
        for (const Candidate &c : other.m_heaps[s])
            offer(int(s), c.id, c.followers, c.engagementRate);
    }
}

std::vector<StratifiedSample::Candidate> StratifiedSample::sorted(int stratum) const
{
    std::vector<Candidate> out = m_heaps[size_t(stratum)];
    std::sort(out.begin(), out.end(), ByKey());
    return out;
}

qint64 StratifiedSample::capPerStratum(const QList<qint64> &sizes, qint64 budget)
{
    if (budget <= 0)
        return 0;
    QList<qint64> s = sizes;
    std::sort(s.begin(), s.end());
    // Water-filling: give the smallest strata all they have while an equal cap for the rest
    // still fits in what is left.
    qint64 left = budget;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const qint64 rest = s.size() - i;
        if (s[i] * rest <= left) {
            left -= s[i];
            continue;
        }
        return left / rest;
    }
    return s.isEmpty() ? 0 : s.last();
}

} // namespace tierscope::core
