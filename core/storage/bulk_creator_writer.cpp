// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/bulk_creator_writer.h"

#include "core/storage/creator_row.h"
#include "core/storage/schema.h"
#include "core/storage/sqlite_handle.h"

#include <sqlite3.h>

namespace tierscope::core {

namespace {

Error::Code codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL: return Error::Code::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Error::Code::Locked;
    case SQLITE_READONLY: return Error::Code::ReadOnly;
    case SQLITE_IOERR: return Error::Code::Io;
    case SQLITE_CORRUPT: return Error::Code::Corrupt;
    case SQLITE_CONSTRAINT: return Error::Code::Conflict;
    case SQLITE_INTERRUPT: return Error::Code::Cancelled;
    default: return Error::Code::Database;
    }
}

} // namespace

BulkCreatorWriter::BulkCreatorWriter(QSqlDatabase db, OnDuplicate onDuplicate,
                                     QStringList updateColumns, const Clock &clock)
    : m_db(std::move(db)),
      m_handle(sqliteHandle(m_db)),
      m_onDuplicate(onDuplicate),
      m_updateColumns(std::move(updateColumns)),
      m_clock(clock)
{
}

BulkCreatorWriter::~BulkCreatorWriter()
{
    rollback();
}

Status BulkCreatorWriter::fail(int rc, const char *what)
{
    QString detail = QString::fromUtf8(sqlite3_errstr(rc));
    if (m_handle)
        detail = QString::fromUtf8(sqlite3_errmsg(m_handle));
    Error e{codeFor(rc), QString::fromLatin1(what) + QStringLiteral(": ") + detail};
    if (e.code == Error::Code::DiskFull)
        e.message = QString::fromLatin1(what) + QStringLiteral(": the disk is full");
    rollback();
    return e;
}

Status BulkCreatorWriter::exec(const char *sql)
{
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr);
    return rc == SQLITE_OK ? Status{} : fail(rc, "Writing creators failed");
}

Status BulkCreatorWriter::exec(const QString &sql)
{
    return exec(sql.toUtf8().constData());
}

Status BulkCreatorWriter::prepare(sqlite3_stmt **stmt, const QString &sql)
{
    const int rc = sqlite3_prepare_v3(m_handle, sql.toUtf8().constData(), -1,
                                      SQLITE_PREPARE_PERSISTENT, stmt, nullptr);
    return rc == SQLITE_OK ? Status{} : fail(rc, "Preparing the creator import failed");
}

Status BulkCreatorWriter::begin()
{
    if (!m_handle)
        return {Error::Code::Database, QStringLiteral("The workspace connection is not SQLite.")};
    // Inside a caller's transaction the run is a savepoint of it; otherwise its own transaction.
    m_ownsTransaction = sqlite3_get_autocommit(m_handle) != 0;
    if (const Status s = exec(m_ownsTransaction ? "BEGIN IMMEDIATE" : "SAVEPOINT bulk_creators"))
        return s;
    m_open = true;
    m_now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);

    sqlite3_stmt *probe = nullptr;
    if (const Status s = prepare(&probe, QStringLiteral("SELECT EXISTS (SELECT 1 FROM creators)")))
        return s;
    const int rc = sqlite3_step(probe);
    const bool empty = rc == SQLITE_ROW && sqlite3_column_int(probe, 0) == 0;
    sqlite3_finalize(probe);
    if (rc != SQLITE_ROW)
        return fail(rc, "Reading the workspace failed");

    if (empty) {
        for (const QString &name : schema::creatorIndexNames()) {
            if (const Status s = exec(QStringLiteral("DROP INDEX IF EXISTS ") + name))
                return s;
        }
        for (const QString &name : schema::creatorFtsTriggerNames()) {
            if (const Status s = exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + name))
                return s;
        }
        m_dropped = true;
    }

    const QStringList &cols = creator_row::columns();
    QStringList marks(cols.size(), QStringLiteral("?"));
    if (const Status s = prepare(&m_insert,
                                 QStringLiteral("INSERT INTO creators (%1) VALUES (%2) "
                                                "ON CONFLICT (platform, handle) DO NOTHING")
                                     .arg(cols.join(u','), marks.join(u','))))
        return s;

    if (m_onDuplicate == OnDuplicate::Update) {
        QStringList sets;
        m_updateValueIndexes.clear();
        for (qsizetype i = 0; i < cols.size(); ++i) {
            const QString &c = cols[i];
            const bool always = c == u"updated_at";
            const bool never = c == u"platform" || c == u"handle" || c == u"created_at";
            if (never || (!always && !m_updateColumns.isEmpty() && !m_updateColumns.contains(c)))
                continue;
            // New extra fields are merged into the ones the creator has.
            sets << (c == u"extra" ? QStringLiteral("extra = json_patch(coalesce(extra, '{}'), "
                                                    "coalesce(?, '{}'))")
                                   : c + QStringLiteral(" = ?"));
            m_updateValueIndexes << int(i);
        }
        if (const Status s = prepare(&m_update,
                                     QStringLiteral("UPDATE creators SET %1 WHERE platform = ? "
                                                    "AND handle = ?")
                                         .arg(sets.join(u','))))
            return s;
    }
    return {};
}

