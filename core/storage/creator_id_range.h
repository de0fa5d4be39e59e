// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

struct sqlite3;

namespace tierscope::core {

// The smallest and largest creator id, in one index step each.
struct CreatorIdRange
{
    bool empty = true; // no creators: first and last mean nothing
    qint64 first = 0;
    qint64 last = 0;
};

Result<CreatorIdRange> creatorIdRange(sqlite3 *db);

} // namespace tierscope::core
