// SPDX-License-Identifier: GPL-3.0-or-later
// Where a command may write the file it produces (an export, a report). The one check every
// writer of a named output file goes through first, so that no output lands on data:
// - not on the workspace, nor on its SQLite side files (-wal, -shm, -journal; a stray journal
//   beside a database is replayed into it on the next open), whether or not they exist yet;
// - not on any other existing SQLite database (a second workspace, a backup), by its header;
// - not on a file the command reads (the CSV being imported);
// - only on a regular file, new or existing: a FIFO, a device (/dev/full) or a socket would be
//   replaced by a regular file (QSaveFile renames over its target), a folder cannot be written.
// Files are compared where they really are: symbolic links are followed (as QSaveFile follows
// them), "./" and ".." resolved, and hard links recognised by device and inode.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace tierscope::core {

class OutputTarget
{
    Q_DECLARE_TR_FUNCTIONS(OutputTarget)

public:
    // "-" names standard output, for commands whose output is text.
    static bool isStandardOutput(QStringView path) { return path == u"-"; }

    // Ok when path may be created or replaced. workspace: the workspace the command opens ("":
    // none); inputs: the files it reads. Errors: Conflict (a workspace, a database or an input),
    // InvalidArgument (a folder, a special file, a loop of links, a file that cannot be read
    // to tell what it is). Nothing is created or changed.
    static Status check(const QString &path, const QString &workspace,
                        const QStringList &inputs = {});
};

} // namespace tierscope::core
