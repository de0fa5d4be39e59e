// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database_restore.h"

#include "core/storage/database_file.h"
#include "core/storage/fault_point.h"
#include "core/storage/sqlite_file.h"
#include "core/storage/wal_sidecar_cleanup.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace tierscope::core {

namespace {

constexpr int kPagesPerStep = 256;

Error inUse(const QString &workspacePath)
{
    return {Error::Code::Locked,
            QStringLiteral("“%1” is in use by another process (another Tierscope window, or a "
                           "command writing to it), so the backup was not restored; the workspace "
                           "is as it was. Close it there or let it finish, then try again.")
                .arg(QFileInfo(workspacePath).fileName())};
}

bool isBusy(int rc)
{
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

// Ends the backup (rolling back its write transaction if it has not committed) and returns e.
Error abandon(sqlite3_backup *backup, Error e)
{
    sqlite3_backup_finish(backup);
    return e;
}

} // namespace

Result<QString> restoreDatabase(const QString &backupPath, const QString &workspacePath,
                                const QString &keepPath)
{
    const WalSidecarCleanup cleanup(backupPath);
    auto src = openSqliteSnapshot(backupPath);
    if (!src)
        return src.error();

    auto dst = openSqliteReadWrite(workspacePath);
    if (!dst)
        return dst.error();
    // A workspace is in WAL mode already (every open sets it); the keep copy below depends on
    // it: in rollback mode the write lock would shut out the copy's reader too.
    int rc = execSql(dst->get(), "PRAGMA journal_mode = WAL");
    if (rc != SQLITE_OK)
        return isBusy(rc) ? inUse(workspacePath) : sqliteFileError(rc, dst->get(), workspacePath);

    int sourcePageSize = 0;
    int targetPageSize = 0;
    queryInt(src->get(), "PRAGMA page_size", &sourcePageSize);
    queryInt(dst->get(), "PRAGMA page_size", &targetPageSize);
    if (sourcePageSize != targetPageSize)
        return Error{Error::Code::InvalidArgument,
                     QStringLiteral("“%1” cannot be restored into “%2”: their page sizes differ "
                                    "(%3 and %4 bytes). Nothing was changed.")
                         .arg(QFileInfo(backupPath).fileName(), QFileInfo(workspacePath).fileName())
                         .arg(sourcePageSize)
                         .arg(targetPageSize)};

    sqlite3_backup *backup = sqlite3_backup_init(dst->get(), "main", src->get(), "main");
    if (!backup)
        return sqliteFileError(sqlite3_errcode(dst->get()), dst->get(), workspacePath);
    // A step of no pages copies nothing but takes the destination's write lock, waiting up to
    // the busy timeout; the backup holds it until it is finished.
    rc = sqlite3_backup_step(backup, 0);
    if (isBusy(rc))
        return abandon(backup, inUse(workspacePath));
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        return abandon(backup, sqliteFileError(rc, dst->get(), workspacePath));
    faultPoint("restore-locked");

    // The name is chosen under the lock: a restore just before this one may have taken it.
    QString kept;
    for (int n = 1; kept.isEmpty(); ++n) {
        const QString candidate = n == 1 ? keepPath : keepPath + QStringLiteral("-%1").arg(n);
        if (QFileInfo::exists(candidate))
            continue;
        const Status s = backupDatabase(workspacePath, candidate);
        if (s.code == Error::Code::Conflict && n < 100)
            continue;
        if (s)
            return abandon(backup, s);
        kept = candidate;
    }

    rc = sqlite3_backup_step(backup, kPagesPerStep);
    faultPoint("restore-copying");
    while (rc == SQLITE_OK)
        rc = sqlite3_backup_step(backup, kPagesPerStep);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        return sqliteFileError(rc != SQLITE_DONE ? rc : finished, dst->get(), workspacePath);
    // Best effort: the restored pages into the file itself, without waiting for readers.
    sqlite3_wal_checkpoint_v2(dst->get(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return kept;
}

} // namespace tierscope::core
