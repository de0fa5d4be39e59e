// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database_file.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <memory>

#include <unistd.h>

namespace tierscope::core {

namespace {

struct DbCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using DbPtr = std::unique_ptr<sqlite3, DbCloser>;

Error sqliteError(int rc, sqlite3 *db, const QString &path)
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

// A read-only connection to a WAL file creates empty -wal and -shm files beside it; they are
// removed again when the connection closes if they were not there before.
struct SidecarCleanup
{
    explicit SidecarCleanup(const QString &path)
        : wal(path + QStringLiteral("-wal")), shm(path + QStringLiteral("-shm")),
          hadWal(QFileInfo::exists(wal)), hadShm(QFileInfo::exists(shm))
    {
    }
    ~SidecarCleanup()
    {
        if (!hadWal && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!hadShm && !hadWal)
            QFile::remove(shm);
    }
    QString wal, shm;
    bool hadWal, hadShm;
};

Result<DbPtr> openReadOnly(const QString &path)
{
    sqlite3 *raw = nullptr;
    const SqliteOpenName open = readOnlyOpenName(path);
    const int rc = sqlite3_open_v2(QFile::encodeName(open.name).constData(), &raw,
                                   SQLITE_OPEN_READONLY | (open.uri ? SQLITE_OPEN_URI : 0), nullptr);
    DbPtr db(raw);
    if (rc != SQLITE_OK)
        return sqliteError(rc, raw, path);
    sqlite3_busy_timeout(raw, 5000);
    return db;
}

// Runs a one-value query; returns the SQLite result code.
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

} // namespace

Result<DatabaseFileInfo> probeDatabaseFile(const QString &path)
{
    DatabaseFileInfo info;
    QFileInfo fi(path);
    if (!fi.exists()) {
        info.empty = true;
        return info;
    }
    info.exists = true;
    if (fi.isDir())
        return Error{Error::Code::NotAWorkspace,
                     QStringLiteral("“%1” is a folder, not a workspace file.").arg(path)};
    if (fi.size() == 0) {
        info.empty = true;
        return info;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, QStringLiteral("“%1” cannot be read: %2")
                                          .arg(fi.fileName(), f.errorString())};
    const QByteArray header = f.read(16);
    f.close();
    if (header != QByteArray("SQLite format 3\0", 16))
        return Error{Error::Code::NotAWorkspace,
                     QStringLiteral("“%1” is not a Tierscope workspace: it is not an SQLite "
                                    "database. It was left untouched.")
                         .arg(fi.fileName())};

    const SidecarCleanup cleanup(path);
    auto db = openReadOnly(path);
    if (!db)
        return db.error();
    int tables = 0;
    int rc = queryInt(db->get(), "SELECT count(*) FROM sqlite_schema", &tables);
    if (rc == SQLITE_OK)
        rc = queryInt(db->get(), "PRAGMA user_version", &info.userVersion);
    if (rc == SQLITE_OK)
        rc = queryInt(db->get(), "PRAGMA application_id", &info.applicationId);
    if (rc != SQLITE_OK)
        return sqliteError(rc, db->get(), path);
    info.empty = tables == 0;
    return info;
}

Status backupDatabase(const QString &sourcePath, const QString &targetPath)
{
    const SidecarCleanup cleanup(sourcePath);
    auto src = openReadOnly(sourcePath);
    if (!src)
        return src.error();
    if (QFileInfo::exists(targetPath))
        return {Error::Code::Conflict,
                QStringLiteral("“%1” already exists.").arg(QFileInfo(targetPath).fileName())};
    sqlite3 *raw = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(targetPath).constData(), &raw,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    DbPtr dst(raw);
    if (rc != SQLITE_OK)
        return sqliteError(rc, raw, targetPath);
    sqlite3_backup *backup = sqlite3_backup_init(dst.get(), "main", src->get(), "main");
    if (!backup)
        return sqliteError(sqlite3_errcode(dst.get()), dst.get(), targetPath);
    do {
        rc = sqlite3_backup_step(backup, 4096);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const Error e = sqliteError(rc, dst.get(), targetPath);
        dst.reset();
        QFile::remove(targetPath);
        return e;
    }
    return {};
}

Status quickCheck(const QString &path)
{
    const SidecarCleanup cleanup(path);
    auto db = openReadOnly(path);
    if (!db)
        return db.error();
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db->get(), "PRAGMA quick_check(1)", -1, &stmt, nullptr);
    QString finding;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            finding = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK)
        return sqliteError(rc, db->get(), path);
    if (finding != u"ok")
        return {Error::Code::Corrupt,
                QStringLiteral("“%1” is damaged (%2). It was left untouched; restore a backup copy.")
                    .arg(QFileInfo(path).fileName(), finding)};
    return {};
}

SqliteOpenName readOnlyOpenName(const QString &path)
{
    const QFileInfo file(path);
    const QByteArray folder = QFile::encodeName(file.absolutePath());
    if (!file.exists() || ::access(folder.constData(), W_OK) == 0
        || QFileInfo::exists(path + QStringLiteral("-wal")))
        return {path, false};
    QUrl url = QUrl::fromLocalFile(file.absoluteFilePath());
    url.setQuery(QStringLiteral("immutable=1"));
    return {url.toString(QUrl::FullyEncoded), true};
}

} // namespace tierscope::core
