// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/sql_row_pass.h"

#include "core/storage/sql_statement.h"
#include "core/storage/sqlite_handle.h"

#include <sqlite3.h>

namespace tierscope::core {

namespace {

constexpr char kFunction[] = "tierscope_each";
// Compared with strcmp on every row: short on purpose.
constexpr char kPointerType[] = "tsSink";

void eachStep(sqlite3_context *, int argc, sqlite3_value **argv)
{
    if (argc < 1)
        return;
    // Anything but our bound pointer (e.g. the function called from a hand-written query) is NULL.
    if (auto *sink = static_cast<SqlRowPass::Sink *>(sqlite3_value_pointer(argv[0], kPointerType)))
        sink->row(argv + 1);
}

void eachFinal(sqlite3_context *context)
{
    sqlite3_result_null(context);
}

// DIRECTONLY: the function cannot be reached from a view or trigger stored in a workspace file.
int registerFunction(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, kFunction, -1, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr,
                                      nullptr, eachStep, eachFinal, nullptr);
}

} // namespace

Status SqlRowPass::run(const QSqlDatabase &db, const QString &columns, const QString &tail,
                       const QVariantList &binds, Sink &sink)
{
    return run(sqliteHandle(db), columns, tail, binds, sink);
}

Status SqlRowPass::run(sqlite3 *db, const QString &columns, const QString &tail,
                       const QVariantList &binds, Sink &sink)
{
    const QString sql = QStringLiteral("SELECT ") + QLatin1String(kFunction)
        + QStringLiteral("(?, ") + columns + QStringLiteral(") ") + tail;
    SqlStatement stmt(db);
    Status prepared = stmt.prepare(sql);
    if (prepared) {
        // First use on this connection: register the function and try once more. Registering
        // only when missing leaves the connection's other prepared statements alone.
        if (db && registerFunction(db) == SQLITE_OK)
            prepared = stmt.prepare(sql);
        if (prepared)
            return prepared;
    }
    sqlite3_bind_pointer(stmt.handle(), 1, &sink, kPointerType, nullptr);
    for (qsizetype i = 0; i < binds.size(); ++i)
        stmt.bind(int(i) + 2, binds[i]);
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW) { }
    if (rc != SQLITE_DONE)
        return stmt.error(rc, "Reading creators failed");
    return {};
}

} // namespace tierscope::core
