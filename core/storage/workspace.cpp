// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/workspace.h"

#include "core/storage/database_file.h"
#include "core/storage/fault_point.h"
#include "core/storage/schema.h"
#include "core/storage/schema_check.h"
#include "core/storage/transaction.h"
#include "core/storage/workspace_backup.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QStandardPaths>

#include <unistd.h>

namespace tierscope::core {

namespace {

QAtomicInt g_connectionCounter;

QString newConnectionName()
{
    return QStringLiteral("tierscope-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
}

} // namespace

Error databaseError(const QSqlError &error, const QString &what)
{
    const QString native = error.nativeErrorCode();
    const int code = native.toInt() & 0xff;
    Error::Code c = Error::Code::Database;
    switch (code) {
    case 13: c = Error::Code::DiskFull; break;              // SQLITE_FULL
    case 5: case 6: c = Error::Code::Locked; break;         // SQLITE_BUSY, SQLITE_LOCKED
    case 8: c = Error::Code::ReadOnly; break;               // SQLITE_READONLY
    case 10: c = Error::Code::Io; break;                    // SQLITE_IOERR
    case 11: c = Error::Code::Corrupt; break;               // SQLITE_CORRUPT
    case 19:                                                // SQLITE_CONSTRAINT
        // UNIQUE, PRIMARY KEY and FOREIGN KEY failures clash with other rows (Conflict);
        // CHECK and NOT NULL failures are values the app must not have written.
        c = (native.toInt() == 2067 || native.toInt() == 1555 || native.toInt() == 787
             || error.databaseText().contains(QLatin1String("FOREIGN KEY")))
                ? Error::Code::Conflict
                : Error::Code::InvalidArgument;
        break;
    default: break;
    }
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (c) {
    case Error::Code::DiskFull: text = QStringLiteral("the disk is full"); break;
    case Error::Code::Locked: text = QStringLiteral("the workspace is locked by another program"); break;
    case Error::Code::ReadOnly: text = QStringLiteral("the workspace is read-only"); break;
    default: break;
    }
    return {c, what + QStringLiteral(": ") + text};
}

Result<QSqlDatabase> openSqliteConnection(const QString &path, const QString &connectionName,
                                          bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    // Read-only on a read-only disk: an immutable URI (see readOnlyOpenName()).
    const SqliteOpenName open = readOnly ? readOnlyOpenName(path) : SqliteOpenName {path, false};
    db.setDatabaseName(open.name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (open.uri)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    db.setConnectOptions(options);
    if (!db.open()) {
        const Error e = databaseError(db.lastError(), QStringLiteral("Cannot open the workspace"));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return e;
    }
    QSqlQuery q(db);
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA busy_timeout = 5000"),
                           QStringLiteral("PRAGMA cache_size = -32768"),
                           QStringLiteral("PRAGMA temp_store = MEMORY")};
    if (!readOnly) {
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
        pragmas << QStringLiteral("PRAGMA synchronous = NORMAL");
    }
    for (const QString &p : pragmas) {
        // Switching a new file to WAL needs a moment when no other connection holds a lock;
        // SQLite answers BUSY at once there instead of waiting (two processes creating the same
        // workspace), so the switch is retried within the busy timeout.
        bool done = q.exec(p);
        for (int attempt = 0; !done && attempt < 100 && p.contains(u"journal_mode")
             && databaseError(q.lastError(), QString()).code == Error::Code::Locked;
             ++attempt) {
            QThread::msleep(50);
            done = q.exec(p);
        }
        if (!done) {
            const Error e = databaseError(q.lastError(), QStringLiteral("Cannot open the workspace"));
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return e;
        }
    }
    return db;
}

Workspace::Workspace(QString path, Mode mode, QString connectionName)
    : m_path(std::move(path)),
      m_mode(mode),
      m_connectionName(std::move(connectionName)),
      m_events(std::make_unique<WorkspaceEvents>())
{
}

Workspace::~Workspace()
{
    closeConnection(m_connectionName);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Mode mode, Missing missing)
{
    // SQLite would open a file it cannot write read-only without a word and fail at the first
    // change (an import, an edit); say so now. access() also sees a read-only disk, which
    // permission bits (and root) do not. WAL needs to create its -wal and -shm files beside it.
    if (mode == Mode::ReadWrite && QFileInfo::exists(path) && !QFileInfo(path).isDir()) {
        const QByteArray file = QFile::encodeName(QFileInfo(path).absoluteFilePath());
        const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
        if (::access(file.constData(), W_OK) != 0 || ::access(folder.constData(), W_OK) != 0)
            return Error{Error::Code::ReadOnly,
                         QStringLiteral("“%1” is read-only: its file, folder or disk does not "
                                        "allow writing. Open it read-only, or copy it to a folder "
                                        "you can write to. It was left untouched.")
                             .arg(QFileInfo(path).fileName())};
    }

    const auto probed = probeDatabaseFile(path);
    if (!probed)
        return probed.error();
    const DatabaseFileInfo &info = *probed;
    const QString name = QFileInfo(path).fileName();

    if (!info.empty && info.applicationId != schema::kApplicationId)
        return Error{Error::Code::NotAWorkspace,
                     QStringLiteral("“%1” is an SQLite database but not a Tierscope workspace. "
                                    "It was left untouched.")
                         .arg(name)};
    if (info.userVersion > schema::currentVersion())
        return Error{Error::Code::NewerVersion,
                     QStringLiteral("“%1” was saved by a newer Tierscope (format %2; this version "
                                    "reads up to %3). Update Tierscope to open it; the file was "
                                    "left untouched.")
                         .arg(name)
                         .arg(info.userVersion)
                         .arg(schema::currentVersion())};
    const bool needsMigration = info.empty || info.userVersion < schema::currentVersion();
    if (mode == Mode::ReadOnly && !info.exists)
        return Error{Error::Code::NotFound, QStringLiteral("“%1” does not exist.").arg(path)};
    if (mode == Mode::ReadOnly && info.empty)
        return Error{Error::Code::ReadOnly,
                     QStringLiteral("“%1” is empty; making it a workspace needs write access.")
                         .arg(name)};
    if (mode == Mode::ReadOnly && needsMigration)
        return Error{Error::Code::NeedsUpgrade,
                     QStringLiteral("“%1” is in an older format and must be upgraded, which needs "
                                    "write access.")
                         .arg(name)};

    if (!info.exists) {
        if (missing == Missing::Refuse)
            return Error{Error::Code::NotFound,
                         QStringLiteral("“%1” does not exist. Nothing was created.").arg(path)};
        // SQLite would read a journal left by a deleted file as this new file's (an empty one,
        // as read-only connections leave, holds nothing).
        for (const QString &journal :
             QStringList{path + QStringLiteral("-wal"), path + QStringLiteral("-journal")}) {
            if (QFileInfo(journal).size() > 0)
                return Error{Error::Code::NotFound,
                             QStringLiteral("“%1” does not exist, but its journal “%2” is beside "
                                            "it: the workspace was moved or deleted while in use. "
                                            "Nothing was created; restore a backup, or move the "
                                            "journal away to start a new workspace there.")
                                 .arg(path, QFileInfo(journal).fileName())};
        }
        if (missing == Missing::CreateUnlessLost && !WorkspaceBackup::backups(path).isEmpty())
            return Error{Error::Code::NotFound,
                         QStringLiteral("“%1” does not exist, but backups of a workspace of that "
                                        "name are beside it: it was moved, deleted or lost. "
                                        "Nothing was created; restore one of its backups, or "
                                        "choose another name for a new workspace.")
                             .arg(path)};
        const QDir dir = QFileInfo(path).absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return Error{Error::Code::Io,
                         QStringLiteral("Cannot create the folder “%1”.").arg(dir.absolutePath())};
        if (::access(QFile::encodeName(dir.absolutePath()).constData(), W_OK) != 0)
            return Error{Error::Code::ReadOnly,
                         QStringLiteral("Cannot create “%1”: the folder “%2” is read-only.")
                             .arg(name, dir.absolutePath())};
    }

    // A trigger or view another program added runs SQL on the user's data: refused before
    // anything writes (core/storage/schema_check.h).
    if (!info.empty) {
        if (const Status s = SchemaCheck::refuseForeignObjects(path, info.userVersion))
            return s;
    }

    // A full structural check costs about 3 s per GB; up to kQuickCheckBytes it runs on every
    // open, so a damaged file is refused before anything writes to it. Larger files are checked
    // before a migration; otherwise reads report damaged pages as they meet them.
    constexpr qint64 kQuickCheckBytes = 128LL * 1024 * 1024;
    if (!info.empty && (needsMigration || QFileInfo(path).size() <= kQuickCheckBytes)) {
        if (const Status s = quickCheck(path))
            return s;
    }

    // Older (non-empty) files are copied before anything writes to them.
    QString backupPath;
    if (!info.empty && needsMigration) {
        const QString base = QStringLiteral("%1.v%2-%3")
                                 .arg(path)
                                 .arg(info.userVersion)
                                 .arg(QDateTime::currentDateTime().toString(
                                     QStringLiteral("yyyyMMdd-HHmmss")));
        backupPath = base + QStringLiteral(".bak");
        for (int n = 2; QFileInfo::exists(backupPath); ++n) // another process, the same second
            backupPath = base + QStringLiteral("-%1.bak").arg(n);
        if (const Status s = backupDatabase(path, backupPath))
            return s;
    }

    if (needsMigration)
        faultPoint("workspace-before-migrate");
    std::unique_ptr<Workspace> ws(new Workspace(path, mode, newConnectionName()));
    ws->m_backupPath = backupPath;
    const auto db = openSqliteConnection(path, ws->m_connectionName, mode == Mode::ReadOnly);
    if (!db)
        return db.error();
    if (needsMigration) {
        if (const Status s = ws->migrate(name))
            return s;
    }
    // Missing or altered indexes and triggers of ours are rebuilt (or, read-only, reported).
    auto schemaWarning = SchemaCheck::repair(*db, path, mode == Mode::ReadOnly);
    if (!schemaWarning)
        return schemaWarning.error();
    ws->m_schemaWarning = *schemaWarning;
    return ws;
}

Status Workspace::migrate(const QString &name)
{
    QSqlDatabase db = database();
    Transaction tx(db); // BEGIN IMMEDIATE: the write lock, waiting up to the busy timeout
    if (const Status s = tx.begin())
        return s;
    // What the probe saw may be out of date: another process may have created or upgraded the
    // file since (two processes opening the same new workspace at once). Under the write lock
    // nobody else can, so read again what is there and do only what is still missing.
    QSqlQuery q(db);
    bool read = true;
    const auto value = [&q, &read](const QString &sql) {
        read = read && q.exec(sql) && q.next();
        return read ? q.value(0).toInt() : 0;
    };
    const int fromVersion = value(QStringLiteral("PRAGMA user_version"));
    const int applicationId = value(QStringLiteral("PRAGMA application_id"));
    const int tables = value(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!read)
        return databaseError(q.lastError(), QStringLiteral("Reading the workspace failed"));
    if (tables > 0 && applicationId != schema::kApplicationId)
        return Error{Error::Code::NotAWorkspace,
                     QStringLiteral("“%1” is an SQLite database but not a Tierscope workspace. "
                                    "It was left untouched.")
                         .arg(name)};
    if (fromVersion > schema::currentVersion())
        return Error{Error::Code::NewerVersion,
                     QStringLiteral("“%1” was saved by a newer Tierscope (format %2; this version "
                                    "reads up to %3). Update Tierscope to open it; the file was "
                                    "left untouched.")
                         .arg(name)
                         .arg(fromVersion)
                         .arg(schema::currentVersion())};
    if (fromVersion == schema::currentVersion())
        return tx.commit(); // done by the other process meanwhile
    q.finish();
    for (int v = fromVersion + 1; v <= schema::currentVersion(); ++v) {
        for (const QString &statement : schema::migrationStep(v)) {
            if (!q.exec(statement))
                return databaseError(q.lastError(),
                                     QStringLiteral("Upgrading the workspace to format %1 failed").arg(v));
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId))
        || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion())))
        return databaseError(q.lastError(), QStringLiteral("Upgrading the workspace failed"));
    return tx.commit();
}

QString Workspace::displayName() const
{
    QString n = QFileInfo(m_path).fileName();
    if (n.endsWith(u".tierscope"))
        n.chop(int(sizeof(".tierscope")) - 1);
    return n;
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlDatabase> Workspace::openWorkerConnection(const QString &connectionName) const
{
    return openSqliteConnection(m_path, connectionName, m_mode == Mode::ReadOnly);
}

void Workspace::closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/default.tierscope");
}

} // namespace tierscope::core
