// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/engagement.h"

#include <cmath>

namespace tierscope::core {

QString erSourceKey(ErSource s)
{
    switch (s) {
    case ErSource::Reported:
        return QStringLiteral("reported");
    case ErSource::Computed:
        return QStringLiteral("computed");
    case ErSource::Unknown:
        break;
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

QString erBasisKey(ErBasis b)
{
    return b == ErBasis::Views ? QStringLiteral("views") : QStringLiteral("followers");
}

std::optional<ErBasis> erBasisFromKey(QStringView key)
{
    if (key == u"followers")
        return ErBasis::Followers;
    if (key == u"views")
        return ErBasis::Views;
    return std::nullopt;
}

ErBasis ErBases::of(Platform p) const
{
    switch (p) {
    case Platform::Instagram:
        return instagram;
    case Platform::TikTok:
        return tiktok;
    case Platform::YouTube:
        return youtube;
    }
    return instagram;
}

void ErBases::set(Platform p, ErBasis b)
{
    switch (p) {
    case Platform::Instagram:
        instagram = b;
        break;
    case Platform::TikTok:
        tiktok = b;
        break;
    case Platform::YouTube:
        youtube = b;
        break;
    }
}

bool engagementAboveFollowers(std::optional<qint64> followers, const Interactions &i)
{
    const auto interactions = i.total();
    return followers && interactions && *interactions > double(*followers);
}

EffectiveEr effectiveEngagementRate(std::optional<double> reported, std::optional<qint64> followers,
                                    std::optional<double> avgViews, const Interactions &i,
                                    ErBasis basis)
{
    EffectiveEr er;
    if (engagementAboveFollowers(followers, i))
        er.flags |= quint32(QualityFlag::EngagementAboveFollowers);
    if (reported && std::isfinite(*reported)) {
        er.rate = reported;
        er.source = ErSource::Reported;
        return er;
    }
    const bool preferViews = basis == ErBasis::Views || er.flags != 0;
    if (preferViews) {
        if (const auto byViews = engagementRateByViews(avgViews, i)) {
            er.rate = byViews;
            er.source = ErSource::Computed;
            er.basis = ErBasis::Views;
            return er;
        }
    }
    if (const auto byFollowers = engagementRate(followers, i)) {
        er.rate = byFollowers;
        er.source = ErSource::Computed;
        er.basis = ErBasis::Followers;
    }
    return er;
}

} // namespace tierscope::core
