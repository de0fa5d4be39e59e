// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/creators/creator_text.h"

#include "core/analytics/creator_engagement.h"
#include "core/common/display_format.h"
#include "core/domain/er_basis_text.h"
#include "core/domain/money.h"
#include "core/domain/platform.h"
#include "ui/common/plain_text.h"

#include <cmath>

namespace tierscope::ui {

namespace fmt = core::format;

std::optional<core::Tier> CreatorText::tier(const core::Creator &c, const core::TierScheme &scheme)
{
    return scheme.tier(c.followers);
}

std::optional<double> CreatorText::erVsBenchmark(const core::Creator &c,
                                                 const core::TierScheme &scheme)
{
    const auto t = tier(c, scheme);
    if (!t || !c.engagementRate)
        return std::nullopt;
    const auto b = scheme.benchmark(*t, c.platform, c.benchmarkBasis());
    if (!b)
        return std::nullopt;
    return *c.engagementRate - b->engagementRate;
}

std::optional<double> CreatorText::costPerEngagement(const core::Creator &c)
{
    if (!c.fee)
        return std::nullopt;
    const auto engagements = core::expectedEngagementsOf(c);
    if (!engagements || *engagements <= 0)
        return std::nullopt;
    return c.fee->toMajor() / *engagements;
}

QString CreatorText::money(double major, const QString &currency, const QLocale &locale)
{
    const auto m = core::Money::fromMajor(major, currency);
    if (!m)
        return fmt::unknown();
    if (m->minor() == 0 && major > 0) // below the smallest coin
        return QStringLiteral("< ") + core::Money(1, currency).format(locale);
    return m->format(locale);
}

QString CreatorText::tierRange(core::Tier t, const core::TierScheme &scheme, const QLocale &locale)
{
    const qint64 lo = scheme.lowerBound(t);
    const auto hi = scheme.upperBoundExclusive(t);
    if (!hi)
        return tr("%1+ followers").arg(locale.toString(lo));
    return tr("%1 – %2 followers").arg(locale.toString(lo), locale.toString(*hi - 1));
}

QString CreatorText::cell(const core::Creator &c, CreatorColumn column,
                          const core::TierScheme &scheme, const QLocale &locale)
{
    switch (column) {
    case CreatorColumn::Handle: return displayHandle(c.handle);
    case CreatorColumn::Name: return c.displayName;
    case CreatorColumn::Platform: return core::platformDisplayName(c.platform);
    case CreatorColumn::Tier: {
        const auto t = tier(c, scheme);
        return t ? core::tierDisplayName(*t) : fmt::unknown();
    }
    case CreatorColumn::Followers: return fmt::count(c.followers, locale);
    case CreatorColumn::EngagementRate: return fmt::percent(c.engagementRate, 2, locale);
    case CreatorColumn::ErVsBenchmark:
        return fmt::percentagePoints(erVsBenchmark(c, scheme), 1, locale);
    case CreatorColumn::AvgViews:
        return c.avgViews ? fmt::count(qint64(std::llround(*c.avgViews)), locale) : fmt::unknown();
    case CreatorColumn::Niches: return c.niches.isEmpty() ? fmt::unknown() : c.niches.join(QStringLiteral(", "));
    case CreatorColumn::Country: return c.country.isEmpty() ? fmt::unknown() : c.country;
    case CreatorColumn::Language: return c.language.isEmpty() ? fmt::unknown() : c.language;
    case CreatorColumn::Authenticity: return fmt::percent(c.authenticity, 0, locale);
    case CreatorColumn::SponsoredRatio: return fmt::percent(c.sponsoredRatio, 0, locale);
    case CreatorColumn::Fee: return c.fee ? c.fee->format(locale) : fmt::unknown();
    case CreatorColumn::CostPerEngagement: {
        const auto cpe = costPerEngagement(c);
        return cpe ? money(*cpe, c.fee->currency(), locale) : fmt::unknown();
    }
    case CreatorColumn::MetricsAsOf:
        return c.metricsAsOf.isValid() ? c.metricsAsOf.toString(Qt::ISODate) : fmt::unknown();
    }
    return {};
}

bool CreatorText::isUnknown(const core::Creator &c, CreatorColumn column,
                            const core::TierScheme &scheme)
{
    // The same cases as cell() shows "—" for, without formatting anything (called per paint).
    switch (column) {
    case CreatorColumn::Handle:
    case CreatorColumn::Name:
    case CreatorColumn::Platform: return false;
    case CreatorColumn::Tier:
    case CreatorColumn::Followers: return !c.followers;
    case CreatorColumn::EngagementRate: return !c.engagementRate;
    case CreatorColumn::ErVsBenchmark: return !erVsBenchmark(c, scheme);
    case CreatorColumn::AvgViews: return !c.avgViews;
    case CreatorColumn::Niches: return c.niches.isEmpty();
    case CreatorColumn::Country: return c.country.isEmpty();
    case CreatorColumn::Language: return c.language.isEmpty();
    case CreatorColumn::Authenticity: return !c.authenticity;
    case CreatorColumn::SponsoredRatio: return !c.sponsoredRatio;
    case CreatorColumn::Fee: return !c.fee;
    case CreatorColumn::CostPerEngagement: return !costPerEngagement(c);
    case CreatorColumn::MetricsAsOf: return !c.metricsAsOf.isValid();
    }
    return false;
}

QString CreatorText::toolTip(const core::Creator &c, CreatorColumn column,
                             const core::TierScheme &scheme, const QLocale &locale)
{
    switch (column) {
    case CreatorColumn::Tier: {
        const auto t = tier(c, scheme);
        return t ? tr("%1: %2").arg(core::tierDisplayName(*t), tierRange(*t, scheme, locale))
                 : tr("Followers unknown: no tier");
    }
    case CreatorColumn::EngagementRate: {
        QString text;
        if (c.erSource == core::ErSource::Reported)
            text = tr("%1, reported by the source").arg(fmt::percent(c.engagementRate, 2, locale));
        else if (c.erSource == core::ErSource::Computed)
            text = tr("Computed, %1:\n%2")
                       .arg(core::ErBasisText::of(c), core::ErBasisText::formula(c, locale));
        else
            text = tr("Unknown: no reported rate and no likes, comments or shares");
        if (const QString flag = core::ErBasisText::flagNote(c); !flag.isEmpty())
            text += QStringLiteral("\n⚑ ") + flag;
        return text;
    }
    case CreatorColumn::ErVsBenchmark: {
        const auto t = tier(c, scheme);
        const core::ErBasis basis = c.benchmarkBasis();
        const auto b = t ? scheme.benchmark(*t, c.platform, basis) : std::nullopt;
        if (!b || !c.engagementRate)
            return tr("Needs the ER and a tier with a benchmark");
        QString text = tr("ER %1 − %2 benchmark %3 %4")
                           .arg(fmt::percent(c.engagementRate, 2, locale),
                                core::tierDisplayName(*t), core::ErBasisText::basis(basis),
                                fmt::percent(b->engagementRate, 1, locale));
        if (!b->source.isEmpty())
            text += u'\n' + tr("Benchmark source: %1").arg(b->source);
        return text;
    }
    case CreatorColumn::CostPerEngagement: {
        const auto cpe = costPerEngagement(c);
        if (!cpe)
            return c.erBasis == core::ErBasis::Views ? tr("Needs the fee, avg views and ER")
                                                     : tr("Needs the fee, followers and ER");
        if (c.erBasis == core::ErBasis::Views)
            return tr("fee / (avg views × ER by views)\n= %1 / (%2 × %3) = %4")
                .arg(c.fee->format(locale), fmt::decimal(c.avgViews, 0, locale),
                     fmt::percent(c.engagementRate, 2, locale),
                     money(*cpe, c.fee->currency(), locale));
        return tr("fee / (followers × ER)\n= %1 / (%2 × %3) = %4")
            .arg(c.fee->format(locale), fmt::count(c.followers, locale),
                 fmt::percent(c.engagementRate, 2, locale), money(*cpe, c.fee->currency(), locale));
    }
    case CreatorColumn::Niches:
        return c.niches.join(QStringLiteral(", "));
    case CreatorColumn::Country:
        return c.country.isEmpty() ? QString() : QLocale::territoryToString(
                   QLocale::codeToTerritory(c.country));
    case CreatorColumn::Language:
        return c.language.isEmpty() ? QString() : QLocale::languageToString(
                   QLocale::codeToLanguage(c.language));
    default:
        return {};
    }
}

} // namespace tierscope::ui
