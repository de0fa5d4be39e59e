// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/creator_id_range.h"

#include "core/storage/sql_statement.h"

#include <sqlite3.h>

namespace tierscope::core {

Result<CreatorIdRange> creatorIdRange(sqlite3 *db)
{
    // Two subqueries: SQLite finds a lone min() or max() in one index step, but scans the whole
    // table for "SELECT min(id), max(id)".
    SqlStatement stmt(db);
    if (const Status s = stmt.prepare(QStringLiteral(
            "SELECT (SELECT min(id) FROM creators), (SELECT max(id) FROM creators)")))
        return s;
    if (const int rc = stmt.step(); rc != SQLITE_ROW)
        return stmt.error(rc, "Reading creators failed");
    CreatorIdRange range;
    range.empty = sqlite3_column_type(stmt.handle(), 0) == SQLITE_NULL;
    range.first = sqlite3_column_int64(stmt.handle(), 0);
    range.last = sqlite3_column_int64(stmt.handle(), 1);
    return range;
}

} // namespace tierscope::core
