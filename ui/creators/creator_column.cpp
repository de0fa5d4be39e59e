// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/creators/creator_column.h"

#include "core/domain/er_basis_text.h"

namespace tierscope::ui {

QString CreatorColumns::title(CreatorColumn c)
{
    switch (c) {
    case CreatorColumn::Handle: return tr("Handle");
    case CreatorColumn::Name: return tr("Name");
    case CreatorColumn::Platform: return tr("Platform");
    case CreatorColumn::Tier: return tr("Tier");
    case CreatorColumn::Followers: return tr("Followers");
    case CreatorColumn::EngagementRate: return tr("ER");
    case CreatorColumn::ErVsBenchmark: return tr("vs tier");
    case CreatorColumn::AvgViews: return tr("Avg views");
    case CreatorColumn::Niches: return tr("Niches");
    case CreatorColumn::Country: return tr("Country");
    case CreatorColumn::Language: return tr("Lang.");
    case CreatorColumn::Authenticity: return tr("Authentic");
    case CreatorColumn::SponsoredRatio: return tr("Sponsored");
    case CreatorColumn::Fee: return tr("Fee");
    case CreatorColumn::CostPerEngagement: return tr("Est. CPE");
    case CreatorColumn::MetricsAsOf: return tr("As of");
    }
    return {};
}

QString CreatorColumns::toolTip(CreatorColumn c, const core::ErBases *bases)
{
    switch (c) {
    case CreatorColumn::Handle: return tr("The creator's handle on the platform");
    case CreatorColumn::Name: return tr("Display name");
    case CreatorColumn::Platform: return tr("Instagram, TikTok or YouTube");
    case CreatorColumn::Tier:
        return tr("Tier, derived from followers through the workspace's tier scheme");
    case CreatorColumn::Followers: return tr("Followers (subscribers on YouTube)");
    case CreatorColumn::EngagementRate:
        return tr("Engagement rate = (avg likes + avg comments + avg shares)\n"
                  "/ avg views (ER by views) or / followers (ER by followers).\n%1\n"
                  "● marks a rate reported by the source, kept as reported; the others are "
                  "computed.\n⚑ marks engagement above the follower count.")
            .arg(bases ? tr("Basis: %1.").arg(core::ErBasisText::summary(*bases))
                       : tr("The basis is a workspace setting per platform."));
    case CreatorColumn::ErVsBenchmark:
        return tr("ER minus the benchmark ER of the creator's tier on the same basis (by "
                  "followers or by views), in percentage points");
    case CreatorColumn::AvgViews: return tr("Average views per post or video");
    case CreatorColumn::Niches: return tr("Content niches");
    case CreatorColumn::Country: return tr("Country (ISO 3166-1)");
    case CreatorColumn::Language: return tr("Main language (ISO 639-1)");
    case CreatorColumn::Authenticity: return tr("Share of the audience that looks authentic");
    case CreatorColumn::SponsoredRatio: return tr("Share of recent posts that are sponsored");
    case CreatorColumn::Fee: return tr("Typical fee per post, in the creator's currency");
    case CreatorColumn::CostPerEngagement:
        return tr("Estimated cost per engagement of one post = fee / (followers × ER), or fee / "
                  "(avg views × ER) for an ER by views");
    case CreatorColumn::MetricsAsOf: return tr("Date the metrics were measured");
    }
    return {};
}

bool CreatorColumns::isNumeric(CreatorColumn c)
{
    switch (c) {
    case CreatorColumn::Followers:
    case CreatorColumn::EngagementRate:
    case CreatorColumn::ErVsBenchmark:
    case CreatorColumn::AvgViews:
    case CreatorColumn::Authenticity:
    case CreatorColumn::SponsoredRatio:
    case CreatorColumn::Fee:
    case CreatorColumn::CostPerEngagement:
        return true;
    default:
        return false;
    }
}

core::CreatorSortColumn CreatorColumns::sortColumn(CreatorColumn c)
{
    using S = core::CreatorSortColumn;
    switch (c) {
    case CreatorColumn::Handle: return S::Handle;
    case CreatorColumn::Name: return S::DisplayName;
    case CreatorColumn::Platform: return S::Platform;
    case CreatorColumn::Tier: return S::Followers;
    case CreatorColumn::Followers: return S::Followers;
    case CreatorColumn::EngagementRate: return S::EngagementRate;
    case CreatorColumn::ErVsBenchmark: return S::ErVsBenchmark;
    case CreatorColumn::AvgViews: return S::AvgViews;
    case CreatorColumn::Niches: return S::Niches;
    case CreatorColumn::Country: return S::Country;
    case CreatorColumn::Language: return S::Language;
    case CreatorColumn::Authenticity: return S::Authenticity;
    case CreatorColumn::SponsoredRatio: return S::SponsoredRatio;
    case CreatorColumn::Fee: return S::Fee;
    case CreatorColumn::CostPerEngagement: return S::CostPerEngagement;
    case CreatorColumn::MetricsAsOf: return S::MetricsAsOf;
    }
    return S::Followers;
}

bool CreatorColumns::sortsDescendingFirst(CreatorColumn c)
{
    return isNumeric(c) || c == CreatorColumn::Tier || c == CreatorColumn::MetricsAsOf;
}

} // namespace tierscope::ui
