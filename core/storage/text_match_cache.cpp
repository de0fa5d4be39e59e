// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/text_match_cache.h"

#include "core/storage/fts_query.h"
#include "core/storage/sql_statement.h"
#include "core/storage/sqlite_handle.h"

#include <sqlite3.h>

namespace tierscope::core {

namespace {

constexpr char kTable[] = "temp.creator_text_match";

qint64 dataVersion(sqlite3 *db)
{
    SqlStatement s(db);
    if (s.prepare(QStringLiteral("PRAGMA data_version")) || s.step() != SQLITE_ROW)
        return -1;
    return sqlite3_column_int64(s.handle(), 0);
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool isCurrent(sqlite3 *db, const QString &expression, qint64 version)
{
    SqlStatement s(db);
    if (s.prepare(QStringLiteral("SELECT expression, data_version, changes "
                                 "FROM temp.creator_text_match_key"))
        || s.step() != SQLITE_ROW)
        return false;
    const QString stored = QString::fromUtf8(
        reinterpret_cast<const char *>(sqlite3_column_text(s.handle(), 0)),
        sqlite3_column_bytes(s.handle(), 0));
    return stored == expression && sqlite3_column_int64(s.handle(), 1) == version
        && sqlite3_column_int64(s.handle(), 2) == sqlite3_total_changes64(db);
}

bool refill(sqlite3 *db, const QString &expression, qint64 version)
{
    if (!exec(db, "DELETE FROM temp.creator_text_match_key")
        || !exec(db, "DELETE FROM temp.creator_text_match"))
        return false;
    SqlStatement fill(db);
    if (fill.prepare(QStringLiteral("INSERT INTO temp.creator_text_match "
                                    "SELECT rowid FROM creators_fts WHERE creators_fts MATCH ?")))
        return false;
    fill.bind(1, expression);
    if (fill.step() != SQLITE_DONE)
        return false;
    // The key's own insert is one more change: the count it stores is the count after it.
    SqlStatement key(db);
    if (key.prepare(QStringLiteral("INSERT INTO temp.creator_text_match_key VALUES (?, ?, ?)")))
        return false;
    key.bind(1, expression);
    key.bind(2, version);
    key.bind(3, qint64(sqlite3_total_changes64(db) + 1));
    return key.step() == SQLITE_DONE;
}

} // namespace

QString TextMatchCache::table(const QSqlDatabase &db, const QString &expression)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle || expression.isEmpty())
        return {};
    if (!exec(handle, "CREATE TEMP TABLE IF NOT EXISTS creator_text_match "
                      "(id INTEGER PRIMARY KEY)")
        || !exec(handle, "CREATE TEMP TABLE IF NOT EXISTS creator_text_match_key "
                         "(expression TEXT NOT NULL, data_version INTEGER, changes INTEGER)"))
        return {};
    const qint64 version = dataVersion(handle);
    if (isCurrent(handle, expression, version) || refill(handle, expression, version))
        return QString::fromLatin1(kTable);
    // A half-done refill must not be mistaken for a match set later.
    exec(handle, "DELETE FROM temp.creator_text_match_key");
    return {};
}

void TextMatchCache::clear(const QSqlDatabase &db)
{
    if (sqlite3 *handle = sqliteHandle(db))
        exec(handle, "DROP TABLE IF EXISTS temp.creator_text_match_key");
}

CreatorQueryBuilder TextMatchCache::builder(const QSqlDatabase &db, const CreatorFilter &filter,
                                            const TierScheme &scheme)
{
    CreatorQueryBuilder b(filter, scheme);
    b.useTextMatchTable(table(db, ftsMatchExpression(filter.text, filter.niches)));
    return b;
}

} // namespace tierscope::core
