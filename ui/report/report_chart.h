// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/tier_chart_data.h"

#include <QLocale>
#include <QString>

namespace tierscope::ui {

class ReportDocument;

// Adds the engagement-against-reach chart to a report: a heading, an introduction, the chart
// drawn as vectors by TierChartBuilder in print colours whatever the desktop theme (legend on
// the right so no entry is cut short), and its caption. All on one page.
void addTierChart(ReportDocument &doc, const core::TierChartData &data, const QString &heading,
                  const QString &intro, const QLocale &locale = QLocale());

// How many points a printed chart plots at most: enough to show each tier's spread, few enough
// to keep the file small and quick to open.
constexpr int kReportChartPoints = 1500;

} // namespace tierscope::ui
