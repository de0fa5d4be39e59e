// SPDX-License-Identifier: GPL-3.0-or-later
// The engagement formulas of DESIGN.md §1. Unknown is never zero: a missing input gives an
// unknown result (std::nullopt), not 0.
#pragma once

#include <QString>

#include <optional>

namespace tierscope::core {

enum class ErSource { Unknown, Reported, Computed };

QString erSourceKey(ErSource s); // "reported", "computed", "" for unknown
ErSource erSourceFromKey(const QString &key);

struct Interactions
{
    std::optional<double> likes;
    std::optional<double> comments;
    std::optional<double> shares;

    // Sum of the known components; unknown when none is known.
    std::optional<double> total() const;
};

// (likes + comments + shares) / followers. Missing components count as absent; with no known
// component, or with unknown or non-positive followers, the rate is unknown.
std::optional<double> engagementRate(std::optional<qint64> followers, const Interactions &i);
// avg views / followers.
std::optional<double> viewRate(std::optional<qint64> followers, std::optional<double> avgViews);
// interactions / avg views.
std::optional<double> engagementRateByViews(std::optional<double> avgViews, const Interactions &i);

struct EffectiveEr
{
    std::optional<double> rate;
    ErSource source = ErSource::Unknown;
};

// A reported ER is kept as the creator's ER; else it is computed; else unknown.
EffectiveEr effectiveEngagementRate(std::optional<double> reported, std::optional<qint64> followers,
                                    const Interactions &i);

} // namespace tierscope::core
