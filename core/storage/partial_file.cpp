// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/partial_file.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tierscope::core {

namespace {

// Taken when the library is loaded: a temporary written after it may belong to a run that is
// still going, so removeStale() leaves it alone even if it could lock it.
const QDateTime g_processStart = QDateTime::currentDateTimeUtc();

const QString kSuffix = QStringLiteral(".partial");

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString partialPathFor(const QString &target)
{
    const QFileInfo info(target);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + kSuffix;
}

// Renames from to to unless to exists (atomically where the file system can).
int renameNoReplace(const QByteArray &from, const QByteArray &to)
{
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return -1;
#endif
    // A hard link fails if the name is taken, atomically; some file systems have none.
    if (::link(from.constData(), to.constData()) == 0)
        return ::unlink(from.constData());
    if (errno == EEXIST)
        return -1;
    if (::access(to.constData(), F_OK) == 0) {
        errno = EEXIST;
        return -1;
    }
    return ::rename(from.constData(), to.constData());
}

// A temporary of a killed run: older than this process, nobody holds it, and it is empty or
// an SQLite file (the only thing PartialFile users write), so nothing else is ever removed.
bool removeIfStale(const QFileInfo &file)
{
    if (!(file.lastModified() < g_processStart))
        return false;
    const QByteArray name = QFile::encodeName(file.absoluteFilePath());
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    bool removed = false;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
        char header[16] = {};
        const ssize_t n = ::read(fd, header, sizeof header);
        if (n == 0 || (n == 16 && std::memcmp(header, "SQLite format 3", 16) == 0)) {
            removed = ::unlink(name.constData()) == 0;
            ::unlink(QByteArray(name + "-journal").constData());
        }
    }
    ::close(fd);
    return removed;
}

} // namespace

bool syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

PartialFile::PartialFile(QString target, QString path, int fd, mode_t mode)
    : m_target(std::move(target)), m_path(std::move(path)), m_fd(fd), m_mode(mode)
{
}

PartialFile::~PartialFile()
{
    if (!m_committed) {
        const QByteArray name = QFile::encodeName(m_path);
        ::unlink(name.constData());
        ::unlink(QByteArray(name + "-journal").constData());
    }
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<std::unique_ptr<PartialFile>> PartialFile::create(const QString &target,
                                                         const QString &modelPath)
{
    const QString path = partialPathFor(target);
    const QByteArray name = QFile::encodeName(path);
    struct stat model = {};
    const bool haveModel = ::stat(QFile::encodeName(modelPath).constData(), &model) == 0;
    // With a model, private from the first byte (0600); without one, as any new file.
    const mode_t createMode = haveModel ? S_IRUSR | S_IWUSR : 0666;
    int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, createMode);
    if (fd < 0 && errno == EEXIST && removeIfStale(QFileInfo(path)))
        fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, createMode);
    if (fd < 0) {
        const int error = errno;
        const QString shown = QFileInfo(target).fileName();
        if (error == EEXIST || error == ELOOP) // ELOOP: a symbolic link planted at the name
            return Error{Error::Code::Conflict,
                         tr("“%1” is being written by another process already.").arg(shown)};
        if (error == ENOSPC)
            return Error{Error::Code::DiskFull, tr("The disk is full while writing “%1”.").arg(shown)};
        if (error == EACCES || error == EROFS || error == EPERM)
            return Error{Error::Code::ReadOnly,
                         tr("Cannot write “%1”: the folder “%2” is read-only.")
                             .arg(shown, QFileInfo(target).absolutePath())};
        return Error{Error::Code::Io, tr("Cannot write “%1”: %2").arg(shown, errnoText(error))};
    }
    ::flock(fd, LOCK_EX | LOCK_NB); // just made: nobody else can hold it yet
    mode_t mode = 0;
    if (haveModel) {
        mode = model.st_mode & 07777 & ~mode_t(S_ISUID | S_ISGID);
        // As root (a backup run by cron, say), the copy stays the owner's, readable by them.
        if (::geteuid() == 0 && ::fchown(fd, model.st_uid, model.st_gid) != 0) {
            // Not every file system keeps owners (FAT, some shares); the mode still holds.
        }
        // While it is written its owner must be able to write it (a copy of a 0444 file).
        ::fchmod(fd, mode | S_IRUSR | S_IWUSR);
    } else {
        struct stat own = {};
        ::fstat(fd, &own);
        mode = own.st_mode & 0777;
    }
    return std::unique_ptr<PartialFile>(new PartialFile(target, path, fd, mode));
}

Status PartialFile::commit(Existing existing)
{
    const QString shown = QFileInfo(m_target).fileName();
    if (m_committed)
        return {};
    if (::fsync(m_fd) != 0) {
        const int error = errno;
        return {error == ENOSPC ? Error::Code::DiskFull : Error::Code::Io,
                tr("Cannot write “%1”: %2").arg(shown, errnoText(error))};
    }
    ::fchmod(m_fd, m_mode);
    const QByteArray from = QFile::encodeName(m_path);
    const QByteArray to = QFile::encodeName(m_target);
    const int rc = existing == Existing::Replace ? ::rename(from.constData(), to.constData())
                                                 : renameNoReplace(from, to);
    if (rc != 0) {
        const int error = errno;
        if (error == EEXIST)
            return {Error::Code::Conflict, tr("“%1” already exists.").arg(shown)};
        return {Error::Code::Io, tr("Cannot save “%1”: %2").arg(shown, errnoText(error))};
    }
    m_committed = true;
    ::close(m_fd); // the name is the target's now; the lock is not needed any more
    m_fd = -1;
    syncFolder(QFileInfo(m_target).absolutePath());
    return {};
}

void PartialFile::removeStale(const QString &folder)
{
    const QFileInfoList found = QDir(folder).entryInfoList(
        {QStringLiteral(".*") + kSuffix}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &f : found) {
        if (isPartialName(f.fileName()))
            removeIfStale(f);
    }
}

bool PartialFile::isPartialName(const QString &fileName)
{
    return fileName.startsWith(u'.') && fileName.endsWith(kSuffix);
}

} // namespace tierscope::core
