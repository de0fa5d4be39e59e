// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/checked_number.h"

#include <cmath>
#include <limits>

namespace tierscope::core {

Result<std::optional<qint64>> CheckedNumber::integerBound(double value, BoundKind kind,
                                                          double scale)
{
    if (!std::isfinite(value) || !std::isfinite(scale))
        return Error{Error::Code::InvalidArgument, tr("“%1” is not a number.").arg(value)};
    // 2^63 is exactly representable; every double below it converts without overflow.
    constexpr double kTwoTo63 = 9223372036854775808.0;
    const double scaled = std::round(value * scale); // ±infinity when the product overflows
    if (scaled >= kTwoTo63) {
        if (kind == BoundKind::Minimum)
            return std::optional<qint64>(std::numeric_limits<qint64>::max());
        return std::optional<qint64>();
    }
    if (scaled < -kTwoTo63) {
        if (kind == BoundKind::Maximum)
            return std::optional<qint64>(std::numeric_limits<qint64>::min());
        return std::optional<qint64>();
    }
    return std::optional<qint64>(qint64(scaled));
}

} // namespace tierscope::core
