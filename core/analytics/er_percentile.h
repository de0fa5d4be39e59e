// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/creator.h"
#include "core/domain/tier_scheme.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tierscope::core {

// Where a creator's ER stands within its tier: the mid-rank percentile (0…1: the share of the
// tier's creators with a lower ER plus half of those with the same ER) among every creator of
// the workspace in that tier with a known ER on the same basis (ERs by views among ERs by views,
// others among ERs by followers and reported ones: docs/ENGAGEMENT.md), on any platform, the
// creator included. Unknown when the creator's followers or ER are unknown.
//
// One pass over the creators answers any number of creators at once (the Compare view's 2–6).
Result<QList<std::optional<double>>> erPercentilesInTier(QSqlDatabase db, const TierScheme &scheme,
                                                         const QList<Creator> &creators);
Result<std::optional<double>> erPercentileInTier(QSqlDatabase db, const TierScheme &scheme,
                                                 const Creator &creator);

} // namespace tierscope::core
