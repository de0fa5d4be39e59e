// SPDX-License-Identifier: GPL-3.0-or-later
// Sums, differences and products of counts and minor units that cannot wrap. A result beyond
// qint64 (or int) is held at the type's end, kTooLarge or -kTooLarge, and any later arithmetic
// with such a value stays there: a total is either exact or says that it is too large to
// compute, never a wrapped, negative figure (docs/RELIABILITY.md, "Impossible numbers").
// The values that enter a workspace are bounded (core/domain/metric_limits.h); these ends are
// met only by values written past those bounds, or by sums of very many of them.
#pragma once

#include <QString>

#include <limits>
#include <optional>

namespace tierscope::core::checked {

inline constexpr qint64 kTooLarge = std::numeric_limits<qint64>::max();
inline constexpr int kTooLargeInt = std::numeric_limits<int>::max();

// Held at an end: the true value does not fit (qint64's minimum counts as its negative end).
constexpr bool isTooLarge(qint64 v)
{
    return v >= kTooLarge || v <= -kTooLarge;
}
// Not finite, or beyond what a qint64 holds: no count or amount can show it.
bool isTooLarge(double v);

qint64 add(qint64 a, qint64 b);
qint64 subtract(qint64 a, qint64 b);
qint64 multiply(qint64 a, qint64 b);
int add(int a, int b); // held at kTooLargeInt / -kTooLargeInt

// sum += v for a sum that stays unknown until a value is known (absent is not zero).
void addTo(std::optional<qint64> &sum, const std::optional<qint64> &v);

// The value as a double for ratios; unknown when it is held at an end (a ratio of it means
// nothing) or unknown.
std::optional<double> toDouble(const std::optional<qint64> &v);

// A count computed as a double (expected impressions), rounded; unknown when it is too large.
std::optional<qint64> roundedCount(double v);

// What a display shows for a value held at an end: "too large to compute".
QString tooLargeText();

} // namespace tierscope::core::checked
