// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign arithmetic of DESIGN.md §1, per roster entry or per post. Money is integer minor
// units (cents); ratios of money are doubles of minor units (a CPE of 0.42 with USD is 0.42 ¢
// per engagement). Unknown inputs give unknown results, and so does a zero or negative
// denominator: never 0, never infinity.
#pragma once

#include "core/domain/money.h"

#include <QString>

#include <optional>

namespace tierscope::core {

// deliverables × followers × ER.
std::optional<double> expectedEngagements(std::optional<qint64> followers,
                                          std::optional<double> engagementRate,
                                          int deliverables = 1);

// deliverables × (avg views when known, else followers × the platform's default view rate).
std::optional<double> expectedImpressions(std::optional<qint64> followers,
                                          std::optional<double> avgViews, double defaultViewRate,
                                          int deliverables = 1);

// fee / expected engagements, in minor units per engagement.
std::optional<double> costPerEngagement(std::optional<qint64> feeMinor,
                                        std::optional<double> engagements);

// fee / expected impressions × 1000, in minor units per thousand impressions.
std::optional<double> costPerMille(std::optional<qint64> feeMinor,
                                   std::optional<double> impressions);

// (revenue − cost) / cost, a fraction (0.25 is +25 %). Unknown for a cost ≤ 0, for amounts
// in different currencies (no exchange rates offline) and for a sum too large to compute
// (checked_arithmetic.h).
std::optional<double> returnOnInvestment(std::optional<qint64> revenueMinor,
                                         std::optional<qint64> costMinor);
std::optional<double> returnOnInvestment(const std::optional<Money> &revenue,
                                         const std::optional<Money> &cost);

// An amount of minor units as Money, rounded half away from zero (12.5 → 13, −12.5 → −13).
std::optional<Money> roundedMoney(std::optional<double> minor, const QString &currency);

} // namespace tierscope::core
