// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/bulk_creator_writer.h"

#include "core/storage/creator_row.h"
#include "core/storage/schema.h"
#include "core/storage/sqlite_handle.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <cstdlib>

namespace tierscope::core {

namespace {

Error::Code codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Error::Code::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Code::Locked;
    case SQLITE_READONLY:
        return Error::Code::ReadOnly;
    case SQLITE_IOERR:
        return Error::Code::Io;
    case SQLITE_CORRUPT:
        return Error::Code::Corrupt;
    case SQLITE_CONSTRAINT:
        return Error::Code::Conflict;
    case SQLITE_INTERRUPT:
        return Error::Code::Cancelled;
    default:
        return Error::Code::Database;
    }
}

int column(const char *name)
{
    return int(creator_row::columns().indexOf(QLatin1String(name)));
}

// Positions in creator_row::columns().
struct Columns
{
    int platform = column("platform"), handle = column("handle"),
        displayName = column("display_name"), followers = column("followers"),
        avgLikes = column("avg_likes"), avgComments = column("avg_comments"),
        avgShares = column("avg_shares"), avgViews = column("avg_views"),
        engagementRate = column("engagement_rate"), erSource = column("er_source"),
        niches = column("niches"), country = column("country"), language = column("language"),
        authenticity = column("authenticity"), sponsoredRatio = column("sponsored_ratio"),
        feeMinor = column("fee_minor"), feeCurrency = column("fee_currency"),
        email = column("email"), profileUrl = column("profile_url"), notes = column("notes"),
        extra = column("extra"), source = column("source"), metricsAsOf = column("metrics_as_of"),
        createdAt = column("created_at"), updatedAt = column("updated_at"),
        erBasis = column("er_basis"), qualityFlags = column("quality_flags");
};

const Columns &positions()
{
    static const Columns c;
    return c;
}

QByteArrayView erSourceUtf8(ErSource s)
{
    switch (s) {
    case ErSource::Reported:
        return "reported";
    case ErSource::Computed:
        return "computed";
    case ErSource::Unknown:
        break;
    }
    return {};
}

} // namespace

BulkCreatorWriter::BulkCreatorWriter(QSqlDatabase db, OnDuplicate onDuplicate,
                                     QStringList updateColumns, const Clock &clock)
    : m_db(std::move(db))
    , m_handle(sqliteHandle(m_db))
    , m_onDuplicate(onDuplicate)
    , m_updateColumns(std::move(updateColumns))
    , m_clock(clock)
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
    Error e {codeFor(rc), QString::fromLatin1(what) + QStringLiteral(": ") + detail};
    // The faults a user can act on get a sentence that says what to do; the import is undone.
    const QString undone = QStringLiteral(". Nothing was written; the workspace is as before.");
    switch (e.code) {
    case Error::Code::DiskFull:
        e.message = QString::fromLatin1(what) + QStringLiteral(": the disk is full") + undone;
        break;
    case Error::Code::Locked:
        e.message = QString::fromLatin1(what)
            + QStringLiteral(": the workspace is locked by another program (another "
                             "Tierscope window or a tool writing to it); close it there "
                             "and try again")
            + undone;
        break;
    case Error::Code::ReadOnly:
        e.message = QString::fromLatin1(what)
            + QStringLiteral(": the workspace is read-only (its file, folder or disk "
                             "does not allow writing)")
            + undone;
        break;
    default:
        break;
    }
    rollback();
    return e;
}

Status BulkCreatorWriter::exec(const char *sql)
{
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr);
    return rc == SQLITE_OK ? Status {} : fail(rc, "Writing creators failed");
}

Status BulkCreatorWriter::exec(const QString &sql)
{
    return exec(sql.toUtf8().constData());
}

