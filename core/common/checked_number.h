// SPDX-License-Identifier: GPL-3.0-or-later
// Bounds typed by people (a filter's minimum followers, a maximum fee) arrive as doubles and are
// kept as 64-bit integers. A plain conversion of a value beyond the 64-bit range is undefined and
// in practice wraps: "at least 1e30 followers" became "at least −9.2 × 10^18" and matched
// everyone, "at most 1e30" matched no one. Here such a value saturates instead, so the bound
// keeps its meaning: a minimum above every storable value matches no one, a maximum above it
// every creator whose value is known (stored counts and amounts lie far inside the range, see
// core/domain/metric_limits.h).
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>

namespace tierscope::core {

class CheckedNumber
{
    Q_DECLARE_TR_FUNCTIONS(CheckedNumber)

public:
    // value × scale (scale: 100 for an amount in major units kept in minor units), rounded to the
    // nearest whole number, clamped to [min qint64, max qint64]. NaN and infinities are no
    // number at all: an error (InvalidArgument).
    static Result<qint64> saturatedInteger(double value, double scale = 1.0);
};

} // namespace tierscope::core
