// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/engagement.h"

#include <cmath>

namespace tierscope::core {

QString erSourceKey(ErSource s)
{
    switch (s) {
    case ErSource::Reported: return QStringLiteral("reported");
    case ErSource::Computed: return QStringLiteral("computed");
    case ErSource::Unknown: break;
    }
    return {};
}

ErSource erSourceFromKey(const QString &key)
{
    if (key == u"reported")
        return ErSource::Reported;
    if (key == u"computed")
        return ErSource::Computed;
    return ErSource::Unknown;
}

std::optional<double> Interactions::total() const
{
    std::optional<double> sum;
    for (const auto &part : {likes, comments, shares}) {
        if (part)
            sum = sum.value_or(0.0) + *part;
    }
    return sum;
}

std::optional<double> engagementRate(std::optional<qint64> followers, const Interactions &i)
{
    const auto interactions = i.total();
    if (!followers || *followers <= 0 || !interactions)
        return std::nullopt;
    return *interactions / static_cast<double>(*followers);
}

std::optional<double> viewRate(std::optional<qint64> followers, std::optional<double> avgViews)
{
    if (!followers || *followers <= 0 || !avgViews)
        return std::nullopt;
    return *avgViews / static_cast<double>(*followers);
}

std::optional<double> engagementRateByViews(std::optional<double> avgViews, const Interactions &i)
{
    const auto interactions = i.total();
    if (!avgViews || *avgViews <= 0.0 || !interactions)
        return std::nullopt;
    return *interactions / *avgViews;
}

EffectiveEr effectiveEngagementRate(std::optional<double> reported, std::optional<qint64> followers,
                                    const Interactions &i)
{
    if (reported && std::isfinite(*reported))
        return {reported, ErSource::Reported};
    if (const auto computed = engagementRate(followers, i))
        return {computed, ErSource::Computed};
    return {};
}

} // namespace tierscope::core
