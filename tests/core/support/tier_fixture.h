// SPDX-License-Identifier: GPL-3.0-or-later
// The small hand-built creator set of tst_tier_chart_data: per tier, followers and ERs chosen so
// that counts, quartiles, medians and percentiles can be worked out by hand (default tier scheme
// 1,000 / 10,000 / 100,000 / 1,000,000). The expected values are written out in that test.
#pragma once

#include "core/domain/creator.h"

#include <QList>

namespace tierscope::test {

QList<core::Creator> tierFixture();

} // namespace tierscope::test
