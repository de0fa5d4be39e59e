// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/comparison_row.h"
#include "core/domain/creator.h"
#include "core/domain/platform.h"
#include "core/domain/tier_scheme.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QMap>

namespace tierscope::core {

struct ComparisonContext
{
    TierScheme scheme;
    // Share of followers who see a post, per platform (the workspace settings); a platform
    // missing here uses SettingsRepository::builtInViewRate().
    QMap<Platform, double> defaultViewRates;
    // Creator id → percentile of its ER within its tier, from erPercentilesInTier(); a creator
    // missing here shows unknown.
    QHash<qint64, double> erPercentiles;
    QLocale locale;
};

// The Compare view's table: one column per creator, one row per ComparisonField, the best value
// of each ranked row marked (see ComparisonRow::markBest for ties, unknowns and currencies).
// CPE and CPM are estimates for one post (DESIGN.md §1, core/analytics/campaign_math.h).
class Comparison
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)

public:
    // The view compares 2 to 6 creators; rows() itself takes any number (with fewer than two,
    // nothing is marked).
    static constexpr int kMinCreators = 2;
    static constexpr int kMaxCreators = 6;

    static QList<ComparisonRow> rows(const QList<Creator> &creators,
                                     const ComparisonContext &context);

    static QList<ComparisonField> fields(); // top to bottom
    static BetterWhen rule(ComparisonField field);
    static QString label(ComparisonField field); // translated
    static QString note(ComparisonField field); // how the row is computed; often empty

private:
    static ComparisonCell cell(ComparisonField field, const Creator &creator,
                               const ComparisonContext &context);
};

} // namespace tierscope::core
