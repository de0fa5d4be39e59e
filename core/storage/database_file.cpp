// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database_file.h"

#include "core/storage/fault_point.h"
#include "core/storage/partial_file.h"
#include "core/storage/sqlite_file.h"
#include "core/storage/wal_sidecar_cleanup.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <unistd.h>

namespace tierscope::core {

namespace {

// Pages copied per backup step (1 MB at the usual page size).
constexpr int kPagesPerStep = 256;

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

    const WalSidecarCleanup cleanup(path);
    auto db = openSqliteReadOnly(path);
    if (!db)
        return db.error();
    int tables = 0;
    int rc = queryInt(db->get(), "SELECT count(*) FROM sqlite_schema", &tables);
    if (rc == SQLITE_OK)
        rc = queryInt(db->get(), "PRAGMA user_version", &info.userVersion);
    if (rc == SQLITE_OK)
        rc = queryInt(db->get(), "PRAGMA application_id", &info.applicationId);
    if (rc != SQLITE_OK)
        return sqliteFileError(rc, db->get(), path);
    info.empty = tables == 0;
    return info;
}

Status backupDatabase(const QString &sourcePath, const QString &targetPath, CopyTarget target)
{
    if (target == CopyTarget::New && QFileInfo::exists(targetPath))
        return {Error::Code::Conflict,
                QStringLiteral("“%1” already exists.").arg(QFileInfo(targetPath).fileName())};
    PartialFile::removeStale(QFileInfo(targetPath).absolutePath());

    const WalSidecarCleanup cleanup(sourcePath);
    // One read transaction for the whole copy (openSqliteSnapshot).
    auto src = openSqliteSnapshot(sourcePath);
    if (!src)
        return src.error();

    auto partial = PartialFile::create(targetPath, sourcePath);
    if (!partial)
        return partial.error();
    {
        auto dst = openSqliteReadWrite((*partial)->path());
        if (!dst)
            return dst.error();
        // A temporary needs no journal of its own: a failed copy is thrown away whole, and
        // commit() flushes it to disk once.
        execSql(dst->get(), "PRAGMA journal_mode = OFF");
        execSql(dst->get(), "PRAGMA synchronous = OFF");
        sqlite3_backup *backup = sqlite3_backup_init(dst->get(), "main", src->get(), "main");
        if (!backup)
            return sqliteFileError(sqlite3_errcode(dst->get()), dst->get(), targetPath);
        int rc = sqlite3_backup_step(backup, kPagesPerStep);
        faultPoint("backup-copying");
        while (rc == SQLITE_OK)
            rc = sqlite3_backup_step(backup, kPagesPerStep);
        const int finished = sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE || finished != SQLITE_OK)
            return sqliteFileError(rc != SQLITE_DONE ? rc : finished, dst->get(), targetPath);
    } // closed before it is renamed
    return (*partial)->commit(target == CopyTarget::Replace ? PartialFile::Existing::Replace
                                                           : PartialFile::Existing::Refuse);
}

Status quickCheck(const QString &path)
{
    const WalSidecarCleanup cleanup(path);
    auto db = openSqliteReadOnly(path);
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
        return sqliteFileError(rc, db->get(), path);
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
