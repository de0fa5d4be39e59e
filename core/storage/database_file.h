// SPDX-License-Identifier: GPL-3.0-or-later
// Looks at a file before anything opens it for writing, so a foreign, corrupt or newer file is
// refused without a single byte changing; and copies databases with SQLite's backup API.
#pragma once

#include "core/common/result.h"

#include <QString>

namespace tierscope::core {

struct DatabaseFileInfo
{
    bool exists = false;
    bool empty = false;   // missing, zero bytes, or an SQLite file with no tables: may be initialised
    int userVersion = 0;
    int applicationId = 0;
};

// Reads the file read-only: the header, the application id, the schema version and the schema
// itself (which catches most corruption). Errors: NotAWorkspace, Corrupt, Locked, Io.
Result<DatabaseFileInfo> probeDatabaseFile(const QString &path);

enum class CopyTarget { New, Replace };
// Copies a live database consistently (SQLite online backup, one read snapshot) to target: a
// new file (Conflict when target exists), or replacing target atomically. The copy is written
// as a PartialFile (".<name>.partial", renamed when complete and on disk) with the source's
// permissions and owner. Waits at most the busy timeout for a lock (Locked after that).
Status backupDatabase(const QString &sourcePath, const QString &targetPath,
                      CopyTarget target = CopyTarget::New);

// How SQLite should be given the file when reading it. A workspace in WAL mode needs its -shm
// file beside it; on a read-only disk or in a read-only folder that cannot be created, so a file
// there without a -wal file (nothing un-checkpointed) is opened as an immutable URI instead.
// Returns the name to open and whether it is a URI (SQLITE_OPEN_URI, QSQLITE_OPEN_URI).
struct SqliteOpenName
{
    QString name;
    bool uri = false;
};
SqliteOpenName readOnlyOpenName(const QString &path);

// Runs PRAGMA quick_check on a read-only connection; Corrupt with SQLite's first finding.
Status quickCheck(const QString &path);

} // namespace tierscope::core
