// SPDX-License-Identifier: GPL-3.0-or-later
// Plausible upper bounds for the counts and amounts that enter a workspace (imports, editors,
// storage). A value above its bound is a typo or a broken export, never a real figure; refusing
// it keeps every sum and product of campaign math far inside qint64 (docs/RELIABILITY.md).
#pragma once

#include <QtGlobal>

namespace tierscope::core::limits {

// Followers of one account: the largest accounts have well under 10^9, so 10^11 leaves room for
// any growth while 10^11 × any other bound here still fits in a qint64.
inline constexpr qint64 kMaxFollowers = 100'000'000'000;

// Views of one deliverable or one creator's average: the most-viewed videos ever have ~10^10,
// so 10^13 is generous and a roster of 10^5 of them still sums inside qint64 (9.2 × 10^18).
inline constexpr qint64 kMaxViews = 10'000'000'000'000;

// Likes, comments, shares, saves, clicks or conversions of one deliverable (or a creator's
// average): interactions never exceed views, so they share the views bound.
inline constexpr qint64 kMaxInteractions = 10'000'000'000'000;

// Pieces of content one deliverable line stands for (e.g. 30 stories): thousands would already
// be a planning error; 10^4 keeps quantity × views (10^17) inside qint64.
inline constexpr int kMaxDeliverableQuantity = 10'000;

// An amount in minor units (fee, budget, revenue): Money::fromMajor already refuses 9 × 10^15
// and above, the end of exact integers in a double (core/domain/money.cpp); this is that bound.
inline constexpr qint64 kMaxMoneyMinor = 9'000'000'000'000'000 - 1;

// Characters of one text field of a creator (notes, display name): a long brief fits, and its CSV
// export (at most 3 UTF-8 bytes a character, doubled quotes, a formula guard) stays well inside
// the CSV reader's 1 MiB field limit (core/io/csv_options.h), so everything Tierscope writes
// reads back.
inline constexpr qsizetype kMaxTextChars = 100'000;

// True when v is a count in [0, max]; the one test each entry point shares.
constexpr bool withinCount(qint64 v, qint64 max)
{
    return v >= 0 && v <= max;
}

} // namespace tierscope::core::limits
