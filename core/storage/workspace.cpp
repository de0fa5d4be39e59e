// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/workspace.h"

#include "core/storage/database_file.h"
#include "core/storage/schema.h"
#include "core/storage/transaction.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
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
        if (!q.exec(p)) {
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

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Mode mode)
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
        const QDir dir = QFileInfo(path).absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return Error{Error::Code::Io,
                         QStringLiteral("Cannot create the folder “%1”.").arg(dir.absolutePath())};
        if (::access(QFile::encodeName(dir.absolutePath()).constData(), W_OK) != 0)
            return Error{Error::Code::ReadOnly,
                         QStringLiteral("Cannot create “%1”: the folder “%2” is read-only.")
                             .arg(name, dir.absolutePath())};
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
        backupPath = QStringLiteral("%1.v%2-%3.bak")
                         .arg(path)
                         .arg(info.userVersion)
                         .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (const Status s = backupDatabase(path, backupPath))
            return s;
    }

    std::unique_ptr<Workspace> ws(new Workspace(path, mode, newConnectionName()));
    ws->m_backupPath = backupPath;
    const auto db = openSqliteConnection(path, ws->m_connectionName, mode == Mode::ReadOnly);
    if (!db)
        return db.error();
    if (needsMigration) {
        if (const Status s = ws->migrate(info.userVersion))
            return s;
    }
    return ws;
}

Status Workspace::migrate(int fromVersion)
{
    QSqlDatabase db = database();
    Transaction tx(db);
    if (const Status s = tx.begin())
        return s;
    QSqlQuery q(db);
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
