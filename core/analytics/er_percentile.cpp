// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/er_percentile.h"

#include "core/analytics/sql_row_pass.h"

#include <sqlite3.h>

#include <array>

namespace tierscope::core {

namespace {

struct Target
{
    Tier tier;
    bool byViews; // an ER by views ranks among ERs by views, any other among the others
    double er;
    qint64 below = 0;
    qint64 equal = 0;
};

class RankSink : public SqlRowPass::Sink
{
public:
    RankSink(const TierScheme &scheme, QList<Target> &targets)
        : m_scheme(scheme)
        , m_targets(targets)
    {
    }

    std::array<std::array<qint64, 5>, 2> inTier {}; // [by views][tier]

    void row(sqlite3_value **v) override
    {
        if (sqlite3_value_type(v[0]) == SQLITE_NULL || sqlite3_value_type(v[1]) == SQLITE_NULL)
            return;
        const Tier tier = m_scheme.tier(sqlite3_value_int64(v[0]));
        const double er = sqlite3_value_double(v[1]);
        const bool byViews = sqlite3_value_int(v[2]) != 0;
        ++inTier[byViews ? 1 : 0][size_t(tier)];
        for (Target &t : m_targets) {
            if (t.tier != tier || t.byViews != byViews)
                continue;
            if (er < t.er)
                ++t.below;
            else if (er == t.er)
                ++t.equal;
        }
    }

private:
    const TierScheme &m_scheme;
    QList<Target> &m_targets;
};

} // namespace

Result<QList<std::optional<double>>> erPercentilesInTier(QSqlDatabase db, const TierScheme &scheme,
                                                         const QList<Creator> &creators)
{
    QList<Target> targets;
    QList<qsizetype> targetOf; // per creator: index into targets, or -1
    for (const Creator &c : creators) {
        if (c.followers && c.engagementRate) {
            targetOf << targets.size();
            targets << Target {scheme.tier(*c.followers), c.erBasis == ErBasis::Views,
                               *c.engagementRate};
        } else {
            targetOf << -1;
        }
    }
    QList<std::optional<double>> out(creators.size());
    if (targets.isEmpty())
        return out;

    // No WHERE on purpose: a follower range would walk the followers index and fetch each row
    // from the table (seconds for a large tier); a plain pass reads the table in order, or a
    // covering index when one holds both columns.
    RankSink sink(scheme, targets);
    if (const Status s = SqlRowPass::run(
            db, QStringLiteral("followers, engagement_rate, er_basis IS 'views'"),
            QStringLiteral("FROM creators"), {}, sink))
        return s;
    for (qsizetype i = 0; i < creators.size(); ++i) {
        if (targetOf[i] < 0)
            continue;
        const Target &t = targets[targetOf[i]];
        const qint64 n = sink.inTier[t.byViews ? 1 : 0][size_t(t.tier)];
        if (n > 0)
            out[i] = (double(t.below) + 0.5 * double(t.equal)) / double(n);
    }
    return out;
}

Result<std::optional<double>> erPercentileInTier(QSqlDatabase db, const TierScheme &scheme,
                                                 const Creator &creator)
{
    const auto all = erPercentilesInTier(db, scheme, {creator});
    if (!all)
        return all.error();
    return all->first();
}

} // namespace tierscope::core
