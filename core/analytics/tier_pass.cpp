// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/tier_pass.h"

#include "core/common/parallel_for.h"
#include "core/storage/creator_id_range.h"
#include "core/storage/read_only_connection.h"
#include "core/storage/sql_statement.h"
#include "core/storage/sqlite_handle.h"

#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace tierscope::core {

namespace {

// The values TierAccumulator::row() reads; the currency test runs in SQL, which is cheaper than
// handing SQLite's text to C++ for every row.
const QString kColumns = QStringLiteral("id, followers, engagement_rate, "
                                        "CASE WHEN fee_currency = ? THEN fee_minor END, "
                                        "authenticity, er_basis, avg_views");

// Below this many ids per piece a thread and a connection cost more than they save.
constexpr qint64 kIdsPerPiece = 150'000;
constexpr int kMaxPieces = 4;

int pieceCount(qint64 idSpan)
{
    const int cores = std::clamp(QThread::idealThreadCount(), 1, kMaxPieces);
    return int(std::clamp<qint64>(idSpan / kIdsPerPiece, 1, cores));
}

} // namespace

TierPass::TierPass(const TierScheme &scheme, QString feeCurrency, int samplePerTier)
    : m_scheme(scheme)
    , m_feeCurrency(std::move(feeCurrency))
    , m_samplePerTier(samplePerTier)
    , m_all(scheme, samplePerTier)
{
}

bool TierPass::preferIndexes(const QSqlDatabase &db, const CreatorFilter &filter) const
{
    if (filter.countries.isEmpty() && filter.languages.isEmpty())
        return false;
    CreatorFilter probe;
    if (!filter.countries.isEmpty())
        probe.countries = filter.countries;
    else
        probe.languages = filter.languages;
    const SqlFragment where = CreatorQueryBuilder(probe, m_scheme).conditions();
    SqlStatement stmt(db);
    if (stmt.prepare(QStringLiteral("SELECT (SELECT count(*) FROM creators WHERE ") + where.sql
                     + QStringLiteral("), (SELECT count(*) FROM creators)")))
        return false;
    stmt.bindAll(where.binds);
    if (stmt.step() != SQLITE_ROW)
        return false;
    const qint64 matches = sqlite3_column_int64(stmt.handle(), 0);
    const qint64 total = sqlite3_column_int64(stmt.handle(), 1);
    return matches * 100 < total * 15;
}

bool TierPass::runSplit(const QSqlDatabase &db, const SqlFragment &where,
                        const QVariantList &binds)
{
    const QString path = db.databaseName();
    sqlite3 *own = sqliteHandle(db);
    if (!own || path.isEmpty() || path == QLatin1String(":memory:")
        || !sqlite3_get_autocommit(own))
        return false;

    const auto ids = creatorIdRange(own);
    if (!ids || ids->empty)
        return false;
    const qint64 first = ids->first;
    const qint64 last = ids->last;
    const int pieces = pieceCount(last - first + 1);
    if (pieces < 2)
        return false;

    struct Piece
    {
        std::unique_ptr<ReadOnlyConnection> connection;
        TierAccumulator accumulator;
        qint64 from = 0, to = 0; // ids in [from, to)
        Status status;
    };
    std::vector<Piece> work;
    work.reserve(size_t(pieces));
    const qint64 step = (last - first) / pieces + 1;
    for (int i = 0; i < pieces; ++i) {
        auto connection = ReadOnlyConnection::open(path);
        if (!connection)
            return false;
        const qint64 from = first + i * step;
        work.push_back({std::move(connection).value(), TierAccumulator(m_scheme, m_samplePerTier),
                        from, i + 1 == pieces ? last + 1 : from + step, {}});
    }

    const QString tail = QStringLiteral("FROM creators NOT INDEXED WHERE (") + where.sql
        + QStringLiteral(") AND id >= ? AND id < ?");
    parallelFor(pieces, [&](int i) {
        Piece &p = work[size_t(i)];
        QVariantList pieceBinds = binds;
        pieceBinds << p.from << p.to;
        p.status = SqlRowPass::run(p.connection->handle(), kColumns, tail, pieceBinds,
                                   p.accumulator);
    });

    if (std::any_of(work.cbegin(), work.cend(), [](const Piece &p) { return bool(p.status); }))
        return false;
    for (Piece &p : work)
        m_all.merge(std::move(p.accumulator));
    m_piecesUsed = pieces;
    return true;
}

Status TierPass::run(const QSqlDatabase &db, const CreatorFilter &filter)
{
    const SqlFragment where = CreatorQueryBuilder(filter, m_scheme).conditions();
    QVariantList binds {m_feeCurrency};
    binds += where.binds;
    const bool fullText = !filter.text.trimmed().isEmpty() || !filter.niches.isEmpty();
    m_piecesUsed = 1;
    if (preferIndexes(db, filter))
        return SqlRowPass::run(db, kColumns, QStringLiteral("FROM creators WHERE ") + where.sql,
                               binds, m_all);
    if (!fullText && runSplit(db, where, binds))
        return {};
    return SqlRowPass::run(db, kColumns,
                           QStringLiteral("FROM creators NOT INDEXED WHERE ") + where.sql, binds,
                           m_all);
}

TierStatistics TierPass::takeStatistics(const CreatorFilter &filter)
{
    const std::optional<Platform> platform =
        filter.platforms.size() == 1 ? std::optional(filter.platforms.first()) : std::nullopt;
    return m_all.takeStatistics(m_scheme, m_feeCurrency, platform);
}

} // namespace tierscope::core
