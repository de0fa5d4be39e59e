// SPDX-License-Identifier: GPL-3.0-or-later
// The engagement formulas of DESIGN.md §1. Unknown is never zero: a missing input gives an
// unknown result (std::nullopt), not 0.
#pragma once

#include "core/domain/platform.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace tierscope::core {

enum class ErSource { Unknown, Reported, Computed };

QString erSourceKey(ErSource s); // "reported", "computed", "" for unknown
ErSource erSourceFromKey(const QString &key);

// What a computed ER divides the interactions by. Instagram is compared by followers; on TikTok
// and YouTube a video travels beyond the followers (For You feed, search), so the tools
// marketers compare with divide by average views there (docs/ENGAGEMENT.md).
enum class ErBasis { Followers, Views };

QString erBasisKey(ErBasis b); // "followers", "views"
std::optional<ErBasis> erBasisFromKey(QStringView key);

// The workspace's ER basis per platform (a setting; the defaults are the tools' conventions).
struct ErBases
{
    ErBasis instagram = ErBasis::Followers;
    ErBasis tiktok = ErBasis::Views;
    ErBasis youtube = ErBasis::Views;

    ErBasis of(Platform p) const;
    void set(Platform p, ErBasis b);
    bool operator==(const ErBases &) const = default;
};

// Data-quality flags of a creator (a bit set, stored as quality_flags).
enum class QualityFlag : quint32 {
    // Average interactions above the follower count: real on video platforms (a video travels
    // beyond the followers), but ER by followers is above 100 % and not meaningful.
    EngagementAboveFollowers = 1u << 0,
};
using QualityFlags = quint32;
constexpr bool hasFlag(QualityFlags flags, QualityFlag f)
{
    return (flags & quint32(f)) != 0;
}

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
    std::optional<ErBasis> basis; // what a computed rate divides by; unknown for a reported one
    QualityFlags flags = 0;
};

// A reported ER is kept as the creator's ER, never recomputed; else it is computed on the
// platform's basis: by views when that is the basis and avg views are known, else by followers
// — except that interactions above the followers use views whenever they are known, since ER by
// followers is not meaningful there (the creator is flagged either way); else unknown.
EffectiveEr effectiveEngagementRate(std::optional<double> reported, std::optional<qint64> followers,
                                    std::optional<double> avgViews, const Interactions &i,
                                    ErBasis basis);
// Interactions above the follower count (QualityFlag::EngagementAboveFollowers).
bool engagementAboveFollowers(std::optional<qint64> followers, const Interactions &i);

} // namespace tierscope::core
