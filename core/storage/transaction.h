// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>

namespace tierscope::core {

// A scoped transaction: rolled back unless commit() succeeded. Every multi-row change uses one.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();   // BEGIN IMMEDIATE: takes the write lock up front, waiting busy_timeout
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace tierscope::core
