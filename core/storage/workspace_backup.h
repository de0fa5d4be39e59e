// SPDX-License-Identifier: GPL-3.0-or-later
// Copies of a workspace taken with SQLite's online backup API (consistent while the workspace
// is open and in use): File › Save a Copy, Back Up Now, the daily automatic backup and
// File › Restore Backup. Backups of "plan.tierscope" live beside it in "plan.tierscope.backups/".
#pragma once

#include "core/common/result.h"
#include "core/storage/database_file.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tierscope::core {

class WorkspaceBackup
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceBackup)

public:
    // Daily backups rotate (dailyBackup deletes old ones); manual ones ("…-manual.tierscope")
    // stay until the user deletes them; the other two are made by Workspace::open and restore().
    enum class Kind { Daily, Manual, PreMigration, BeforeRestore };

    // A consistent copy of the workspace at target: a new file (Conflict if it exists), or one
    // that replaces target atomically once it is complete. Every copy here is written under a
    // temporary name and renamed when complete, with the workspace's permissions and owner.
    static Status saveCopy(const QString &workspacePath, const QString &target,
                           CopyTarget mode = CopyTarget::New);

    static QString backupFolder(const QString &workspacePath);
    // A new backup in backupFolder(), named after the time; returns its path.
    static Result<QString> backupNow(const QString &workspacePath, const QDateTime &now,
                                     Kind kind = Kind::Daily);
    // The daily backup: takes one when the newest is older than a day (or there is none), then
    // deletes daily backups older than keepDays (manual ones are never deleted). Returns the new backup's path, or "" when none was due.
    static Result<QString> dailyBackup(const QString &workspacePath, const QDateTime &now,
                                       int keepDays);
    // Backups of the workspace, newest first (takenAt()): the ones in backupFolder(), and beside
    // the workspace the automatic pre-migration copies ("plan.tierscope.v1-….bak") and the files
    // a restore replaced ("plan.tierscope.before-restore-…").
    static QStringList backups(const QString &workspacePath);
    // What a backup is, from its name.
    static Kind kindOf(const QString &backupPath);
    // When a backup was taken: the time in its name, else the file's modification time.
    static QDateTime takenAt(const QString &backupPath);

    // Replaces the workspace's contents with a backup's; the one way the app and the command
    // line restore. The backup is checked first (a Tierscope workspace, not newer, not damaged);
    // a read-only workspace is refused. Under the workspace's write lock, its current contents
    // are kept beside it as "….before-restore-<time>" (its path is returned, so a restore can
    // be undone), then the backup is copied in through SQLite (restoreDatabase(): safe while
    // other processes have the file open; Locked, "in use by another process", if one keeps
    // writing past the busy timeout). A workspace that does not exist is made from the backup
    // ("" returned). Close it in this process first, so that nothing here caches old contents.
    static Result<QString> restore(const QString &backupPath, const QString &workspacePath,
                                   const QDateTime &now);
    // Where restore() at `now` keeps the current file ("-2" … appended if that is taken).
    static QString beforeRestorePath(const QString &workspacePath, const QDateTime &now);
};

} // namespace tierscope::core
