// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace tierscope::core {

// What an import column fills in a Creator (core/domain/creator.h).
enum class CreatorField {
    Platform,
    Handle,
    DisplayName,
    Followers,
    AvgLikes,
    AvgComments,
    AvgShares,
    AvgViews,
    EngagementRate,
    Niches,
    Country,
    Language,
    Authenticity,
    SponsoredRatio,
    Fee,
    FeeCurrency,
    Email,
    ProfileUrl,
    Notes,
    Source,
    MetricsAsOf,
    // Not fields, but the other choices an import column has (the same list in the dialog):
    Extra,  // kept in Creator::extra under the column's header
    Ignore, // dropped
};

// Every real field, in display order (without Extra and Ignore).
QList<CreatorField> allCreatorFields();
// Stable key, used in saved mappings: "followers", "avg_likes", "extra", "ignore" …
QString creatorFieldKey(CreatorField field);
std::optional<CreatorField> creatorFieldFromKey(QStringView key);
// Translated name for the import dialog: "Followers", "Avg. likes" …
QString creatorFieldDisplayName(CreatorField field);

} // namespace tierscope::core
