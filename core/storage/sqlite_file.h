// SPDX-License-Identifier: GPL-3.0-or-later
// Raw SQLite connections for the storage code that works on whole files (probing, copying,
// restoring): opening them, and turning SQLite's result codes into core errors.
#pragma once

#include "core/common/result.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace tierscope::core {

// How long a connection waits for another one's lock before it gives up (as the workspace's).
inline constexpr int kBusyTimeoutMs = 5000;

struct SqliteCloser
{
    void operator()(sqlite3 *db) const;
};
using SqlitePtr = std::unique_ptr<sqlite3, SqliteCloser>;

// Opens the file read-only (as readOnlyOpenName() says) with the busy timeout.
Result<SqlitePtr> openSqliteReadOnly(const QString &path);
// openSqliteReadOnly() inside one read transaction that has read the schema: every later read
// sees the same snapshot, so writers in other processes neither restart a copy made from it
// (which could then never end) nor tear it.
Result<SqlitePtr> openSqliteSnapshot(const QString &path);
// Opens an existing file read-write with the busy timeout; never creates it.
Result<SqlitePtr> openSqliteReadWrite(const QString &path);

// A core error for SQLite result code rc on db (which may be null) about the file at path.
Error sqliteFileError(int rc, sqlite3 *db, const QString &path);

// Runs a statement without results; returns SQLite's result code.
int execSql(sqlite3 *db, const char *sql);
// Runs a one-value query; returns SQLite's result code (SQLITE_OK with *out set).
int queryInt(sqlite3 *db, const char *sql, int *out);

} // namespace tierscope::core
