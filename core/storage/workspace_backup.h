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
    // A consistent copy of the workspace at target (which must not exist).
    static Status saveCopy(const QString &workspacePath, const QString &target);

    static QString backupFolder(const QString &workspacePath);
    // A new backup in backupFolder(), named after the time; returns its path.
    static Result<QString> backupNow(const QString &workspacePath, const QDateTime &now);
    // The daily backup: takes one when the newest is older than a day (or there is none), then
    // deletes backups older than keepDays. Returns the new backup's path, or "" when none was due.
    static Result<QString> dailyBackup(const QString &workspacePath, const QDateTime &now,
                                       int keepDays);
    // Backups of the workspace, newest first: the ones in backupFolder() and the automatic
    // pre-migration copies ("plan.tierscope.v1-….bak") beside it.
    static QStringList backups(const QString &workspacePath);

    // Replaces the workspace with a backup. The workspace must be closed. The backup is checked
    // first (a Tierscope workspace, not damaged); the current file is kept beside it as
    // "….before-restore-<time>" and its path returned, so a restore can be undone by hand.
    static Result<QString> restore(const QString &backupPath, const QString &workspacePath,
                                   const QDateTime &now);
};

} // namespace tierscope::core
