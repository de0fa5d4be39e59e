// SPDX-License-Identifier: GPL-3.0-or-later
// What the shortlist and comparison reports show, read from the workspace in one go.
#pragma once

#include "core/analytics/comparison.h"
#include "core/analytics/tier_chart_data.h"
#include "core/common/result.h"
#include "core/domain/creator.h"
#include "core/domain/shortlist.h"
#include "core/domain/tier_scheme.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tierscope::ui {

struct ShortlistReportData
{
    core::Shortlist shortlist;
    QList<core::ShortlistEntry> entries; // by position
    QHash<qint64, core::Creator> creators;
    core::TierScheme scheme;
    QString currency; // the workspace's default, for the chart's fee statistics
    std::optional<core::TierChartData> chart;
};

struct ComparisonReportData
{
    QList<core::Creator> creators; // in the order asked
    core::ComparisonContext context;
    std::optional<core::TierChartData> chart;
};

core::Result<ShortlistReportData> loadShortlistReportData(QSqlDatabase db, qint64 shortlistId);
core::Result<ComparisonReportData> loadComparisonReportData(QSqlDatabase db,
                                                            const QList<qint64> &creatorIds);

} // namespace tierscope::ui
