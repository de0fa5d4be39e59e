// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tierscope::core {

// A read-only connection to a WAL file creates empty -wal and -shm files beside it, which SQLite
// cannot remove (that needs write access). This removes them again when it goes out of scope
// (after the connection closed) if they were not there before, and only if no other process
// has the database open meanwhile: that process would lose its -shm (the lock table every
// connection shares) and, with an empty -wal, the log its next commits go to.
class WalSidecarCleanup
{
public:
    explicit WalSidecarCleanup(const QString &databasePath);
    ~WalSidecarCleanup();

    WalSidecarCleanup(const WalSidecarCleanup &) = delete;
    WalSidecarCleanup &operator=(const WalSidecarCleanup &) = delete;

private:
    QString m_wal;
    QString m_shm;
    bool m_hadWal;
    bool m_hadShm;
};

} // namespace tierscope::core
