// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>

namespace tierscope::core {

// A scoped write: rolled back unless commit() succeeded. Every multi-row change uses one.
// On its own it is BEGIN IMMEDIATE … COMMIT (the write lock is taken up front, waiting up to the
// busy timeout); inside a caller's open transaction it is a SAVEPOINT, so a failure undoes only
// this part and the caller decides about the rest (the demo writer, an undo macro).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();
    bool isNested() const { return m_nested; }

private:
    Status exec(const char *sql, const char *what);

    QSqlDatabase m_db;
    bool m_open = false;
    bool m_nested = false;
};

} // namespace tierscope::core
