// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>

namespace tierscope::core {

// The transaction of one repository write that composes with a caller's transaction: on its own
// it is BEGIN IMMEDIATE … COMMIT; inside an open transaction it is a SAVEPOINT, so a failure
// undoes only this write and the caller decides about the rest (e.g. the demo writer or an undo
// macro running several repository calls as one change). Rolled back unless commit() succeeded.
class WriteScope
{
public:
    explicit WriteScope(QSqlDatabase db) : m_db(std::move(db)) {}
    ~WriteScope();

    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

    Status begin();
    Status commit();

private:
    Status exec(const char *sql, const char *what);

    QSqlDatabase m_db;
    bool m_open = false;
    bool m_nested = false;
};

} // namespace tierscope::core
