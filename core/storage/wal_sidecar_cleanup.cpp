// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/wal_sidecar_cleanup.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

namespace tierscope::core {

namespace {

// Every SQLite connection that has a WAL database open holds a shared lock on this byte of its
// -shm file (the "dead man switch", UNIX_SHM_DMS in SQLite's os_unix.c: 120 + 8 lock bytes).
constexpr off_t kShmDmsByte = 128;

// Takes the DMS byte for writing, which fails while any other connection has the -shm open.
// Returns the descriptor holding it (close it to release), or -1. An open-file-description
// lock, so that it neither releases nor is shadowed by this process's own SQLite locks.
int lockUnusedShm(const QString &shm)
{
    const int fd = ::open(QFile::encodeName(shm).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = kShmDmsByte;
    lock.l_len = 1;
#ifdef F_OFD_SETLK
    const int rc = ::fcntl(fd, F_OFD_SETLK, &lock);
#else
    const int rc = ::fcntl(fd, F_SETLK, &lock);
#endif
    if (rc != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

WalSidecarCleanup::WalSidecarCleanup(const QString &databasePath)
    : m_wal(databasePath + QStringLiteral("-wal")),
      m_shm(databasePath + QStringLiteral("-shm")),
      m_hadWal(QFileInfo::exists(m_wal)),
      m_hadShm(QFileInfo::exists(m_shm))
{
}

WalSidecarCleanup::~WalSidecarCleanup()
{
    if (m_hadWal || m_hadShm || !QFileInfo::exists(m_shm))
        return; // theirs, or nothing was made (an immutable or rollback-journal file)
    const int fd = lockUnusedShm(m_shm);
    if (fd < 0)
        return; // another process opened the database meanwhile: the files are its now
    if (QFileInfo(m_wal).size() == 0)
        QFile::remove(m_wal);
    if (!QFileInfo::exists(m_wal))
        QFile::remove(m_shm);
    ::close(fd);
}

} // namespace tierscope::core
