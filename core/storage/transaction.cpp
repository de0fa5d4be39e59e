// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/transaction.h"

#include "core/storage/workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tierscope::core {

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return databaseError(q.lastError(), QStringLiteral("Cannot start a change"));
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_open)
        return {Error::Code::Database, QStringLiteral("No change in progress")};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = databaseError(q.lastError(), QStringLiteral("Saving the change failed"));
        rollback();
        return e;
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when SQLite already rolled back
}

} // namespace tierscope::core
