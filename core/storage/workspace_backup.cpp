// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/workspace_backup.h"

#include "core/storage/database_file.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace tierscope::core {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString stamp(const QDateTime &now)
{
    return now.toString(kStampFormat);
}

const QString kManualTag = QStringLiteral("-manual");

// "…-20261102-093000-manual-2.tierscope": the stamp and, for manual backups, the tag.
const QRegularExpression &stampPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(\\d{8}-\\d{6})(-manual)?(-\\d+)?(\\.[a-z]+)?$"));
    return re;
}

// The daily backups in the folder, newest first.
QFileInfoList dailyBackups(const QString &folder)
{
    QFileInfoList out;
    const QFileInfoList all = QDir(folder).entryInfoList({QStringLiteral("*.tierscope")},
                                                         QDir::Files, QDir::Time);
    for (const QFileInfo &f : all) {
        if (WorkspaceBackup::kindOf(f.absoluteFilePath()) == WorkspaceBackup::Kind::Daily)
            out << f;
    }
    return out;
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

Result<QString> WorkspaceBackup::backupNow(const QString &workspacePath, const QDateTime &now,
                                           Kind kind)
{
    const QString folder = backupFolder(workspacePath);
    if (!QDir().mkpath(folder))
        return Error{Error::Code::Io, tr("Cannot create the backup folder “%1”.").arg(folder)};
    const QString base = QFileInfo(workspacePath).completeBaseName();
    const QString name = stamp(now) + (kind == Kind::Manual ? kManualTag : QString());
    QString target = QStringLiteral("%1/%2-%3.tierscope").arg(folder, base, name);
    for (int n = 2; QFileInfo::exists(target); ++n) // two backups in the same second
        target = QStringLiteral("%1/%2-%3-%4.tierscope").arg(folder, base, name).arg(n);
    if (const Status s = backupDatabase(workspacePath, target))
        return s;
    return target;
}

QStringList WorkspaceBackup::backups(const QString &workspacePath)
{
    const QFileInfo workspace(workspacePath);
    QFileInfoList found = QDir(backupFolder(workspacePath))
                              .entryInfoList({QStringLiteral("*.tierscope")}, QDir::Files);
    found += workspace.absoluteDir().entryInfoList(
        {workspace.fileName() + QStringLiteral(".v*.bak"),
         workspace.fileName() + QStringLiteral(".before-restore-*")},
        QDir::Files);
    QList<std::pair<QDateTime, QString>> dated;
    for (const QFileInfo &f : found) {
        const QString name = f.fileName();
        if (name.endsWith(u"-wal") || name.endsWith(u"-shm") || name.endsWith(u"-journal"))
            continue; // SQLite's files beside a backup someone opened
        dated.append({takenAt(f.absoluteFilePath()), f.absoluteFilePath()});
    }
    std::stable_sort(dated.begin(), dated.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (const auto &d : dated)
        out << d.second;
    return out;
}

WorkspaceBackup::Kind WorkspaceBackup::kindOf(const QString &backupPath)
{
    const QString name = QFileInfo(backupPath).fileName();
    if (name.contains(QStringLiteral(".before-restore-")))
        return Kind::BeforeRestore;
    if (name.endsWith(QStringLiteral(".bak")))
        return Kind::PreMigration;
    const QRegularExpressionMatch m = stampPattern().match(name);
    return m.hasMatch() && !m.captured(2).isEmpty() ? Kind::Manual : Kind::Daily;
}

QDateTime WorkspaceBackup::takenAt(const QString &backupPath)
{
    const QFileInfo info(backupPath);
    const QRegularExpressionMatch m = stampPattern().match(info.fileName());
    if (m.hasMatch()) {
        const QDateTime t = QDateTime::fromString(m.captured(1), kStampFormat);
        if (t.isValid())
            return t;
    }
    return info.lastModified();
}

Result<QString> WorkspaceBackup::dailyBackup(const QString &workspacePath, const QDateTime &now,
                                             int keepDays)
{
    const QFileInfoList existing = dailyBackups(backupFolder(workspacePath));
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
        kept = beforeRestorePath(workspacePath, now);
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

QString WorkspaceBackup::beforeRestorePath(const QString &workspacePath, const QDateTime &now)
{
    return workspacePath + QStringLiteral(".before-restore-") + stamp(now);
}

} // namespace tierscope::core