Status BulkCreatorWriter::prepare(sqlite3_stmt **stmt, const QString &sql)
{
    const int rc = sqlite3_prepare_v3(m_handle, sql.toUtf8().constData(), -1,
                                      SQLITE_PREPARE_PERSISTENT, stmt, nullptr);
    return rc == SQLITE_OK ? Status {} : fail(rc, "Preparing the creator import failed");
}

Status BulkCreatorWriter::begin()
{
    if (!m_handle)
        return {Error::Code::Database, QStringLiteral("The workspace connection is not SQLite.")};
    // Inside a caller's transaction the run is a savepoint of it; otherwise its own transaction.
    m_ownsTransaction = sqlite3_get_autocommit(m_handle) != 0;
    // The index rebuild sorts every row; with temporary storage in memory (the workspace's
    // setting) its runs would stay in RAM and memory would grow with the import. Files keep it
    // bounded. The setting can only change outside a transaction.
    if (m_ownsTransaction) {
        sqlite3_stmt *pragma = nullptr;
        if (sqlite3_prepare_v2(m_handle, "PRAGMA temp_store", -1, &pragma, nullptr) == SQLITE_OK
            && sqlite3_step(pragma) == SQLITE_ROW) {
            const int previous = sqlite3_column_int(pragma, 0);
            sqlite3_finalize(pragma);
            pragma = nullptr;
            if (previous != 1
                && sqlite3_exec(m_handle, "PRAGMA temp_store = FILE", nullptr, nullptr, nullptr)
                    == SQLITE_OK)
                m_tempStore = previous;
        }
        sqlite3_finalize(pragma);
    }
    if (const Status s = exec(m_ownsTransaction ? "BEGIN IMMEDIATE" : "SAVEPOINT bulk_creators"))
        return s;
    m_open = true;
    m_now = m_clock.now().toUTC().toString(Qt::ISODateWithMs).toUtf8();
    m_values.resize(creator_row::columns().size());

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
    return m_onDuplicate == OnDuplicate::Update ? prepareUpdate() : Status {};
}

Status BulkCreatorWriter::prepareUpdate()
{
    const QStringList &cols = creator_row::columns();
    const bool all = m_updateColumns.isEmpty();
    const char *const erInputs[] = {"followers",  "avg_likes", "avg_comments",
                                    "avg_shares", "avg_views", "engagement_rate"};
    static_assert(std::size(erInputs) == std::tuple_size_v<decltype(m_providesEr)>);
    bool any = false;
    for (size_t i = 0; i < m_providesEr.size(); ++i) {
        m_providesEr[i] = all || m_updateColumns.contains(QLatin1String(erInputs[i]));
        any = any || m_providesEr[i];
    }
    // An unknown input keeps the stored one, so the ER is always merged with what is stored.
    m_mergeEr = any;

    QStringList sets;
    m_updateValueIndexes.clear();
    for (qsizetype i = 0; i < cols.size(); ++i) {
        const QString &c = cols[i];
        const bool never = c == u"platform" || c == u"handle" || c == u"created_at";
        const bool derived = c == u"engagement_rate" || c == u"er_source" || c == u"er_basis"
            || c == u"quality_flags";
        const bool given = derived ? any : all || m_updateColumns.contains(c);
        const bool include = c == u"updated_at" || given;
        if (never || !include)
            continue;
        // New extra fields are merged into the ones the creator has; an unknown metric (an
        // empty or "N/A" cell, or one that did not parse) never erases a stored value.
        const bool metric = c == u"followers" || c.startsWith(u"avg_") || c == u"authenticity"
            || c == u"sponsored_ratio" || c == u"fee_minor" || c == u"fee_currency"
            || c == u"metrics_as_of";
        if (c == u"extra")
            sets << QStringLiteral("extra = json_patch(coalesce(extra, '{}'), coalesce(?, '{}'))");
        else if (metric)
            sets << QString(c + QStringLiteral(" = coalesce(?, ") + c + u')');
        else
            sets << QString(c + QStringLiteral(" = ?"));
        m_updateValueIndexes << int(i);
    }
    const QString update =
        QStringLiteral("UPDATE creators SET %1 WHERE platform = ? AND handle = ?")
            .arg(sets.join(u','));
    if (const Status s = prepare(&m_update, update))
        return s;
    if (m_mergeEr)
        return prepare(&m_selectEr,
                       QStringLiteral("SELECT followers, avg_likes, avg_comments, avg_shares, "
                                      "avg_views, engagement_rate, er_source FROM creators "
                                      "WHERE platform = ? AND handle = ?"));
    return {};
}

