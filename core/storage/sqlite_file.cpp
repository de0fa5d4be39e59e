// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite_file.h"

#include "core/storage/database_file.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace tierscope::core {

void SqliteCloser::operator()(sqlite3 *db) const
{
    sqlite3_close_v2(db);
}

namespace {

Result<SqlitePtr> openWith(const QString &path, const QString &name, int flags)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(name).constData(), &raw, flags, nullptr);
    SqlitePtr db(raw);
    if (rc != SQLITE_OK)
        return sqliteFileError(rc, raw, path);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    return db;
}

} // namespace

Result<SqlitePtr> openSqliteReadOnly(const QString &path)
{
    const SqliteOpenName open = readOnlyOpenName(path);
    return openWith(path, open.name, SQLITE_OPEN_READONLY | (open.uri ? SQLITE_OPEN_URI : 0));
}

Result<SqlitePtr> openSqliteSnapshot(const QString &path)
{
    auto db = openSqliteReadOnly(path);
    if (!db)
        return db.error();
    int tables = 0;
    int rc = execSql(db->get(), "BEGIN");
    if (rc == SQLITE_OK)
        rc = queryInt(db->get(), "SELECT count(*) FROM sqlite_schema", &tables);
    if (rc != SQLITE_OK)
        return sqliteFileError(rc, db->get(), path);
    return db;
}

Result<SqlitePtr> openSqliteReadWrite(const QString &path)
{
    return openWith(path, path, SQLITE_OPEN_READWRITE);
}

Error sqliteFileError(int rc, sqlite3 *db, const QString &path)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db))
                              : QString::fromUtf8(sqlite3_errstr(rc));
    const QString name = QFileInfo(path).fileName();
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return {Error::Code::NotAWorkspace,
                QStringLiteral("“%1” is not a Tierscope workspace: it is not an SQLite database.")
                    .arg(name)};
    case SQLITE_CORRUPT:
        return {Error::Code::Corrupt,
                QStringLiteral("“%1” is damaged (%2). It was left untouched; restore a backup copy.")
                    .arg(name, detail)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {Error::Code::Locked,
                QStringLiteral("“%1” is locked by another program. Close it there and try again.")
                    .arg(name)};
    case SQLITE_FULL:
        return {Error::Code::DiskFull,
                QStringLiteral("The disk is full while writing “%1”.").arg(name)};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {Error::Code::ReadOnly,
                QStringLiteral("“%1” cannot be opened for writing (%2).").arg(name, detail)};
    default:
        return {Error::Code::Io, QStringLiteral("“%1”: %2").arg(name, detail)};
    }
}

int execSql(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

int queryInt(sqlite3 *db, const char *sql, int *out)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            *out = sqlite3_column_int(stmt, 0);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    return rc;
}

} // namespace tierscope::core
