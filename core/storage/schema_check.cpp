// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/schema_check.h"

#include "core/storage/schema.h"
#include "core/storage/sqlite_handle.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <sqlite3.h>

#include <memory>

#include <unistd.h>

namespace tierscope::core {

namespace {

struct SchemaObject
{
    QString type; // table, index, trigger, view
    QString name;
    QString sql;
};

struct ExpectedSchema
{
    QHash<QString, SchemaObject> objects; // this version's, by name (SQLite's own left out)
    QHash<QString, QSet<QString>> triggersAndViews; // name → SQL in any format (to be migrated)
    QString error;                         // building it failed (a broken migration step)
};

struct DbCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using DbPtr = std::unique_ptr<sqlite3, DbCloser>;

QString text(sqlite3_stmt *stmt, int column)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return p ? QString::fromUtf8(p) : QString();
}

// The objects in a database's schema, without SQLite's own (sqlite_autoindex_…, sqlite_stat1).
Result<QList<SchemaObject>> readSchema(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT type, name, sql FROM sqlite_master", -1, &stmt,
                                nullptr);
    QList<SchemaObject> out;
    while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        SchemaObject o{text(stmt, 0), text(stmt, 1), text(stmt, 2)};
        if (!o.name.startsWith(QLatin1String("sqlite_")))
            out << o;
        rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return Error{Error::Code::Database,
                     QStringLiteral("Reading the schema failed: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    return out;
}

// Runs the migration steps 1…current on an in-memory database, once per process: the schema a
// workspace of this version has, whatever the steps become.
ExpectedSchema buildExpectedSchema()
{
    ExpectedSchema out;
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open(":memory:", &raw);
    const DbPtr db(raw);
    if (rc != SQLITE_OK) {
        out.error = QString::fromUtf8(sqlite3_errstr(rc));
        return out;
    }
    const auto snapshot = [&]() -> bool {
        const auto objects = readSchema(db.get());
        if (!objects) {
            out.error = objects.error().message;
            return false;
        }
        out.objects.clear();
        for (const SchemaObject &o : *objects) {
            out.objects.insert(o.name, o);
            if (o.type == u"trigger" || o.type == u"view")
                out.triggersAndViews[o.name].insert(o.sql);
        }
        return true;
    };
    for (int v = 1; v <= schema::currentVersion(); ++v) {
        for (const QString &statement : schema::migrationStep(v)) {
            if (sqlite3_exec(db.get(), statement.toUtf8().constData(), nullptr, nullptr, nullptr)
                != SQLITE_OK) {
                out.error = QStringLiteral("format %1: %2")
                                .arg(v)
                                .arg(QString::fromUtf8(sqlite3_errmsg(db.get())));
                return out;
            }
        }
        if (!snapshot())
            return out;
    }
    return out;
}

const ExpectedSchema &expectedSchema()
{
    static const ExpectedSchema schema = buildExpectedSchema();
    return schema;
}

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

Error sqliteError(sqlite3 *db, int rc, const QString &what)
{
    Error::Code code = Error::Code::Database;
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: code = Error::Code::Locked; break;
    case SQLITE_FULL: code = Error::Code::DiskFull; break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN: code = Error::Code::ReadOnly; break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: code = Error::Code::Corrupt; break;
    default: break;
    }
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db))
                              : QString::fromUtf8(sqlite3_errstr(rc));
    return {code, what + QStringLiteral(": ") + detail};
}

// Read-only and without side files: a file without a -wal file has nothing un-checkpointed and
// no other connection, so it is read as immutable (no -shm is made, no lock taken); with one, it
// is opened as usual, its side files being there already.
Result<DbPtr> openForLooking(const QString &path)
{
    QString name = path;
    int flags = SQLITE_OPEN_READONLY;
    if (!QFileInfo::exists(path + QStringLiteral("-wal"))) {
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        name = url.toString(QUrl::FullyEncoded);
        flags |= SQLITE_OPEN_URI;
    }
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(name).constData(), &raw, flags, nullptr);
    DbPtr db(raw);
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc,
                           QStringLiteral("Cannot read “%1”").arg(QFileInfo(path).fileName()));
    sqlite3_busy_timeout(raw, 5000);
    return db;
}