void BulkCreatorWriter::setText(int column, QStringView text)
{
    if (column < 0)
        return;
    Value &v = m_values[column];
    v.kind = Value::Kind::Text;
    v.offset = m_text.size();
    m_text.resize(v.offset + text.size() * 3); // UTF-8 needs at most 3 bytes per UTF-16 unit
    char *end = m_encoder.appendToBuffer(m_text.data() + v.offset, text);
    v.size = end - (m_text.constData() + v.offset);
    m_text.resize(v.offset + v.size);
}

void BulkCreatorWriter::setUtf8(int column, QByteArrayView utf8)
{
    if (column < 0)
        return;
    Value &v = m_values[column];
    v.kind = Value::Kind::Text;
    v.offset = m_text.size();
    v.size = utf8.size();
    m_text.append(utf8);
}

// The same values as creator_row::values(), without a QVariant per value: empty text is '' (the
// columns are NOT NULL), unknown numbers are NULL, invalid times take the run's timestamp.
void BulkCreatorWriter::fillValues(const Creator &c)
{
    const Columns &k = positions();
    m_text.resize(0); // keeps the capacity
    for (Value &v : m_values)
        v = Value();
    const auto integer = [this](int column, std::optional<qint64> x) {
        if (column >= 0 && x) {
            m_values[column].kind = Value::Kind::Integer;
            m_values[column].integer = *x;
        }
    };
    const auto real = [this](int column, std::optional<double> x) {
        if (column >= 0 && x) {
            m_values[column].kind = Value::Kind::Real;
            m_values[column].real = *x;
        }
    };
    static const QByteArray platforms[] = {platformKey(Platform::Instagram).toUtf8(),
                                           platformKey(Platform::TikTok).toUtf8(),
                                           platformKey(Platform::YouTube).toUtf8()};
    setUtf8(k.platform, platforms[int(c.platform)]);
    setText(k.handle, c.handle);
    setText(k.displayName, c.displayName);
    integer(k.followers, c.followers);
    real(k.avgLikes, c.avgLikes);
    real(k.avgComments, c.avgComments);
    real(k.avgShares, c.avgShares);
    real(k.avgViews, c.avgViews);
    real(k.engagementRate, c.engagementRate);
    if (const QByteArrayView er = erSourceUtf8(c.erSource); !er.isEmpty())
        setUtf8(k.erSource, er);
    if (c.erBasis)
        setUtf8(k.erBasis, c.erBasis == ErBasis::Views ? "views" : "followers");
    integer(k.qualityFlags, qint64(c.qualityFlags));
    if (c.niches.size() == 1 && c.niches.constFirst() == c.niches.constFirst().simplified())
        setText(k.niches, c.niches.constFirst()); // what encodeNiches() gives, without copies
    else
        setText(k.niches, creator_row::encodeNiches(c.niches));
    setText(k.country, c.country);
    setText(k.language, c.language);
    real(k.authenticity, c.authenticity);
    real(k.sponsoredRatio, c.sponsoredRatio);
    if (c.fee) {
        integer(k.feeMinor, c.fee->minor());
        setText(k.feeCurrency, c.fee->currency());
    }
    setText(k.email, c.email);
    setText(k.profileUrl, c.profileUrl);
    setText(k.notes, c.notes);
    if (!c.extra.isEmpty())
        setUtf8(k.extra,
                QJsonDocument(QJsonObject::fromVariantMap(c.extra)).toJson(QJsonDocument::Compact));
    setText(k.source, c.source);
    if (c.metricsAsOf.isValid()) {
        const QDate d = c.metricsAsOf;
        if (d.year() >= 1000 && d.year() <= 9999) {
            char iso[10];
            const auto two = [](char *p, int v) {
                p[0] = char('0' + v / 10);
                p[1] = char('0' + v % 10);
            };
            two(iso, d.year() / 100);
            two(iso + 2, d.year() % 100);
            iso[4] = iso[7] = '-';
            two(iso + 5, d.month());
            two(iso + 8, d.day());
            setUtf8(k.metricsAsOf, QByteArrayView(iso, 10));
        } else {
            setText(k.metricsAsOf, d.toString(Qt::ISODate));
        }
    }
    if (c.createdAt.isValid())
        setText(k.createdAt, c.createdAt.toUTC().toString(Qt::ISODateWithMs));
    else
        setUtf8(k.createdAt, m_now);
    setUtf8(k.updatedAt, m_now);
}

