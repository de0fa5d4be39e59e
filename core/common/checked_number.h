// SPDX-License-Identifier: GPL-3.0-or-later
// Bounds typed by people (a filter's minimum followers, a maximum fee) arrive as doubles and are
// kept as 64-bit integers. A plain conversion of a value beyond the 64-bit range is undefined and
// in practice wraps: "at least 1e30 followers" became "at least −9.2 × 10^18" and matched
// everyone. Here such a value keeps its meaning instead.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>

#include <optional>

namespace tierscope::core {

enum class BoundKind { Minimum, Maximum };

class CheckedNumber
{
    Q_DECLARE_TR_FUNCTIONS(CheckedNumber)

public:
    // value × scale (scale: 100 for an amount in major units kept in minor units), rounded to the
    // nearest whole number, as the inclusive bound of a filter. Beyond the 64-bit range:
    // - a minimum above every storable value matches nothing: the largest qint64 (stored counts
    //   and amounts are far below it, see core/domain/metric_limits.h);
    // - a maximum above every storable value sets no limit: no bound (std::nullopt);
    // and symmetrically below the range (a minimum: no bound; a maximum: the smallest qint64).
    // NaN and infinities are no bound at all: an error.
    static Result<std::optional<qint64>> integerBound(double value, BoundKind kind,
                                                      double scale = 1.0);
};

} // namespace tierscope::core