bool canWrite(const QString &path)
{
    const QFileInfo file(path);
    return ::access(QFile::encodeName(file.absoluteFilePath()).constData(), W_OK) == 0
           && ::access(QFile::encodeName(file.absolutePath()).constData(), W_OK) == 0;
}

} // namespace

Result<SchemaFindings> SchemaCheck::inspect(sqlite3 *db, int userVersion, const QString &fileName)
{
    const ExpectedSchema &expected = expectedSchema();
    if (!expected.error.isEmpty())
        return Error{Error::Code::Database,
                     QStringLiteral("This version's schema could not be built (%1).")
                         .arg(expected.error)};
    const auto actual = readSchema(db);
    if (!actual)
        return actual.error();
    const bool current = userVersion >= schema::currentVersion();

    SchemaFindings f;
    QStringList foreign; // "trigger “x”", in the file's order
    QStringList changed; // ours by name with other SQL
    QSet<QString> present;
    for (const SchemaObject &o : *actual) {
        present.insert(o.name);
        const auto ours = expected.objects.constFind(o.name);
        const bool known = ours != expected.objects.cend() && ours->type == o.type;
        if (o.type == u"trigger" || o.type == u"view") {
            // Code that runs on writes (or a view, INSTEAD OF triggers included), not data. A
            // file still to be migrated is held to what any format had.
            const QString label = (o.type == u"trigger" ? tr("trigger “%1”") : tr("view “%1”"))
                                      .arg(o.name);
            const auto any = expected.triggersAndViews.constFind(o.name);
            if (current ? !known : any == expected.triggersAndViews.cend())
                foreign << label;
            else if (current ? ours->sql != o.sql : !any->contains(o.sql))
                changed << label;
        } else if (o.type == u"index" && current && known && ours->sql != o.sql) {
            f.changedIndexes << o.name;
        }
        // A table or index of its own is data (an older tool's notes, an index for someone's
        // own queries): left alone.
    }
    if (!foreign.isEmpty()) {
        f.refusal = tr("“%1” contains %2 that Tierscope did not create: such code runs whenever "
                       "data changes and can delete or alter it. The file was left untouched; "
                       "remove it with an SQLite tool (DROP TRIGGER or DROP VIEW) or restore a "
                       "backup.")
                        .arg(fileName, foreign.join(QStringLiteral(", ")));
        return f;
    }
    if (!changed.isEmpty()) {
        f.refusal = tr("“%1” contains %2 changed by another program: it runs whenever data "
                       "changes and can delete or alter it. The file was left untouched; restore "
                       "a backup.")
                        .arg(fileName, changed.join(QStringLiteral(", ")));
        return f;
    }
    if (!current)
        return f; // the migration builds the rest
    QStringList missingTables;
    for (const SchemaObject &o : std::as_const(expected.objects)) {
        if (present.contains(o.name))
            continue;
        if (o.type == u"index")
            f.missingIndexes << o.name;
        else if (o.type == u"trigger")
            f.missingTriggers << o.name;
        else if (o.type == u"table")
            missingTables << o.name;
    }
    f.missingIndexes.sort();
    f.missingTriggers.sort();
    if (!missingTables.isEmpty()) {
        missingTables.sort();
        f.refusal = tr("“%1” is damaged: its table “%2” is missing. It was left untouched; "
                       "restore a backup copy.")
                        .arg(fileName, missingTables.join(QStringLiteral("”, “")));
    }
    return f;
}