void BulkCreatorWriter::bind(sqlite3_stmt *stmt, int parameter, const Value &v)
{
    switch (v.kind) {
    case Value::Kind::Null:
        sqlite3_bind_null(stmt, parameter);
        break;
    case Value::Kind::Integer:
        sqlite3_bind_int64(stmt, parameter, v.integer);
        break;
    case Value::Kind::Real:
        sqlite3_bind_double(stmt, parameter, v.real);
        break;
    case Value::Kind::Text:
        // m_text is not touched until the statement has run: no copy needed. A null pointer
        // would bind NULL, so empty text points at a literal.
        sqlite3_bind_text(stmt, parameter, v.size ? m_text.constData() + v.offset : "", int(v.size),
                          SQLITE_STATIC);
        break;
    }
}

Status BulkCreatorWriter::mergeEngagement(const Creator &c)
{
    const Columns &k = positions();
    bind(m_selectEr, 1, m_values[k.platform]);
    bind(m_selectEr, 2, m_values[k.handle]);
    const int rc = sqlite3_step(m_selectEr);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(m_selectEr);
        return rc == SQLITE_DONE ? Status {} : fail(rc, "Reading creators failed");
    }
    const auto real = [this](int i) {
        return sqlite3_column_type(m_selectEr, i) == SQLITE_NULL
            ? std::optional<double>()
            : std::optional<double>(sqlite3_column_double(m_selectEr, i));
    };
    const std::optional<qint64> storedFollowers = sqlite3_column_type(m_selectEr, 0) == SQLITE_NULL
        ? std::optional<qint64>()
        : std::optional<qint64>(sqlite3_column_int64(m_selectEr, 0));
    const bool storedReported =
        QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(m_selectEr, 6)))
        == "reported";
    // A value the source gives wins; an unknown one keeps the stored value (see prepareUpdate).
    const auto merged = [this](size_t input, const auto &given, const auto &stored) {
        return m_providesEr[input] && given ? given : stored;
    };
    const std::optional<qint64> followers = merged(0, c.followers, storedFollowers);
    const Interactions interactions {merged(1, c.avgLikes, real(1)),
                                     merged(2, c.avgComments, real(2)),
                                     merged(3, c.avgShares, real(3))};
    const std::optional<double> views = merged(4, c.avgViews, real(4));
    const std::optional<double> reported = m_providesEr[5] && c.erSource == ErSource::Reported
        ? c.engagementRate
        : storedReported ? real(5)
                         : std::nullopt;
    sqlite3_reset(m_selectEr);

    const EffectiveEr er =
        effectiveEngagementRate(reported, followers, views, interactions, m_bases.of(c.platform));
    m_values[k.erBasis] = Value();
    if (er.basis)
        setUtf8(k.erBasis, er.basis == ErBasis::Views ? "views" : "followers");
    m_values[k.qualityFlags].kind = Value::Kind::Integer;
    m_values[k.qualityFlags].integer = qint64(er.flags);
    m_values[k.engagementRate] = Value();
    if (er.rate) {
        m_values[k.engagementRate].kind = Value::Kind::Real;
        m_values[k.engagementRate].real = *er.rate;
    }
    if (const QByteArrayView key = erSourceUtf8(er.source); !key.isEmpty())
        setUtf8(k.erSource, key);
    else
        m_values[k.erSource] = Value();
    return {};
}

