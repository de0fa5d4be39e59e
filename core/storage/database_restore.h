// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

namespace tierscope::core {

// Replaces what the workspace database at workspacePath holds with the backup at backupPath,
// keeping a copy of its current contents at keepPath first (or keepPath-2, -3 … when that is
// taken); returns where. The workspace must exist.
//
// It is done through SQLite, never by renaming files: another process may have the workspace
// open, and a connection keeps the file (the inode) it opened. Had the restore swapped in a new
// file, a writer there would go on committing into the old, unlinked one and report success for
// rows that are in neither the restored file nor the kept copy. Instead:
//  1. the workspace's write lock is taken (the backup's destination lock, as BEGIN IMMEDIATE),
//     waiting at most the busy timeout; if another process holds it longer, Locked ("in use by
//     another process") and nothing changes;
//  2. under that lock a second connection copies the workspace to keepPath: it reads the last
//     commit, and nobody can commit after it until the restore has;
//  3. the backup's pages are copied into the workspace in that same write transaction, and its
//     commit is one atomic WAL commit (killed before it, the workspace is as it was).
// Every other connection sees the restored contents at its next transaction; SQLite's backup
// bumps the schema cookie, so they re-read the schema. A writer that had started before the lock
// committed before the keep copy was taken (so its rows are in it); one that tries during the
// restore fails with "locked" after its busy timeout; later ones write into the restored data.
Result<QString> restoreDatabase(const QString &backupPath, const QString &workspacePath,
                                const QString &keepPath);

} // namespace tierscope::core
