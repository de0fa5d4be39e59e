// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/checked_arithmetic.h"

#include <QCoreApplication>

#include <cmath>

namespace tierscope::core::checked {

namespace {

// 2^63: the first double that no qint64 holds (every smaller magnitude converts).
constexpr double kLimit = 9223372036854775808.0;

qint64 held(bool negative)
{
    return negative ? -kTooLarge : kTooLarge;
}

} // namespace

bool isTooLarge(double v)
{
    return !(std::fabs(v) < kLimit); // NaN and infinity too
}

qint64 add(qint64 a, qint64 b)
{
    if (isTooLarge(a))
        return held(a < 0);
    if (isTooLarge(b))
        return held(b < 0);
    qint64 out = 0;
    if (__builtin_add_overflow(a, b, &out) || isTooLarge(out))
        return held(a < 0);
    return out;
}

qint64 subtract(qint64 a, qint64 b)
{
    if (isTooLarge(a))
        return held(a < 0);
    if (isTooLarge(b))
        return held(b > 0);
    qint64 out = 0;
    if (__builtin_sub_overflow(a, b, &out) || isTooLarge(out))
        return held(a < 0);
    return out;
}

qint64 multiply(qint64 a, qint64 b)
{
    const bool negative = (a < 0) != (b < 0);
    if (isTooLarge(a) || isTooLarge(b))
        return held(negative);
    qint64 out = 0;
    if (__builtin_mul_overflow(a, b, &out) || isTooLarge(out))
        return held(negative);
    return out;
}

int add(int a, int b)
{
    const auto end = [](bool negative) { return negative ? -kTooLargeInt : kTooLargeInt; };
    if (a >= kTooLargeInt || a <= -kTooLargeInt)
        return end(a < 0);
    if (b >= kTooLargeInt || b <= -kTooLargeInt)
        return end(b < 0);
    int out = 0;
    if (__builtin_add_overflow(a, b, &out) || out >= kTooLargeInt || out <= -kTooLargeInt)
        return end(a < 0);
    return out;
}

void addTo(std::optional<qint64> &sum, const std::optional<qint64> &v)
{
    if (v)
        sum = add(sum.value_or(0), *v);
}

std::optional<double> toDouble(const std::optional<qint64> &v)
{
    if (!v || isTooLarge(*v))
        return std::nullopt;
    return double(*v);
}

std::optional<qint64> roundedCount(double v)
{
    if (isTooLarge(v))
        return std::nullopt;
    const qint64 out = std::llround(v);
    return isTooLarge(out) ? std::nullopt : std::optional<qint64>(out);
}

QString tooLargeText()
{
    return QCoreApplication::translate("CheckedArithmetic", "too large to compute");
}

} // namespace tierscope::core::checked