Status SchemaCheck::refuseForeignObjects(const QString &path, int userVersion)
{
    const QString fileName = QFileInfo(path).fileName();
    auto db = openForLooking(path);
    if (!db)
        return db.error();
    const auto found = inspect(db->get(), userVersion, fileName);
    if (!found)
        return found.error();
    if (!found->refusal.isEmpty())
        return {Error::Code::Corrupt, found->refusal};
    return {};
}

Status SchemaCheck::rebuild(sqlite3 *db, const SchemaFindings &findings, const QString &fileName)
{
    const ExpectedSchema &expected = expectedSchema();
    const QString what = tr("Rebuilding the indexes of “%1” failed").arg(fileName);
    const auto exec = [&](const QString &sql) -> Status {
        const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
        return rc == SQLITE_OK ? Status() : sqliteError(db, rc, what);
    };
    if (const Status s = exec(QStringLiteral("BEGIN IMMEDIATE")))
        return s;
    QStringList statements;
    for (const QString &name : findings.changedIndexes + findings.missingIndexes) {
        statements << QStringLiteral("DROP INDEX IF EXISTS ") + quoted(name)
                   << expected.objects.value(name).sql;
    }
    QStringList rebuildFts;
    for (const QString &name : findings.missingTriggers) {
        const QString sql = expected.objects.value(name).sql;
        statements << sql;
        // Rows written while the trigger was missing are not in the search index: rebuild the
        // full-text tables the trigger writes to (seconds at a million creators, only now).
        for (const SchemaObject &o : std::as_const(expected.objects)) {
            const bool fts = o.type == u"table"
                             && o.sql.contains(QLatin1String("USING fts5"), Qt::CaseInsensitive);
            if (fts && sql.contains(QStringLiteral("INTO ") + o.name + u'(')
                && !rebuildFts.contains(o.name))
                rebuildFts << o.name;
        }
    }
    for (const QString &table : std::as_const(rebuildFts))
        statements << QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(quoted(table));
    for (const QString &sql : std::as_const(statements)) {
        if (const Status s = exec(sql)) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return s;
        }
    }
    if (const Status s = exec(QStringLiteral("COMMIT"))) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return s;
    }
    return {};
}

Result<QString> SchemaCheck::repair(const QSqlDatabase &db, const QString &path, bool readOnly)
{
    const QString fileName = QFileInfo(path).fileName();
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return Error{Error::Code::Database, QStringLiteral("No SQLite connection to check.")};
    const auto found = inspect(handle, schema::currentVersion(), fileName);
    if (!found)
        return found.error();
    if (!found->refusal.isEmpty())
        return Error{Error::Code::Corrupt, found->refusal};
    if (!found->needsRepair())
        return QString();
    if (!readOnly) {
        if (const Status s = rebuild(handle, *found, fileName))
            return s;
        return QString();
    }
    // Read-only: a file that can be written is repaired through a connection of its own (the
    // reading one sees the new schema at its next statement); one that cannot is read as it is.
    Status failed;
    if (canWrite(path)) {
        sqlite3 *raw = nullptr;
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                       SQLITE_OPEN_READWRITE, nullptr);
        const DbPtr writer(raw);
        if (rc == SQLITE_OK) {
            sqlite3_busy_timeout(raw, 5000);
            failed = rebuild(raw, *found, fileName);
            if (!failed)
                return QString();
        } else {
            failed = sqliteError(raw, rc, tr("Cannot write “%1”").arg(fileName));
        }
    }
    const QStringList missing =
        found->missingIndexes + found->changedIndexes + found->missingTriggers;
    QString warning = tr("“%1” lacks %2 of this version's indexes and triggers (%3), and they "
                         "could not be rebuilt because it is opened read-only: sorting and "
                         "filtering may be slow or fail, and search may miss creators added by "
                         "other programs. Open it once with write access to repair it.")
                          .arg(fileName)
                          .arg(missing.size())
                          .arg(missing.join(QStringLiteral(", ")));
    if (failed)
        warning += u' ' + failed.message;
    return warning;
}

} // namespace tierscope::core