void BulkCreatorWriter::bindRow(sqlite3_stmt *stmt, const QVariantList &values, int first)
{
    int column = first;
    const auto bindOne = [&](const QVariant &v) {
        if (v.isNull()) {
            sqlite3_bind_null(stmt, column);
        } else if (v.typeId() == QMetaType::Double) {
            sqlite3_bind_double(stmt, column, v.toDouble());
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            sqlite3_bind_int64(stmt, column, v.toLongLong());
        } else {
            const QByteArray utf8 = v.toString().toUtf8();
            sqlite3_bind_text(stmt, column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
        ++column;
    };
    if (stmt == m_update) {
        for (int i : m_updateValueIndexes)
            bindOne(values[i]);
        bindOne(values[0]); // platform
        bindOne(values[1]); // handle
    } else {
        for (const QVariant &v : values)
            bindOne(v);
    }
}

Status BulkCreatorWriter::add(const Creator &input)
{
    if (!m_open)
        return {Error::Code::Database, QStringLiteral("The import is not running.")};
    QVariantList values = creator_row::values(input);
    static const qsizetype created = creator_row::columns().indexOf(QStringLiteral("created_at"));
    static const qsizetype updated = creator_row::columns().indexOf(QStringLiteral("updated_at"));
    if (values[created].isNull())
        values[created] = m_now;
    values[updated] = m_now;

    bindRow(m_insert, values, 1);
    int rc = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    if (rc != SQLITE_DONE)
        return fail(rc, "Writing creators failed");
    if (sqlite3_changes(m_handle) == 1) {
        ++m_counts.inserted;
        return {};
    }
    if (m_onDuplicate == OnDuplicate::Skip) {
        ++m_counts.skipped;
        return {};
    }
    bindRow(m_update, values, 1);
    rc = sqlite3_step(m_update);
    sqlite3_reset(m_update);
    if (rc != SQLITE_DONE)
        return fail(rc, "Updating creators failed");
    ++m_counts.updated;
    return {};
}

Status BulkCreatorWriter::commit()
{
    if (!m_open)
        return {Error::Code::Database, QStringLiteral("The import is not running.")};
    finalizeStatements();
    if (m_dropped) {
        for (const QString &sql : schema::creatorIndexStatements()) {
            if (const Status s = exec(sql))
                return s;
        }
        if (const Status s = exec("INSERT INTO creators_fts(creators_fts) VALUES ('rebuild')"))
            return s;
        for (const QString &sql : schema::creatorFtsTriggerStatements()) {
            if (const Status s = exec(sql))
                return s;
        }
    }
    // Sampled statistics let the planner choose between indexes for combined filters.
    if (const Status s = exec("PRAGMA analysis_limit = 400; ANALYZE creators"))
        return s;
    const int rc = sqlite3_exec(m_handle, m_ownsTransaction ? "COMMIT" : "RELEASE bulk_creators",
                                nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(rc, "Saving the import failed");
    m_open = false;
    return {};
}

void BulkCreatorWriter::finalizeStatements()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_update);
    m_insert = nullptr;
    m_update = nullptr;
}

void BulkCreatorWriter::rollback()
{
    finalizeStatements();
    if (!m_open)
        return;
    m_open = false;
    if (!m_handle || sqlite3_get_autocommit(m_handle))
        return; // SQLite already rolled back by itself
    if (m_ownsTransaction) {
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
        sqlite3_exec(m_handle, "ROLLBACK TO bulk_creators; RELEASE bulk_creators", nullptr,
                     nullptr, nullptr);
    }
}

} // namespace tierscope::core
