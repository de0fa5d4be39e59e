// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/write_scope.h"

#include "core/storage/sqlite_handle.h"
#include "core/storage/workspace.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace tierscope::core {

WriteScope::~WriteScope()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    // Either may fail harmlessly when SQLite already rolled back (FULL, IOERR, BUSY).
    if (m_nested) {
        q.exec(QStringLiteral("ROLLBACK TO tierscope_write"));
        q.exec(QStringLiteral("RELEASE tierscope_write"));
    } else {
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Status WriteScope::exec(const char *sql, const char *what)
{
    QSqlQuery q(m_db);
    if (!q.exec(QLatin1String(sql)))
        return databaseError(q.lastError(), QLatin1String(what));
    return {};
}

Status WriteScope::begin()
{
    sqlite3 *handle = sqliteHandle(m_db);
    m_nested = handle && sqlite3_get_autocommit(handle) == 0;
    if (const Status s = m_nested ? exec("SAVEPOINT tierscope_write", "Cannot start a change")
                                  : exec("BEGIN IMMEDIATE", "Cannot start a change"))
        return s;
    m_open = true;
    return {};
}

Status WriteScope::commit()
{
    if (!m_open)
        return {Error::Code::Database, QStringLiteral("No change in progress")};
    if (const Status s = m_nested ? exec("RELEASE tierscope_write", "Saving the change failed")
                                  : exec("COMMIT", "Saving the change failed"))
        return s; // the destructor rolls back
    m_open = false;
    return {};
}

} // namespace tierscope::core
