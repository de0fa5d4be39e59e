// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/creator_query_builder.h"

#include "core/storage/fts_query.h"

namespace tierscope::core {

namespace {

void addInList(QStringList &conds, QVariantList &binds, const QString &column,
               const QStringList &values)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const QString &v : values) {
        marks << QStringLiteral("?");
        binds << v;
    }
    conds << QStringLiteral("%1 IN (%2)").arg(column, marks.join(u','));
}

template<typename T>
void addBound(QStringList &conds, QVariantList &binds, const QString &expr, const char *op,
              const std::optional<T> &value)
{
    if (!value)
        return;
    conds << expr + u' ' + QLatin1String(op) + QStringLiteral(" ?");
    binds << QVariant::fromValue(*value);
}

} // namespace

CreatorQueryBuilder::CreatorQueryBuilder(const CreatorFilter &filter, const TierScheme &scheme)
    : m_filter(filter), m_scheme(scheme)
{
}

SqlFragment CreatorQueryBuilder::conditions() const
{
    QStringList conds;
    QVariantList binds;

    QStringList platformKeys;
    for (Platform p : m_filter.platforms)
        platformKeys << platformKey(p);
    addInList(conds, binds, QStringLiteral("platform"), platformKeys);

    // Tiers become follower ranges; adjacent tiers merge into one range so the index serves them.
    if (!m_filter.tiers.isEmpty()) {
        QStringList ranges;
        const QList<Tier> all = allTiers();
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (!m_filter.tiers.contains(all[i]))
                continue;
            qsizetype j = i;
            while (j + 1 < all.size() && m_filter.tiers.contains(all[j + 1]))
                ++j;
            const qint64 lo = m_scheme.lowerBound(all[i]);
            const auto hi = m_scheme.upperBoundExclusive(all[j]);
            if (hi) {
                ranges << QStringLiteral("(followers >= ? AND followers < ?)");
                binds << lo << *hi;
            } else {
                ranges << QStringLiteral("followers >= ?");
                binds << lo;
            }
            i = j;
        }
        conds << (ranges.size() == 1 ? ranges.first()
                                     : u'(' + ranges.join(QStringLiteral(" OR ")) + u')');
    }

    addBound(conds, binds, QStringLiteral("followers"), ">=", m_filter.minFollowers);
    addBound(conds, binds, QStringLiteral("followers"), "<=", m_filter.maxFollowers);
    addBound(conds, binds, QStringLiteral("engagement_rate"), ">=", m_filter.minEngagementRate);
    addBound(conds, binds, QStringLiteral("engagement_rate"), "<=", m_filter.maxEngagementRate);
    addInList(conds, binds, QStringLiteral("country"), m_filter.countries);
    addInList(conds, binds, QStringLiteral("language"), m_filter.languages);
    addBound(conds, binds, QStringLiteral("fee_minor"), ">=", m_filter.minFeeMinor);
    addBound(conds, binds, QStringLiteral("fee_minor"), "<=", m_filter.maxFeeMinor);
    addBound(conds, binds, QStringLiteral("authenticity"), ">=", m_filter.minAuthenticity);
    addBound(conds, binds, QStringLiteral("sponsored_ratio"), "<=", m_filter.maxSponsoredRatio);
    // Tested after the index columns: the ER index path still reads only the rows it returns.
    if (m_filter.hideFlagged)
        conds << QStringLiteral("quality_flags = 0");

    const QString match = ftsMatchExpression(m_filter.text, m_filter.niches);
    if (!match.isEmpty() && !m_textMatchTable.isEmpty()) {
        conds << QStringLiteral("id IN ") + m_textMatchTable;
    } else if (!match.isEmpty()) {
        conds << QStringLiteral("id IN (SELECT rowid FROM creators_fts WHERE creators_fts MATCH ?)");
        binds << match;
    } else if (!m_filter.text.trimmed().isEmpty() || !m_filter.niches.isEmpty()) {
        conds << QStringLiteral("0"); // only punctuation typed: nothing can match
    }

    if (conds.isEmpty())
        return {QStringLiteral("1"), {}};
    return {conds.join(QStringLiteral(" AND ")), binds};
}

