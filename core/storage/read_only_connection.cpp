// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/read_only_connection.h"

#include "core/storage/database_file.h"

#include <QFile>

#include <sqlite3.h>

namespace tierscope::core {

Result<std::unique_ptr<ReadOnlyConnection>> ReadOnlyConnection::open(const QString &path)
{
    sqlite3 *db = nullptr;
    // A connection's own name may already be an immutable URI (a workspace on a read-only disk).
    const SqliteOpenName open = path.startsWith(QLatin1String("file:///"))
        ? SqliteOpenName {path, true}
        : readOnlyOpenName(path);
    // NOMUTEX: the connection belongs to one thread at a time.
    const int rc = sqlite3_open_v2(QFile::encodeName(open.name).constData(), &db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
                                       | (open.uri ? SQLITE_OPEN_URI : 0),
                                   nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return Error {Error::Code::Database,
                      QStringLiteral("Cannot open the workspace for reading: ") + detail};
    }
    sqlite3_busy_timeout(db, 5000);
    return std::unique_ptr<ReadOnlyConnection>(new ReadOnlyConnection(db));
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    sqlite3_close(m_db);
}

} // namespace tierscope::core
