// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/creator_engagement.h"

#include <cmath>

namespace tierscope::core {

std::optional<double> expectedEngagementsOf(const Creator &c, int deliverables)
{
    const std::optional<double> base = c.engagementBase();
    if (!base || !c.engagementRate || !(*base >= 0.0) || !(*c.engagementRate >= 0.0)
        || deliverables < 1)
        return std::nullopt;
    const double engagements = double(deliverables) * *base * *c.engagementRate;
    return std::isfinite(engagements) ? std::optional<double>(engagements) : std::nullopt;
}

} // namespace tierscope::core
