// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/output_target.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

#include <sys/stat.h>

namespace tierscope::core {

namespace {

std::optional<struct stat> statOf(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return st;
}

// The file a write to path lands on: symbolic links followed to the end of the chain, as
// QSaveFile does (it replaces a link's last target, even one that does not exist yet). Nothing
// for a loop.
std::optional<QString> finalPath(const QString &path)
{
    QFileInfo info(path);
    for (int hops = 0; info.isSymLink(); ++hops) {
        if (hops == 40) // Linux's own limit (ELOOP)
            return std::nullopt;
        info.setFile(info.symLinkTarget());
    }
    return info.absoluteFilePath();
}

// Where a file is: its folder's canonical path and its name, so that "./w.tierscope",
// "sub/../w.tierscope" and a path through a linked folder compare equal. Also for a file that
// does not exist yet (a -wal file before the workspace is opened).
QString location(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? QDir::cleanPath(info.absolutePath()) : folder) + u'/'
           + info.fileName();
}

bool sameFile(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Status OutputTarget::check(const QString &path, const QString &workspace,
                           const QStringList &inputs)
{
    if (path.isEmpty())
        return {Error::Code::InvalidArgument, tr("No output file was named.")};
    const std::optional<QString> target = finalPath(path);
    if (!target)
        return {Error::Code::InvalidArgument,
                tr("“%1” is a loop of symbolic links; choose another file name.").arg(shown(path))};
    const QString where = location(*target);

    // What must never be written: each file by name (it may not exist yet) and, if it exists,
    // by device and inode (a hard link has another name).
    struct Guarded
    {
        QString path;
        bool isWorkspace;
    };
    QList<Guarded> guarded;
    if (!workspace.isEmpty()) {
        const QString file = finalPath(workspace).value_or(workspace);
        for (const QString &base : {file, QFileInfo(workspace).absoluteFilePath()}) {
            for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"),
                                               QLatin1String("-shm"), QLatin1String("-journal")})
                guarded.append({base + suffix, true});
        }
    }
    for (const QString &input : inputs) {
        if (!input.isEmpty())
            guarded.append({finalPath(input).value_or(input), false});
    }
    const std::optional<struct stat> targetStat = statOf(*target);
    for (const Guarded &g : guarded) {
        bool same = location(g.path) == where;
        if (!same && targetStat) {
            const std::optional<struct stat> st = statOf(g.path);
            same = st && sameFile(*st, *targetStat);
        }
        if (!same)
            continue;
        if (g.isWorkspace)
            return {Error::Code::Conflict,
                    tr("“%1” is the workspace “%2” or one of its own files; writing there would "
                       "destroy it. Choose another file name.")
                        .arg(shown(path), shown(workspace))};
        return {Error::Code::Conflict,
                tr("“%1” is a file this command reads; writing there would destroy it. Choose "
                   "another file name.")
                    .arg(shown(path))};
    }

    if (!targetStat)
        return {}; // a new file (or one that cannot be reached: the writer says why)
    if (S_ISDIR(targetStat->st_mode))
        return {Error::Code::InvalidArgument,
                tr("“%1” is a folder; name a file to write.").arg(shown(path))};
    if (!S_ISREG(targetStat->st_mode))
        return {Error::Code::InvalidArgument,
                tr("“%1” is not a regular file (it is a device, a pipe or a socket); Tierscope "
                   "writes only regular files. Choose a file name.")
                    .arg(shown(path))};

    QFile existing(*target);
    if (!existing.open(QIODevice::ReadOnly))
        return {Error::Code::InvalidArgument,
                tr("“%1” exists and cannot be read to check what it is (%2); choose another file "
                   "name.")
                    .arg(shown(path), existing.errorString())};
    static const QByteArray sqliteHeader("SQLite format 3\0", 16);
    if (existing.read(sqliteHeader.size()) == sqliteHeader)
        return {Error::Code::Conflict,
                tr("“%1” is an SQLite database (a workspace or a backup?); Tierscope never writes "
                   "over a database. Choose another file name.")
                    .arg(shown(path))};
    return {};
}

} // namespace tierscope::core
