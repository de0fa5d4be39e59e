// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <optional>

namespace tierscope::core {

// Quantile q (0…1) of the values by linear interpolation between closest ranks (the method of
// spreadsheets' PERCENTILE.INC and numpy's default). Reorders the values. Unknown when empty.
std::optional<double> quantile(QList<double> &values, double q);

// The same for several quantiles at once (e.g. the quartiles), with less work than one
// quantile() call each: the order statistics are selected by recursive partitioning.
// Reorders the values. One result per q, unknown when the values are empty or q is not in 0…1.
QList<std::optional<double>> quantiles(QList<double> &values, const QList<double> &qs);

// Share of values strictly below v plus half of those equal (mid-rank percentile, 0…1).
std::optional<double> percentileRank(const QList<double> &sortedValues, double v);

} // namespace tierscope::core
