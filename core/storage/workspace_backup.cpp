// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/workspace_backup.h"

#include "core/storage/database_file.h"
#include "core/storage/database_restore.h"
#include "core/storage/partial_file.h"
#include "core/storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

#include <sys/stat.h>
#include <unistd.h>

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

Status WorkspaceBackup::saveCopy(const QString &workspacePath, const QString &target,
                                 CopyTarget mode)
{
    const QFileInfo info(target);
    if (info.absoluteFilePath() == QFileInfo(workspacePath).absoluteFilePath()
        || (info.exists() && info.canonicalFilePath() == QFileInfo(workspacePath).canonicalFilePath()))
        return {Error::Code::InvalidArgument, tr("A copy cannot replace the workspace itself.")};
    return backupDatabase(workspacePath, target, mode);
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
    // Two backups in the same second (here or in another process) get "-2", "-3" …
    for (int n = 1;; ++n) {
        const QString target
            = n == 1 ? QStringLiteral("%1/%2-%3.tierscope").arg(folder, base, name)
                     : QStringLiteral("%1/%2-%3-%4.tierscope").arg(folder, base, name).arg(n);
        if (QFileInfo::exists(target))
            continue;
        const Status s = backupDatabase(workspacePath, target);
        if (s.code == Error::Code::Conflict && n < 100)
            continue; // taken meanwhile
        if (s)
            return s;
        return target;
    }
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

namespace {

bool isReadOnlyFile(const QString &path)
{
    // As root, access() says yes to anything: the mode bits say what the owner meant.
    struct stat st = {};
    const QByteArray name = QFile::encodeName(path);
    return ::stat(name.constData(), &st) == 0
           && ((st.st_mode & 0222) == 0 || ::access(name.constData(), W_OK) != 0);
}

} // namespace

Result<QString> WorkspaceBackup::restore(const QString &backupPath, const QString &workspacePath,
                                         const QDateTime &now)
{
    const QString name = QFileInfo(backupPath).fileName();
    const QFileInfo workspace(workspacePath);
    const QString shown = workspace.fileName();
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
    if (workspace.exists()
        && workspace.canonicalFilePath() == QFileInfo(backupPath).canonicalFilePath())
        return Error{Error::Code::InvalidArgument,
                     tr("“%1” is the workspace itself; nothing was changed.").arg(name)};

    const QString folder = workspace.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error{Error::Code::NotFound,
                     tr("The folder “%1” does not exist; nothing was changed.").arg(folder)};
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return Error{Error::Code::ReadOnly,
                     tr("The folder of “%1” is read-only, so the replaced workspace could not be "
                        "kept beside it; nothing was changed.")
                         .arg(shown)};
    PartialFile::removeStale(folder);

    if (!workspace.exists()) {
        // Restoring is how a lost workspace comes back; but a journal of the lost file would be
        // read as belonging to the restored one (an empty one holds nothing).
        for (const QString &journal : QStringList{workspacePath + QStringLiteral("-wal"),
                                                  workspacePath + QStringLiteral("-journal")}) {
            if (QFileInfo(journal).size() > 0)
                return Error{Error::Code::Conflict,
                             tr("“%1” does not exist, but its journal “%2” is still beside it. "
                                "Move the journal away first; nothing was changed.")
                                 .arg(shown, QFileInfo(journal).fileName())};
        }
        if (const Status s = backupDatabase(backupPath, workspacePath))
            return s;
        return QString();
    }
    if (workspace.isDir())
        return Error{Error::Code::NotAWorkspace,
                     tr("“%1” is a folder, not a workspace file; nothing was changed.").arg(shown)};
    if (isReadOnlyFile(workspacePath))
        return Error{Error::Code::ReadOnly,
                     tr("“%1” is read-only (its permissions do not allow writing), so the backup "
                        "was not restored over it; the workspace is as it was. Make it writable "
                        "first if you mean to replace it.")
                         .arg(shown)};
    // A file that can be read and is not a workspace is someone else's; a damaged workspace
    // (which probing may not get through) is what a restore is for.
    const auto current = probeDatabaseFile(workspacePath);
    if (current && !current->empty && current->applicationId != schema::kApplicationId)
        return Error{Error::Code::NotAWorkspace,
                     tr("“%1” is not a Tierscope workspace; nothing was changed.").arg(shown)};

    return restoreDatabase(backupPath, workspacePath, beforeRestorePath(workspacePath, now));
}

QString WorkspaceBackup::beforeRestorePath(const QString &workspacePath, const QDateTime &now)
{
    return workspacePath + QStringLiteral(".before-restore-") + stamp(now);
}

} // namespace tierscope::core
