// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace tierscope::core {

// Calls job(i) for every i in [0, count), spread over up to maxThreads threads (the calling
// thread is one of them; 0 means one per core), and returns when all are done. Jobs must not
// share mutable state.
void parallelFor(int count, const std::function<void(int)> &job, int maxThreads = 0);

} // namespace tierscope::core
