// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/tier_scheme.h"
#include "core/storage/creator_filter.h"

#include <QString>
#include <QVariantList>

namespace tierscope::core {

struct SqlFragment
{
    QString sql;
    QVariantList binds;
};

// Turns a CreatorFilter and sort into SQL over `creators` with bound parameters only.
class CreatorQueryBuilder
{
public:
    CreatorQueryBuilder(const CreatorFilter &filter, const TierScheme &scheme);

    // Conditions joined by AND, without the WHERE keyword; "1" when nothing filters.
    SqlFragment conditions() const;

    // Read the full-text matches from this table of ids (TextMatchCache's) instead of matching
    // inline. The table must hold the matches of this filter's expression.
    void useTextMatchTable(const QString &table) { m_textMatchTable = table; }

    // The SQL expression a column sorts by, and whether it can be NULL.
    SqlFragment sortExpression(CreatorSortColumn column) const;
    static bool sortNullable(CreatorSortColumn column);
    // The index that yields rows in this column's sort order; empty when none does (a computed
    // sort) and "rowid" for the id order.
    static QString sortIndex(CreatorSortColumn column);
    // Rows whose ER is compared on this basis: er_basis 'views' for views; 'followers' or none
    // (a reported or unknown ER) for followers.
    static QString erBasisCondition(ErBasis basis);

private:
    const CreatorFilter &m_filter;
    const TierScheme &m_scheme;
    QString m_textMatchTable;
};

} // namespace tierscope::core
