// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/tier_statistics.h"
#include "core/common/result.h"
#include "core/domain/platform.h"
#include "core/domain/tier_scheme.h"
#include "core/storage/creator_filter.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>

namespace tierscope::core {

// One dot of the engagement-against-reach chart.
struct TierChartPoint
{
    qint64 creatorId = 0;
    Platform platform = Platform::Instagram;
    QString handle;
    Tier tier = Tier::Emerging;
    qint64 followers = 0;
    double engagementRate = 0.0; // fraction
    std::optional<ErBasis> erBasis; // what the ER divides by; unset for a reported one
    bool flagged = false; // a data-quality flag (engagement above followers)
    bool highlighted = false; // one of TierChartOptions::highlightedIds
    bool matchesFilter = true; // false only for a highlighted creator outside the filter
};

struct TierChartOptions
{
    QString feeCurrency; // the statistics' fee and CPE medians cover fees in this currency only
    // Upper bound on points, highlighted ones included (unless there are more of those).
    int maxPoints = 5000;
    // The selected creator and those being compared: always plotted when their followers and ER
    // are known, even outside the filter (flagged, and not part of the statistics).
    QList<qint64> highlightedIds;
};

// Everything the engagement-against-reach chart and the Insights table show: statistics over
// every matching creator, and a bounded sample of them as points.
//
// Sampling: each tier with plottable creators (known followers and ER) gets up to the same
// number of points, the largest number for which the whole sample stays within the budget
// (maxPoints minus the highlighted creators); tiers smaller than that keep all their creators,
// so small tiers such as mega stay visible. Within a tier the points are the creators with the
// smallest StratifiedSample::key(id): a deterministic, uniform pick that does not depend on the
// order of rows. All of it comes from one pass over the matching creators (core/analytics/
// tier_pass.h), plus primary-key reads of the plotted creators' handles.
class TierChartData
{
    Q_DECLARE_TR_FUNCTIONS(TierChartData)

public:
    TierStatistics statistics; // over every matching creator
    TierScheme scheme; // boundaries and benchmarks as used
    ErBases erBases; // the workspace's ER basis per platform, to say which the ER axis is on
    QList<Platform> platforms; // the filter's platforms (empty: every platform)
    QList<TierChartPoint> points; // by tier, then id; highlighted creators outside the sample last
    qint64 plottable = 0; // matching creators with known followers and ER
    qint64 plottedFromFilter = 0; // points that match the filter
    bool sampled = false; // false when every plottable creator is plotted
    qint64 perTierCap = 0; // when sampled: the most points a tier gets

    bool isSampled() const { return sampled; }
    // The caption under the chart: what is plotted and how it was chosen.
    QString samplingNote(const QLocale &locale = QLocale()) const;
};

Result<TierChartData> buildTierChartData(QSqlDatabase db, const TierScheme &scheme,
                                         const CreatorFilter &filter,
                                         const TierChartOptions &options = {});

} // namespace tierscope::core
