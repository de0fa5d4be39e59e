// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/tier_statistics.h"

#include "core/analytics/tier_pass.h"

namespace tierscope::core {

Result<TierStatistics> computeTierStatistics(QSqlDatabase db, const TierScheme &scheme,
                                             const CreatorFilter &filter,
                                             const QString &feeCurrency)
{
    TierPass pass(scheme, feeCurrency);
    if (const Status s = pass.run(db, filter))
        return s;
    return pass.takeStatistics(filter);
}

} // namespace tierscope::core
