// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/creator.h"

#include <optional>

namespace tierscope::core {

// Expected engagements of `deliverables` posts by a creator: deliverables × what its ER is a
// share of (Creator::engagementBase(): avg views for an ER by views, else followers) × ER
// (DESIGN.md §1, docs/ENGAGEMENT.md). Unknown when an input is unknown or negative, as
// campaign_math.h's expectedEngagements().
std::optional<double> expectedEngagementsOf(const Creator &creator, int deliverables = 1);

} // namespace tierscope::core
