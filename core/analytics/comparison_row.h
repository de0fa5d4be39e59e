// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tierscope::core {

// Which value of a compared row is the best.
enum class BetterWhen { Higher, Lower, NotRanked };

// The rows of the Compare view, top to bottom.
enum class ComparisonField {
    Platform,
    Tier,
    Followers,
    EngagementRate,
    ErVsBenchmark,
    ErPercentileInTier,
    ViewRate,
    AvgLikes,
    AvgComments,
    AvgShares,
    AvgViews,
    Authenticity,
    SponsoredRatio,
    Fee,
    EstimatedCpe,
    EstimatedCpm,
    Country,
    Language,
    Niches,
    MetricsAsOf,
};

struct ComparisonCell
{
    std::optional<double> value; // what is ranked; unknown never wins
    QString text; // for display: "—" when unknown
    QString currency; // money rows: cells are ranked only against the same currency
    QString note; // e.g. "reported by source", "default view rate"
    bool best = false;

    bool operator==(const ComparisonCell &) const = default;
};

struct ComparisonRow
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonRow)

public:
    ComparisonField field = ComparisonField::Platform;
    QString label; // translated
    BetterWhen rule = BetterWhen::NotRanked;
    QString note; // how the row is computed, when that needs saying
    QString markingNote; // set by markBest(): why fewer cells could win than one might expect
    QList<ComparisonCell> cells; // one per creator, in the order given

    // Sets `best` on the winning cells, and markingNote when marking is limited:
    // - only known values take part: an unknown value never wins;
    // - every cell tied for the best value is marked (values within 1e-9 relative);
    // - with fewer than two known values nothing is marked: there is nothing to compare;
    // - cells with a currency are ranked only against cells of the same currency, one best
    //   per currency (each needs two known values of its own).
    void markBest();

    static QString ruleText(BetterWhen rule); // "Higher is better", …; empty when not ranked
};

} // namespace tierscope::core
