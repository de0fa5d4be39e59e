// SPDX-License-Identifier: GPL-3.0-or-later
// Compares a workspace file's schema (tables, indexes, triggers and views in sqlite_schema) with
// the one this version builds, derived from the migration steps themselves, so that a schema
// changed by another program is neither trusted nor silently used (docs/RELIABILITY.md,
// "Tampered schema"):
// - a trigger or view Tierscope did not create runs (or hides) SQL on the user's data: the file is
//   refused, untouched, in either mode;
// - a missing index or one of ours with other SQL, and a missing trigger of ours, are rebuilt when
//   the file can be written (the search index too, when one of its triggers was missing); a
//   file that cannot be written is opened anyway, with a warning;
// - a table of its own is data and is left alone; a table of ours that is missing is damage.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace tierscope::core {

// What a file's schema lacks or holds beyond this version's.
struct SchemaFindings
{
    QStringList missingIndexes; // ours, absent
    QStringList changedIndexes; // ours by name, with other SQL
    QStringList missingTriggers; // ours, absent
    QString refusal;             // why the file must not be used (a foreign trigger or view, …)

    bool needsRepair() const
    {
        return !missingIndexes.isEmpty() || !changedIndexes.isEmpty()
               || !missingTriggers.isEmpty();
    }
};

class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    // Compares the schema of an open database with this version's. userVersion: the file's
    // format. Below the current one (a file about to be migrated) only the names of triggers and
    // views are checked, against every name any format used; the rest waits for the migration.
    static Result<SchemaFindings> inspect(sqlite3 *db, int userVersion, const QString &fileName);

    // Before anything writes to the file: a read-only look (no -wal or -shm file left behind).
    // Error (Corrupt) naming the object when the file holds one Tierscope did not create.
    static Status refuseForeignObjects(const QString &path, int userVersion);

    // After opening (and migrating): rebuilds what is missing, in one transaction, through db or,
    // for a read-only connection, through a connection of its own when the file can be written.
    // Returns a warning for the user when something could not be rebuilt (empty: nothing to
    // say); an error when the file must be refused or a rebuild failed.
    static Result<QString> repair(const QSqlDatabase &db, const QString &path, bool readOnly);

    // Rebuilds what findings name on db (a connection that can write), in one transaction.
    static Status rebuild(sqlite3 *db, const SchemaFindings &findings, const QString &fileName);
};

} // namespace tierscope::core
