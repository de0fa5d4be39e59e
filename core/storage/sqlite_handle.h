// SPDX-License-Identifier: GPL-3.0-or-later
// Access to the raw sqlite3 handle behind a QSQLITE connection (Debian's plugin links the system
// libsqlite3, which core links too), for the bulk paths where Qt's binding cost dominates.
#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace tierscope::core {

sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace tierscope::core
