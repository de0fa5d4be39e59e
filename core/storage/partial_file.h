// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

#include <sys/types.h>

namespace tierscope::core {

// A file written under a temporary name beside its target, ".<name>.partial", and moved into
// place only once it is complete: a process killed half-way leaves the temporary, never a file
// under the real name that looks like a whole copy. The temporary is created exclusively, with
// the permissions (and, as root, the owner) of a model file from the start, so that a copy of a
// private workspace is never readable by others, not even while it is being written; and it is
// held with flock() while in use, so that removeStale() in another process leaves it alone.
class PartialFile
{
    Q_DECLARE_TR_FUNCTIONS(PartialFile)

public:
    enum class Existing { Refuse, Replace };

    // A temporary for target, with the mode and owner of modelPath (the file it copies).
    static Result<std::unique_ptr<PartialFile>> create(const QString &target,
                                                       const QString &modelPath);
    ~PartialFile(); // removes the temporary unless commit() succeeded

    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;

    const QString &path() const { return m_path; }

    // Flushes the file to disk, gives it the model's mode, renames it to the target (an
    // existing target is replaced atomically, or refused) and flushes the folder, so that after
    // a crash the target is either the old file or the complete new one. Call it only once the
    // writer (an SQLite connection) has closed the temporary.
    Status commit(Existing existing);

    // Removes temporaries in folder that are left from killed runs: older than this process
    // and not held by anyone.
    static void removeStale(const QString &folder);
    static bool isPartialName(const QString &fileName);

private:
    PartialFile(QString target, QString path, int fd, mode_t mode);

    QString m_target;
    QString m_path;
    int m_fd;
    mode_t m_mode;
    bool m_committed = false;
};

// fsync() of a folder, so that a rename or a new file in it survives a crash.
bool syncFolder(const QString &folder);

} // namespace tierscope::core
