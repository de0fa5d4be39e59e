// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sql_statement.h"

#include "core/storage/sqlite_handle.h"

#include <sqlite3.h>

namespace tierscope::core {

SqlStatement::SqlStatement(const QSqlDatabase &db) : m_db(sqliteHandle(db)) {}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

Status SqlStatement::prepare(const QString &sql)
{
    if (!m_db)
        return {Error::Code::Database, QStringLiteral("The workspace is not open.")};
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        return error(rc, "Preparing a query failed");
    return {};
}

void SqlStatement::bind(int index, const QVariant &v)
{
    if (v.isNull()) {
        sqlite3_bind_null(m_stmt, index);
    } else if (v.typeId() == QMetaType::Double) {
        sqlite3_bind_double(m_stmt, index, v.toDouble());
    } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int
               || v.typeId() == QMetaType::Bool) {
        sqlite3_bind_int64(m_stmt, index, v.toLongLong());
    } else {
        const QByteArray utf8 = v.toString().toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
}

void SqlStatement::bindAll(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        bind(i + 1, values[i]);
}

int SqlStatement::step()
{
    return sqlite3_step(m_stmt);
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Error SqlStatement::error(int rc, const char *what) const
{
    Error::Code code = Error::Code::Database;
    switch (rc & 0xff) {
    case SQLITE_FULL: code = Error::Code::DiskFull; break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: code = Error::Code::Locked; break;
    case SQLITE_CORRUPT: code = Error::Code::Corrupt; break;
    case SQLITE_INTERRUPT: code = Error::Code::Cancelled; break;
    default: break;
    }
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                : QString::fromUtf8(sqlite3_errstr(rc));
    return {code, QString::fromLatin1(what) + QStringLiteral(": ") + detail};
}

} // namespace tierscope::core
