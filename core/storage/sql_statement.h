// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace tierscope::core {

// A prepared statement on the raw SQLite handle of a Qt connection, for read paths over many
// rows where QSqlQuery's per-value cost dominates (statistics, chart samples, exports).
class SqlStatement
{
public:
    explicit SqlStatement(const QSqlDatabase &db);
    explicit SqlStatement(sqlite3 *db) : m_db(db) {}
    ~SqlStatement();

    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    Status prepare(const QString &sql);
    void bind(int index, const QVariant &value); // 1-based
    void bindAll(const QVariantList &values);     // from index 1
    int step();                                   // SQLITE_ROW, SQLITE_DONE or an error code
    void reset();
    sqlite3_stmt *handle() const { return m_stmt; }
    Error error(int rc, const char *what) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace tierscope::core