SqlFragment CreatorQueryBuilder::sortExpression(CreatorSortColumn column) const
{
    switch (column) {
    case CreatorSortColumn::Handle: return {QStringLiteral("handle"), {}};
    case CreatorSortColumn::DisplayName:
        return {QStringLiteral("display_name COLLATE NOCASE"), {}};
    case CreatorSortColumn::Platform: return {QStringLiteral("platform"), {}};
    case CreatorSortColumn::Followers: return {QStringLiteral("followers"), {}};
    case CreatorSortColumn::EngagementRate: return {QStringLiteral("engagement_rate"), {}};
    case CreatorSortColumn::AvgViews: return {QStringLiteral("avg_views"), {}};
    case CreatorSortColumn::Niches: return {QStringLiteral("niches"), {}};
    case CreatorSortColumn::Country: return {QStringLiteral("country"), {}};
    case CreatorSortColumn::Language: return {QStringLiteral("language"), {}};
    case CreatorSortColumn::Authenticity: return {QStringLiteral("authenticity"), {}};
    case CreatorSortColumn::SponsoredRatio: return {QStringLiteral("sponsored_ratio"), {}};
    case CreatorSortColumn::Fee: return {QStringLiteral("fee_minor"), {}};
    case CreatorSortColumn::CostPerEngagement:
        return {QStringLiteral("fee_minor / (engagement_rate * "
                               "CASE er_basis WHEN 'views' THEN avg_views ELSE followers END)"),
                {}};
    case CreatorSortColumn::MetricsAsOf: return {QStringLiteral("metrics_as_of"), {}};
    case CreatorSortColumn::Id: return {QStringLiteral("id"), {}};
    case CreatorSortColumn::ErVsBenchmark: {
        // engagement_rate − benchmark of the creator's tier on its ER basis (a platform override
        // first). A reported ER has no er_basis and is compared by followers.
        QString cases;
        QVariantList binds;
        const auto addCase = [&](std::optional<Platform> p, Tier t, ErBasis basis) {
            const auto b = m_scheme.benchmark(t, p, basis);
            if (!b)
                return;
            if (p) {
                const auto generic = m_scheme.benchmark(t, std::nullopt, basis);
                if (generic && *generic == *b)
                    return;
            }
            QString cond = erBasisCondition(basis) + QStringLiteral(" AND ");
            if (p) {
                cond += QStringLiteral("platform = ? AND ");
                binds << platformKey(*p);
            }
            cond += QStringLiteral("followers >= ?");
            binds << m_scheme.lowerBound(t);
            if (const auto hi = m_scheme.upperBoundExclusive(t)) {
                cond += QStringLiteral(" AND followers < ?");
                binds << *hi;
            }
            cases += QStringLiteral(" WHEN %1 THEN ?").arg(cond);
            binds << b->engagementRate;
        };
        for (ErBasis basis : {ErBasis::Followers, ErBasis::Views}) {
            for (Platform p : allPlatforms()) {
                for (Tier t : allTiers())
                    addCase(p, t, basis);
            }
            for (Tier t : allTiers())
                addCase(std::nullopt, t, basis);
        }
        if (cases.isEmpty())
            return {QStringLiteral("NULL"), {}};
        return {QStringLiteral("(engagement_rate - CASE%1 END)").arg(cases), binds};
    }
    }
    return {QStringLiteral("id"), {}};
}

QString CreatorQueryBuilder::erBasisCondition(ErBasis basis)
{
    return basis == ErBasis::Views ? QStringLiteral("er_basis = 'views'")
                                   : QStringLiteral("er_basis IS NOT 'views'");
}

QString CreatorQueryBuilder::sortIndex(CreatorSortColumn column)
{
    switch (column) {
    case CreatorSortColumn::Handle: return QStringLiteral("idx_creators_handle");
    case CreatorSortColumn::DisplayName: return QStringLiteral("idx_creators_name");
    case CreatorSortColumn::Platform: return QStringLiteral("idx_creators_platform");
    case CreatorSortColumn::Followers: return QStringLiteral("idx_creators_followers");
    case CreatorSortColumn::EngagementRate: return QStringLiteral("idx_creators_er");
    case CreatorSortColumn::AvgViews: return QStringLiteral("idx_creators_views");
    case CreatorSortColumn::Niches: return QStringLiteral("idx_creators_niches");
    case CreatorSortColumn::Country: return QStringLiteral("idx_creators_country");
    case CreatorSortColumn::Language: return QStringLiteral("idx_creators_language");
    case CreatorSortColumn::Authenticity: return QStringLiteral("idx_creators_authenticity");
    case CreatorSortColumn::SponsoredRatio: return QStringLiteral("idx_creators_sponsored");
    case CreatorSortColumn::Fee: return QStringLiteral("idx_creators_fee");
    case CreatorSortColumn::CostPerEngagement: return QStringLiteral("idx_creators_cpe");
    case CreatorSortColumn::MetricsAsOf: return QStringLiteral("idx_creators_asof");
    case CreatorSortColumn::Id: return QStringLiteral("rowid");
    case CreatorSortColumn::ErVsBenchmark: break;
    }
    return {};
}

bool CreatorQueryBuilder::sortNullable(CreatorSortColumn column)
{
    switch (column) {
    case CreatorSortColumn::Handle:
    case CreatorSortColumn::DisplayName:
    case CreatorSortColumn::Platform:
    case CreatorSortColumn::Niches:
    case CreatorSortColumn::Country:
    case CreatorSortColumn::Language:
    case CreatorSortColumn::Id:
        return false;
    default:
        return true;
    }
}

} // namespace tierscope::core
