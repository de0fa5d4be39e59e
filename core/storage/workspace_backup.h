// SPDX-License-Identifier: GPL-3.0-or-later
// Copies of a workspace taken with SQLite's online backup API (consistent while the workspace
// is open and in use): File › Save a Copy, Back Up Now, the daily automatic backup and
// File › Restore Backup. Backups of "plan.tierscope" live beside it in "plan.tierscope.backups/".
#pragma once

#include "core/common/result.h"

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

    // A consistent copy of the workspace at target (which must not exist).
    static Status saveCopy(const QString &workspacePath, const QString &target);

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

    // Replaces the workspace with a backup. The workspace must be closed. The backup is checked
    // first (a Tierscope workspace, not damaged); the current file is kept beside it as
    // "….before-restore-<time>" and its path returned, so a restore can be undone by hand.
    static Result<QString> restore(const QString &backupPath, const QString &workspacePath,
                                   const QDateTime &now);
    // Where restore() at `now` keeps the current file.
    static QString beforeRestorePath(const QString &workspacePath, const QDateTime &now);
};

} // namespace tierscope::core
