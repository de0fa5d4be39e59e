// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/tier_chart_data.h"

#include "core/analytics/stratified_sample.h"
#include "core/analytics/tier_pass.h"
#include "core/storage/creator_query_builder.h"
#include "core/storage/settings_repository.h"
#include "core/storage/sql_statement.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>

namespace tierscope::core {

namespace {

QString columnText(sqlite3_stmt *s, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, column)),
                             sqlite3_column_bytes(s, column));
}

// Platform, handle, ER basis and flags of the sampled points, by primary key in one statement.
Status fillIdentity(const QSqlDatabase &db, QList<TierChartPoint> &points)
{
    if (points.isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    index.reserve(points.size());
    QByteArray ids = "[";
    for (qsizetype i = 0; i < points.size(); ++i) {
        index.insert(points[i].creatorId, i);
        if (i > 0)
            ids += ',';
        ids += QByteArray::number(points[i].creatorId);
    }
    ids += ']';
    SqlStatement stmt(db);
    if (const Status s =
            stmt.prepare(QStringLiteral("SELECT c.id, c.platform, c.handle, c.er_basis, "
                                        "c.quality_flags FROM json_each(?) AS j "
                                        "JOIN creators AS c ON c.id = j.value")))
        return s;
    stmt.bind(1, QString::fromLatin1(ids));
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        sqlite3_stmt *s = stmt.handle();
        TierChartPoint &p = points[index.value(sqlite3_column_int64(s, 0))];
        p.platform = platformFromString(columnText(s, 1)).value_or(Platform::Instagram);
        p.handle = columnText(s, 2);
        p.erBasis = erBasisFromKey(columnText(s, 3));
        p.flagged = sqlite3_column_int64(s, 4) != 0;
    }
    if (rc != SQLITE_DONE)
        return stmt.error(rc, "Reading the chart's creators failed");
    // A creator deleted since the pass has no handle (handles are never empty): not plotted.
    points.removeIf([](const TierChartPoint &p) { return p.handle.isEmpty(); });
    return {};
}

// A highlighted creator, wherever it is: whether it matches the filter is asked of SQL too.
Result<std::optional<TierChartPoint>> highlightedPoint(const QSqlDatabase &db,
                                                       const TierScheme &scheme,
                                                       const SqlFragment &where, qint64 id)
{
    SqlStatement stmt(db);
    if (const Status s =
            stmt.prepare(QStringLiteral("SELECT platform, handle, followers, engagement_rate, (")
                         + where.sql
                         + QStringLiteral("), er_basis, quality_flags FROM creators WHERE id = ?")))
        return s;
    stmt.bindAll(where.binds);
    stmt.bind(int(where.binds.size()) + 1, id);
    const int rc = stmt.step();
    if (rc == SQLITE_DONE)
        return std::optional<TierChartPoint>(); // deleted meanwhile: nothing to plot
    if (rc != SQLITE_ROW)
        return stmt.error(rc, "Reading a highlighted creator failed");
    sqlite3_stmt *s = stmt.handle();
    if (sqlite3_column_type(s, 2) == SQLITE_NULL || sqlite3_column_type(s, 3) == SQLITE_NULL)
        return std::optional<TierChartPoint>();
    TierChartPoint p;
    p.creatorId = id;
    p.platform = platformFromString(columnText(s, 0)).value_or(Platform::Instagram);
    p.handle = columnText(s, 1);
    p.followers = sqlite3_column_int64(s, 2);
    p.tier = scheme.tier(p.followers);
    p.engagementRate = sqlite3_column_double(s, 3);
    p.highlighted = true;
    p.matchesFilter = sqlite3_column_int(s, 4) != 0;
    p.erBasis = erBasisFromKey(columnText(s, 5));
    p.flagged = sqlite3_column_int64(s, 6) != 0;
    return std::optional<TierChartPoint>(p);
}

} // namespace

QString TierChartData::samplingNote(const QLocale &locale) const
{
    const qint64 total = statistics.total;
    QString note;
    if (plottable == 0)
        note = tr("No matching creator has both a follower count and an engagement rate: "
                  "nothing to plot.");
    else if (!isSampled())
        note = tr("All %1 matching creators with a known follower count and engagement rate "
                  "are plotted.")
                   .arg(locale.toString(plottable));
    else
        note = tr("%1 of %2 creators plotted: up to %3 per tier, picked by a fixed hash of the "
                  "id, so the same creators every time. The statistics cover all %4 matching "
                  "creators.")
                   .arg(locale.toString(plottedFromFilter), locale.toString(plottable),
                        locale.toString(perTierCap), locale.toString(total));
    if (total > plottable && plottable > 0)
        note += u' '
            + tr("%1 without a follower count or engagement rate are not plotted.")
                  .arg(locale.toString(total - plottable));
    if (std::any_of(points.cbegin(), points.cend(),
                    [](const TierChartPoint &p) { return !p.matchesFilter; }))
        note += u' ' + tr("Highlighted creators outside the filter are shown, but not counted.");
    return note;
}

Result<TierChartData> buildTierChartData(QSqlDatabase db, const TierScheme &scheme,
                                         const CreatorFilter &filter,
                                         const TierChartOptions &options)
{
    QList<qint64> highlighted;
    for (qint64 id : options.highlightedIds) {
        if (!highlighted.contains(id))
            highlighted << id;
    }
    const qint64 budget = std::max<qint64>(0, options.maxPoints - highlighted.size());

    TierPass pass(scheme, options.feeCurrency, int(budget));
    if (const Status s = pass.run(db, filter))
        return s;

    TierChartData out;
    out.scheme = scheme;
    if (const auto bases = SettingsRepository(db).erBases())
        out.erBases = *bases;
    out.platforms = filter.platforms;
    out.statistics = pass.takeStatistics(filter);
    QList<qint64> sizes;
    for (const TierSummary &t : std::as_const(out.statistics.tiers)) {
        sizes << t.withEr;
        out.plottable += t.withEr;
    }
    const qint64 cap = StratifiedSample::capPerStratum(sizes, budget);
    if (cap < *std::max_element(sizes.cbegin(), sizes.cend())) {
        out.sampled = true;
        out.perTierCap = cap;
    }

    for (Tier t : allTiers()) {
        const auto candidates = pass.sample().sorted(int(t));
        const auto n = std::min<qint64>(cap, qint64(candidates.size()));
        const qsizetype first = out.points.size();
        for (qint64 i = 0; i < n; ++i) {
            const StratifiedSample::Candidate &c = candidates[size_t(i)];
            TierChartPoint p;
            p.creatorId = c.id;
            p.tier = t;
            p.followers = c.followers;
            p.engagementRate = c.engagementRate;
            p.highlighted = highlighted.contains(c.id);
            out.points << p;
        }
        std::sort(out.points.begin() + first, out.points.end(),
                  [](const TierChartPoint &a, const TierChartPoint &b) {
                      return a.creatorId < b.creatorId;
                  });
    }
    if (const Status s = fillIdentity(db, out.points))
        return s;
    out.plottedFromFilter = out.points.size();

    const SqlFragment where = CreatorQueryBuilder(filter, scheme).conditions();
    for (qint64 id : std::as_const(highlighted)) {
        if (std::any_of(out.points.cbegin(), out.points.cend(),
                        [id](const TierChartPoint &p) { return p.creatorId == id; }))
            continue;
        const auto p = highlightedPoint(db, scheme, where, id);
        if (!p)
            return p.error();
        if (p->has_value()) {
            out.points << **p;
            if (p->value().matchesFilter)
                ++out.plottedFromFilter;
        }
    }
    return out;
}

} // namespace tierscope::core
