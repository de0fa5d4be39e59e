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

// Copies a live database consistently (SQLite online backup) to a new file at target.
Status backupDatabase(const QString &sourcePath, const QString &targetPath);

// Runs PRAGMA quick_check on a read-only connection; Corrupt with SQLite's first finding.
Status quickCheck(const QString &path);

} // namespace tierscope::core
