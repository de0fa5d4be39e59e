// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/platform.h"
#include "core/domain/tier.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tierscope::core {

// What the Creators view, the CLI `list` and exports filter on. Empty members do not filter.
// Every bound is inclusive. Rates are fractions (0.05 is 5 %).
struct CreatorFilter
{
    QList<Platform> platforms;
    QList<Tier> tiers; // derived from followers through the workspace's TierScheme
    std::optional<qint64> minFollowers;
    std::optional<qint64> maxFollowers;
    std::optional<double> minEngagementRate;
    std::optional<double> maxEngagementRate;
    QStringList niches;    // any of them (full-text match on the niches field)
    QStringList countries; // ISO alpha-2, any of them
    QStringList languages; // any of them
    QString text;          // full-text search over handle, name, niches, country, notes
    std::optional<qint64> minFeeMinor; // typical fee, in minor units of its own currency
    std::optional<qint64> maxFeeMinor;
    std::optional<double> minAuthenticity;
    std::optional<double> maxSponsoredRatio;
    // Leaves out creators with a data-quality flag (core::QualityFlag), such as engagement
    // above the follower count.
    bool hideFlagged = false;

    bool isEmpty() const;
    bool operator==(const CreatorFilter &) const = default;
};

// The columns creators can be sorted on.
enum class CreatorSortColumn {
    Handle,
    DisplayName,
    Platform,
    Followers, // also the tier order
    EngagementRate,
    ErVsBenchmark, // ER minus the creator's tier benchmark on its ER basis
    AvgViews,
    Niches,
    Country,
    Language,
    Authenticity,
    SponsoredRatio,
    Fee,
    CostPerEngagement, // fee / (ER × followers, or avg views for an ER by views): one post
    MetricsAsOf,
    Id,
};

struct CreatorSort
{
    CreatorSortColumn column = CreatorSortColumn::Followers;
    bool descending = true;

    bool operator==(const CreatorSort &) const = default;
};

std::optional<CreatorSortColumn> creatorSortColumnFromString(const QString &name);

} // namespace tierscope::core
