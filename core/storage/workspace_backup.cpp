// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/workspace_backup.h"

#include "core/storage/database_file.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace tierscope::core {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString stamp(const QDateTime &now)
{
    return now.toString(kStampFormat);
}

} // namespace

Status WorkspaceBackup::saveCopy(const QString &workspacePath, const QString &target)
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(workspacePath).absoluteFilePath())
        return {Error::Code::InvalidArgument, tr("A copy cannot replace the workspace itself.")};
    return backupDatabase(workspacePath, target);
}

QString WorkspaceBackup::backupFolder(const QString &workspacePath)
{
    return QFileInfo(workspacePath).absoluteFilePath() + QStringLiteral(".backups");
}

Result<QString> WorkspaceBackup::backupNow(const QString &workspacePath, const QDateTime &now)
{
    const QString folder = backupFolder(workspacePath);
    if (!QDir().mkpath(folder))
        return Error{Error::Code::Io, tr("Cannot create the backup folder “%1”.").arg(folder)};
    const QString base = QFileInfo(workspacePath).completeBaseName();
    QString target = QStringLiteral("%1/%2-%3.tierscope").arg(folder, base, stamp(now));
    for (int n = 2; QFileInfo::exists(target); ++n) // two backups in the same second
        target = QStringLiteral("%1/%2-%3-%4.tierscope").arg(folder, base, stamp(now)).arg(n);
    if (const Status s = backupDatabase(workspacePath, target))
        return s;
    return target;
}

QStringList WorkspaceBackup::backups(const QString &workspacePath)
{
    const QFileInfo workspace(workspacePath);
    QFileInfoList found = QDir(backupFolder(workspacePath))
                              .entryInfoList({QStringLiteral("*.tierscope")}, QDir::Files);
    found += workspace.absoluteDir().entryInfoList({workspace.fileName() + QStringLiteral(".v*.bak")},
                                                   QDir::Files);
    std::sort(found.begin(), found.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() > b.lastModified();
    });
    QStringList out;
    for (const QFileInfo &f : found)
        out << f.absoluteFilePath();
    return out;
}

Result<QString> WorkspaceBackup::dailyBackup(const QString &workspacePath, const QDateTime &now,
                                             int keepDays)
{
    const QFileInfoList existing = QDir(backupFolder(workspacePath))
                                       .entryInfoList({QStringLiteral("*.tierscope")}, QDir::Files,
                                                      QDir::Time);
    QString made;
    if (existing.isEmpty() || existing.constFirst().lastModified().secsTo(now) >= 24 * 3600) {
        auto backup = backupNow(workspacePath, now);
        if (!backup)
            return backup.error();
        made = *backup;
    }
    for (const QFileInfo &f : existing) {
        if (keepDays > 0 && f.lastModified().daysTo(now) > keepDays)
            QFile::remove(f.absoluteFilePath());
    }
    return made;
}

Result<QString> WorkspaceBackup::restore(const QString &backupPath, const QString &workspacePath,
                                         const QDateTime &now)
{
    const QString name = QFileInfo(backupPath).fileName();
    const auto info = probeDatabaseFile(backupPath);
    if (!info)
        return info.error();
    if (!info->exists || info->empty || info->applicationId != schema::kApplicationId)
        return Error{Error::Code::NotAWorkspace,
                     tr("“%1” is not a Tierscope workspace backup; nothing was changed.").arg(name)};
    if (info->userVersion > schema::currentVersion())
        return Error{Error::Code::NewerVersion,
                     tr("“%1” was saved by a newer Tierscope; nothing was changed.").arg(name)};
    if (const Status s = quickCheck(backupPath))
        return s;

    // Copy first, swap second: a failure half-way leaves the workspace as it was.
    const QString incoming = workspacePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (const Status s = backupDatabase(backupPath, incoming))
        return s;
    QString kept;
    if (QFileInfo::exists(workspacePath)) {
        kept = workspacePath + QStringLiteral(".before-restore-") + stamp(now);
        if (const Status s = backupDatabase(workspacePath, kept)) {
            QFile::remove(incoming);
            return s;
        }
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(workspacePath + suffix); // folded into `kept` by the backup above
    QFile::remove(workspacePath);
    if (!QFile::rename(incoming, workspacePath))
        return Error{Error::Code::Io, tr("Cannot replace “%1”; the backup is at “%2”.")
                                          .arg(QFileInfo(workspacePath).fileName(), incoming)};
    return kept;
}

} // namespace tierscope::core
