// SPDX-License-Identifier: GPL-3.0-or-later
// Whether a creator's metrics are within the plausible bounds of metric_limits.h: the check every
// single-creator write makes (CreatorRepository), so no path stores a follower count or average
// no account can have.
#pragma once

#include <QString>

namespace tierscope::core {

struct Creator;

// Why the creator's followers, averages, fee or text fields are past their bound, for the user;
// empty when they are within it (unknown values always are).
QString creatorLimitProblem(const Creator &c);

} // namespace tierscope::core
