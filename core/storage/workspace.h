// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace tierscope::core {

// Typed change notifications; models turn them into their own signals.
class WorkspaceEvents : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void creatorsChanged();              // rows added, removed or bulk-changed
    void creatorUpdated(qint64 id);      // one creator's fields changed
    void shortlistsChanged();
    void campaignsChanged();
    void settingsChanged();
};

// One open workspace file (*.tierscope): one SQLite database with WAL, foreign keys and a busy
// timeout. Opening checks the file read-only first; a foreign, newer or damaged file is refused
// and left byte-identical. An older file is copied (SQLite backup API) and then migrated in one
// transaction.
class Workspace
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    // What open() for writing does when the file is not there. Reading always refuses it.
    enum class Missing {
        Create,           // a new workspace is meant: the default one, `demo`, File › New
        CreateUnlessLost, // a named path: new, unless backups of a workspace of that name lie
                          // beside it (it existed and was moved, deleted or lost): then NotFound
        Refuse,           // only an existing workspace: NotFound
    };

    static Result<std::unique_ptr<Workspace>> open(const QString &path, Mode mode = Mode::ReadWrite,
                                                   Missing missing = Missing::Create);
    ~Workspace();

    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    const QString &path() const { return m_path; }
    QString displayName() const; // file name without the .tierscope suffix
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QSqlDatabase database() const;
    WorkspaceEvents *events() const { return m_events.get(); }
    // Where the pre-migration copy went, when opening migrated the file.
    const QString &migrationBackupPath() const { return m_backupPath; }
    // Indexes or triggers of ours the file lacked and a read-only open could not rebuild, for
    // the user (empty when there were none; SchemaCheck::repair()).
    const QString &schemaWarning() const { return m_schemaWarning; }

    // A second connection to the same file for a worker thread. Call it on the thread that
    // will use it; close it with closeConnection() on that same thread.
    Result<QSqlDatabase> openWorkerConnection(const QString &connectionName) const;
    static void closeConnection(const QString &connectionName);

    // The default workspace in the user's data folder.
    static QString defaultPath();

private:
    Workspace(QString path, Mode mode, QString connectionName);
    Status configure();
    Status migrate(const QString &name);

    QString m_path;
    Mode m_mode;
    QString m_connectionName;
    QString m_backupPath;
    QString m_schemaWarning;
    std::unique_ptr<WorkspaceEvents> m_events;
};

// Opens a QSQLITE connection with the workspace pragmas applied.
Result<QSqlDatabase> openSqliteConnection(const QString &path, const QString &connectionName,
                                          bool readOnly);

// Maps a failed QSqlQuery/QSqlDatabase error to a core Error with a sentence a user can act on.
Error databaseError(const class QSqlError &error, const QString &what);

} // namespace tierscope::core