Status BulkCreatorWriter::add(const Creator &input)
{
    if (!m_open)
        return {Error::Code::Database, QStringLiteral("The import is not running.")};
    fillValues(input);
    for (int i = 0; i < m_values.size(); ++i)
        bind(m_insert, i + 1, m_values[i]);
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
    if (m_mergeEr) {
        if (const Status s = mergeEngagement(input))
            return s;
    }
    int parameter = 1;
    for (int i : m_updateValueIndexes)
        bind(m_update, parameter++, m_values[i]);
    bind(m_update, parameter++, m_values[positions().platform]);
    bind(m_update, parameter, m_values[positions().handle]);
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
    if (m_dropped || statisticsAreStale()) {
        // Full statistics let the planner choose between indexes for combined filters; sampled
        // ones (analysis_limit) misjudge low-cardinality columns such as platform by 100×.
        if (const Status s = exec("PRAGMA analysis_limit = 0; ANALYZE creators"))
            return s;
    }
    const int rc = sqlite3_exec(m_handle, m_ownsTransaction ? "COMMIT" : "RELEASE bulk_creators",
                                nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(rc, "Saving the import failed");
    m_open = false;
    restoreTempStore();
    return {};
}

bool BulkCreatorWriter::statisticsAreStale() const
{
    // sqlite_stat1's first figure is the table's row count when it was last analysed. A run that
    // adds a tenth or more on top changes the picture; a small one does not (a million-row
    // ANALYZE takes over a second).
    sqlite3_stmt *stat = nullptr;
    qint64 analysedRows = -1;
    if (sqlite3_prepare_v2(m_handle, "SELECT stat FROM sqlite_stat1 WHERE tbl = 'creators' LIMIT 1",
                           -1, &stat, nullptr)
            == SQLITE_OK
        && sqlite3_step(stat) == SQLITE_ROW) {
        const char *text = reinterpret_cast<const char *>(sqlite3_column_text(stat, 0));
        analysedRows = text ? std::strtoll(text, nullptr, 10) : -1;
    }
    sqlite3_finalize(stat);
    return analysedRows <= 0 || (m_counts.inserted + m_counts.updated) * 10 >= analysedRows;
}

void BulkCreatorWriter::restoreTempStore()
{
    if (m_tempStore < 0 || !m_handle || !sqlite3_get_autocommit(m_handle))
        return;
    const QByteArray sql = "PRAGMA temp_store = " + QByteArray::number(m_tempStore);
    sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, nullptr);
    m_tempStore = -1;
}

void BulkCreatorWriter::finalizeStatements()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_update);
    sqlite3_finalize(m_selectEr);
    m_insert = nullptr;
    m_update = nullptr;
    m_selectEr = nullptr;
}

void BulkCreatorWriter::rollback()
{
    finalizeStatements();
    // SQLite may already have rolled back by itself (autocommit again): nothing to undo then.
    if (m_open && m_handle && !sqlite3_get_autocommit(m_handle)) {
        if (m_ownsTransaction) {
            sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
        } else {
            sqlite3_exec(m_handle, "ROLLBACK TO bulk_creators; RELEASE bulk_creators", nullptr,
                         nullptr, nullptr);
        }
    }
    m_open = false;
    restoreTempStore();
}

} // namespace tierscope::core
