// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/parallel_for.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace tierscope::core {

void parallelFor(int count, const std::function<void(int)> &job, int maxThreads)
{
    if (count <= 0)
        return;
    const int cores = std::max(1, QThread::idealThreadCount());
    const int threads = std::min(count, maxThreads > 0 ? std::min(maxThreads, cores) : cores);
    std::atomic_int next {0};
    const auto drain = [&] {
        for (int i = next++; i < count; i = next++)
            job(i);
    };
    std::vector<std::thread> helpers;
    helpers.reserve(size_t(threads - 1));
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(drain);
    drain();
    for (std::thread &t : helpers)
        t.join();
}

} // namespace tierscope::core
