// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/creator_filter.h"

namespace tierscope::core {

bool CreatorFilter::isEmpty() const
{
    return *this == CreatorFilter{};
}

std::optional<CreatorSortColumn> creatorSortColumnFromString(const QString &name)
{
    static const QList<std::pair<QString, CreatorSortColumn>> names = {
        {QStringLiteral("handle"), CreatorSortColumn::Handle},
        {QStringLiteral("name"), CreatorSortColumn::DisplayName},
        {QStringLiteral("platform"), CreatorSortColumn::Platform},
        {QStringLiteral("followers"), CreatorSortColumn::Followers},
        {QStringLiteral("tier"), CreatorSortColumn::Followers},
        {QStringLiteral("er"), CreatorSortColumn::EngagementRate},
        {QStringLiteral("engagement"), CreatorSortColumn::EngagementRate},
        {QStringLiteral("er-vs-benchmark"), CreatorSortColumn::ErVsBenchmark},
        {QStringLiteral("views"), CreatorSortColumn::AvgViews},
        {QStringLiteral("niches"), CreatorSortColumn::Niches},
        {QStringLiteral("country"), CreatorSortColumn::Country},
        {QStringLiteral("language"), CreatorSortColumn::Language},
        {QStringLiteral("authenticity"), CreatorSortColumn::Authenticity},
        {QStringLiteral("sponsored"), CreatorSortColumn::SponsoredRatio},
        {QStringLiteral("fee"), CreatorSortColumn::Fee},
        {QStringLiteral("cpe"), CreatorSortColumn::CostPerEngagement},
        {QStringLiteral("as-of"), CreatorSortColumn::MetricsAsOf},
        {QStringLiteral("id"), CreatorSortColumn::Id},
    };
    const QString key = name.trimmed().toLower();
    for (const auto &[n, c] : names) {
        if (n == key)
            return c;
    }
    return std::nullopt;
}

} // namespace tierscope::core
