// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/checked_number.h"

#include <cmath>
#include <limits>

namespace tierscope::core {

Result<qint64> CheckedNumber::saturatedInteger(double value, double scale)
{
    if (!std::isfinite(value) || !std::isfinite(scale))
        return Error{Error::Code::InvalidArgument, tr("“%1” is not a number.").arg(value)};
    // 2^63 is exactly representable; every double in [−2^63, 2^63) converts without overflow.
    constexpr double kTwoTo63 = 9223372036854775808.0;
    const double scaled = std::round(value * scale); // ±infinity when the product overflows
    if (scaled >= kTwoTo63)
        return std::numeric_limits<qint64>::max();
    if (scaled < -kTwoTo63)
        return std::numeric_limits<qint64>::min();
    return qint64(scaled);
}

} // namespace tierscope::core
