// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/transaction.h"

#include "core/storage/sqlite_handle.h"
#include "core/storage/workspace.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace tierscope::core {

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::exec(const char *sql, const char *what)
{
    QSqlQuery q(m_db);
    if (!q.exec(QLatin1String(sql)))
        return databaseError(q.lastError(), QLatin1String(what));
    return {};
}

Status Transaction::begin()
{
    sqlite3 *handle = sqliteHandle(m_db);
    m_nested = handle && sqlite3_get_autocommit(handle) == 0;
    if (const Status s = m_nested ? exec("SAVEPOINT tierscope_write", "Cannot start a change")
                                  : exec("BEGIN IMMEDIATE", "Cannot start a change"))
        return s;
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_open)
        return {Error::Code::Database, QStringLiteral("No change in progress")};
    if (const Status s = m_nested ? exec("RELEASE tierscope_write", "Saving the change failed")
                                  : exec("COMMIT", "Saving the change failed")) {
        rollback();
        return s;
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    // Either may fail harmlessly when SQLite already rolled back (FULL, IOERR, BUSY).
    QSqlQuery q(m_db);
    if (m_nested) {
        q.exec(QStringLiteral("ROLLBACK TO tierscope_write"));
        q.exec(QStringLiteral("RELEASE tierscope_write"));
    } else {
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

} // namespace tierscope::core
