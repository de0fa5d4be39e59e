// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/domain/creator.h"

#include <QSqlDatabase>
#include <QStringEncoder>
#include <QStringList>

#include <array>

struct sqlite3;
struct sqlite3_stmt;

namespace tierscope::core {

// Writes many creators in one transaction through the raw SQLite API (Qt's bound-value path
// costs 3–4× per row); values are bound straight from the Creator, text as UTF-8 from one
// reused buffer. When the table starts empty, secondary indexes and the search index are
// dropped and rebuilt once at the end, which is far cheaper than maintaining them row by row.
// Inside a caller's transaction it runs as a savepoint of it. In its own transaction it puts
// temporary storage (the sorts of the rebuild) in files while it runs, so memory stays bounded
// whatever the size of the import; the connection's setting is restored afterwards.
// Any SQLite error ends the run: SQLite may already have rolled back, so nothing continues.
// Destroyed without commit(), everything is rolled back and the workspace is as before.
//
// Duplicates (same platform + handle, in the workspace or earlier in the same run) are updated
// or skipped. An update overwrites the columns listed in updateColumns (the ones the source
// provides), except that an unknown metric (followers, averages, rates, fee, as-of date) keeps the
// stored value: a missing or bad cell never erases what the workspace knows. Extra fields are
// merged. The ER follows the merged values: when the source provides
// some of followers, avg_likes, avg_comments, avg_shares, avg_views and engagement_rate (the
// reported ER), the effective ER, its source, its basis and the engagement flag are recomputed
// (effectiveEngagementRate, on the basis of setErBases()) from the new values of those and the
// stored values of the others; a stored reported ER stays unless engagement_rate is listed.
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
    // empty means all. updated_at always follows; er_source follows the ER (see above).
    BulkCreatorWriter(QSqlDatabase db, OnDuplicate onDuplicate, QStringList updateColumns = {},
                      const Clock &clock = Clock::system());
    ~BulkCreatorWriter();

    BulkCreatorWriter(const BulkCreatorWriter &) = delete;
    BulkCreatorWriter &operator=(const BulkCreatorWriter &) = delete;

    // The workspace's ER basis per platform, for ERs recomputed from merged values (default:
    // the built-in ErBases). Set before begin().
    void setErBases(const ErBases &bases) { m_bases = bases; }

    Status begin();
    // The handle must be normalised (Creator::normaliseHandle) and not empty.
    Status add(const Creator &creator);
    // Rebuilds what begin() dropped, refreshes planner statistics and commits.
    Status commit();
    void rollback();

    const Counts &counts() const { return m_counts; }
    bool rebuildsIndexes() const { return m_dropped; }

private:
    // One column's value for the row being written; text lives in m_text.
    struct Value
    {
        enum class Kind : quint8 { Null, Integer, Real, Text } kind = Kind::Null;
        qint64 integer = 0;
        double real = 0;
        qsizetype offset = 0;
        qsizetype size = 0;
    };

    Status fail(int rc, const char *what);
    bool statisticsAreStale() const;
    Status exec(const char *sql);
    Status exec(const QString &sql);
    Status prepare(sqlite3_stmt **stmt, const QString &sql);
    Status prepareUpdate();
    void fillValues(const Creator &c);
    void setText(int column, QStringView text);
    void setUtf8(int column, QByteArrayView utf8);
    void bind(sqlite3_stmt *stmt, int parameter, const Value &v);
    Status mergeEngagement(const Creator &c);
    void finalizeStatements();
    void restoreTempStore();

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    OnDuplicate m_onDuplicate;
    QStringList m_updateColumns;
    const Clock &m_clock;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_update = nullptr;
    sqlite3_stmt *m_selectEr = nullptr; // the stored ER inputs of a duplicate
    QList<int> m_updateValueIndexes; // positions in creator_row::columns() the UPDATE binds
    // Which ER inputs the source provides: followers, likes, comments, shares, views, reported ER.
    std::array<bool, 6> m_providesEr {};
    ErBases m_bases;
    bool m_mergeEr = false;
    bool m_open = false;
    bool m_ownsTransaction = true;
    bool m_dropped = false;
    int m_tempStore = -1; // the connection's temp_store to restore, -1: unchanged
    Counts m_counts;
    QByteArray m_now; // UTF-8
    QList<Value> m_values; // per creator_row::columns()
    QByteArray m_text; // the row's text values back to back, reused from row to row
    QStringEncoder m_encoder {QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace tierscope::core
