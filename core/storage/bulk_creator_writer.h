// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/domain/creator.h"

#include <QSqlDatabase>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace tierscope::core {

// Writes many creators in one transaction through the raw SQLite API (Qt's bound-value path
// costs 3–4× per row). When the table starts empty, secondary indexes and the search index are
// dropped and rebuilt once at the end, which is far cheaper than maintaining them row by row.
// Inside a caller's transaction it runs as a savepoint of it.
// Any SQLite error ends the run: SQLite may already have rolled back, so nothing continues.
// Destroyed without commit(), everything is rolled back and the workspace is as before.
class BulkCreatorWriter
{
public:
    enum class OnDuplicate { Update, Skip };

    struct Counts
    {
        qint64 inserted = 0;
        qint64 updated = 0;
        qint64 skipped = 0;
    };

    // updateColumns: the creators columns an update may overwrite (those the source provides);
    // empty means all. updated_at always follows.
    BulkCreatorWriter(QSqlDatabase db, OnDuplicate onDuplicate, QStringList updateColumns = {},
                      const Clock &clock = Clock::system());
    ~BulkCreatorWriter();

    BulkCreatorWriter(const BulkCreatorWriter &) = delete;
    BulkCreatorWriter &operator=(const BulkCreatorWriter &) = delete;

    Status begin();
    // The handle must be normalised (Creator::normaliseHandle) and not empty.
    Status add(const Creator &creator);
    // Rebuilds what begin() dropped, refreshes planner statistics and commits.
    Status commit();
    void rollback();

    const Counts &counts() const { return m_counts; }
    bool rebuildsIndexes() const { return m_dropped; }

private:
    Status fail(int rc, const char *what);
    Status exec(const char *sql);
    Status exec(const QString &sql);
    Status prepare(sqlite3_stmt **stmt, const QString &sql);
    void bindRow(sqlite3_stmt *stmt, const QVariantList &values, int first);
    void finalizeStatements();

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    OnDuplicate m_onDuplicate;
    QStringList m_updateColumns;
    const Clock &m_clock;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_update = nullptr;
    QList<int> m_updateValueIndexes; // positions in creator_row::values() the UPDATE binds
    bool m_open = false;
    bool m_ownsTransaction = true;
    bool m_dropped = false;
    Counts m_counts;
    QString m_now;
};

} // namespace tierscope::core
