// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/creator.h"
#include "core/domain/tier_scheme.h"
#include "ui/creators/creator_column.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace tierscope::ui {

// How a creator's values read in the table and the detail pane: numbers through the locale,
// unknown as "—", and tooltips that show the formula with the creator's own figures.
class CreatorText
{
    Q_DECLARE_TR_FUNCTIONS(CreatorText)
public:
    static QString cell(const core::Creator &c, CreatorColumn column,
                        const core::TierScheme &scheme, const QLocale &locale = QLocale());
    static QString toolTip(const core::Creator &c, CreatorColumn column,
                           const core::TierScheme &scheme, const QLocale &locale = QLocale());
    // True when the cell shows "—".
    static bool isUnknown(const core::Creator &c, CreatorColumn column,
                          const core::TierScheme &scheme);

    static std::optional<core::Tier> tier(const core::Creator &c, const core::TierScheme &scheme);
    // ER minus the benchmark of the creator's tier (fraction), when both are known.
    static std::optional<double> erVsBenchmark(const core::Creator &c,
                                               const core::TierScheme &scheme);
    // Estimated cost per engagement of one post, in major units of the fee's currency.
    static std::optional<double> costPerEngagement(const core::Creator &c);
    static QString money(double major, const QString &currency, const QLocale &locale = QLocale());
    static QString tierRange(core::Tier t, const core::TierScheme &scheme,
                             const QLocale &locale = QLocale());
};

} // namespace tierscope::ui
