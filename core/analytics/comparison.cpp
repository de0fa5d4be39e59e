// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/comparison.h"

#include "core/analytics/campaign_math.h"
#include "core/analytics/checked_arithmetic.h"
#include "core/analytics/creator_engagement.h"
#include "core/common/display_format.h"
#include "core/domain/engagement.h"
#include "core/storage/settings_repository.h"

#include <cmath>

namespace tierscope::core {

namespace {

ComparisonCell textCell(const QString &text)
{
    ComparisonCell c;
    c.text = text.isEmpty() ? format::unknown() : text;
    return c;
}

ComparisonCell numberCell(std::optional<double> v, const QString &text)
{
    ComparisonCell c;
    c.value = v;
    c.text = v ? text : format::unknown();
    return c;
}

// Amounts below one minor unit (CPE is often a fraction of a cent) read "< $0.01", not "$0.00".
ComparisonCell moneyCell(std::optional<double> minor, const QString &currency,
                         const QLocale &locale)
{
    ComparisonCell c;
    c.currency = currency;
    const auto rounded = roundedMoney(minor, currency);
    if (!rounded) {
        c.text = format::unknown();
        return c;
    }
    c.value = minor;
    c.text = (rounded->minor() == 0 && *minor > 0.0)
        ? QStringLiteral("< ") + Money(1, currency).format(locale)
        : rounded->format(locale);
    return c;
}

} // namespace

QList<ComparisonField> Comparison::fields()
{
    using F = ComparisonField;
    return {F::Platform,       F::Tier,          F::Followers,
            F::EngagementRate, F::ErVsBenchmark, F::ErPercentileInTier,
            F::ViewRate,       F::AvgLikes,      F::AvgComments,
            F::AvgShares,      F::AvgViews,      F::Authenticity,
            F::SponsoredRatio, F::Fee,           F::EstimatedCpe,
            F::EstimatedCpm,   F::Country,       F::Language,
            F::Niches,         F::MetricsAsOf};
}

BetterWhen Comparison::rule(ComparisonField field)
{
    switch (field) {
    case ComparisonField::Followers: // reach
    case ComparisonField::EngagementRate:
    case ComparisonField::ErVsBenchmark:
    case ComparisonField::ErPercentileInTier:
    case ComparisonField::ViewRate:
    case ComparisonField::AvgLikes:
    case ComparisonField::AvgComments:
    case ComparisonField::AvgShares:
    case ComparisonField::AvgViews:
    case ComparisonField::Authenticity:
        return BetterWhen::Higher;
    case ComparisonField::SponsoredRatio: // fewer ads: less fatigue, more trust
    case ComparisonField::Fee:
    case ComparisonField::EstimatedCpe:
    case ComparisonField::EstimatedCpm:
        return BetterWhen::Lower;
    case ComparisonField::Platform:
    case ComparisonField::Tier:
    case ComparisonField::Country:
    case ComparisonField::Language:
    case ComparisonField::Niches:
    case ComparisonField::MetricsAsOf:
        break;
    }
    return BetterWhen::NotRanked;
}

QString Comparison::label(ComparisonField field)
{
    switch (field) {
    case ComparisonField::Platform:
        return tr("Platform");
    case ComparisonField::Tier:
        return tr("Tier");
    case ComparisonField::Followers:
        return tr("Followers");
    case ComparisonField::EngagementRate:
        return tr("Engagement rate");
    case ComparisonField::ErVsBenchmark:
        return tr("ER vs tier benchmark");
    case ComparisonField::ErPercentileInTier:
        return tr("ER percentile in tier");
    case ComparisonField::ViewRate:
        return tr("View rate");
    case ComparisonField::AvgLikes:
        return tr("Avg likes");
    case ComparisonField::AvgComments:
        return tr("Avg comments");
    case ComparisonField::AvgShares:
        return tr("Avg shares");
    case ComparisonField::AvgViews:
        return tr("Avg views");
    case ComparisonField::Authenticity:
        return tr("Audience authenticity");
    case ComparisonField::SponsoredRatio:
        return tr("Sponsored posts");
    case ComparisonField::Fee:
        return tr("Fee per post");
    case ComparisonField::EstimatedCpe:
        return tr("Est. CPE per post");
    case ComparisonField::EstimatedCpm:
        return tr("Est. CPM per post");
    case ComparisonField::Country:
        return tr("Country");
    case ComparisonField::Language:
        return tr("Language");
    case ComparisonField::Niches:
        return tr("Niches");
    case ComparisonField::MetricsAsOf:
        return tr("Metrics as of");
    }
    return {};
}

QString Comparison::note(ComparisonField field)
{
    switch (field) {
    case ComparisonField::EngagementRate:
        return tr("(likes + comments + shares) ÷ followers, or ÷ avg views for an ER by views; "
                  "each cell says which, or that the source reported it.");
    case ComparisonField::ErVsBenchmark:
        return tr("ER minus the benchmark of the creator's tier on its platform and ER basis.");
    case ComparisonField::ErPercentileInTier:
        return tr("Share of the workspace's creators in the same tier, with an ER on the same "
                  "basis, whose ER is lower (ties count half).");
    case ComparisonField::SponsoredRatio:
        return tr("Fewer sponsored posts: less ad fatigue in the audience.");
    case ComparisonField::EstimatedCpe:
        return tr("Estimated for one post: fee / (followers × ER), or fee / (avg views × ER) "
                  "for an ER by views.");
    case ComparisonField::EstimatedCpm:
        return tr("Estimated for one post: fee / impressions × 1000; impressions are the avg "
                  "views, else followers × the platform's default view rate.");
    default:
        break;
    }
    return {};
}

ComparisonCell Comparison::cell(ComparisonField field, const Creator &c,
                                const ComparisonContext &context)
{
    const QLocale &locale = context.locale;
    const std::optional<Tier> tier = context.scheme.tier(c.followers);
    const std::optional<qint64> feeMinor =
        c.fee ? std::optional<qint64>(c.fee->minor()) : std::nullopt;
    const QString currency = c.fee ? c.fee->currency() : QString();
    const auto count = [&locale](std::optional<double> v) {
        if (!v)
            return numberCell(v, QString());
        const std::optional<qint64> n = checked::roundedCount(*v);
        return numberCell(v, n ? locale.toString(*n) : checked::tooLargeText());
    };
    const auto percent = [&locale](std::optional<double> v, int decimals) {
        return numberCell(v, format::percent(v, decimals, locale));
    };

    switch (field) {
    case ComparisonField::Platform:
        return textCell(platformDisplayName(c.platform));
    case ComparisonField::Tier:
        return textCell(tier ? tierDisplayName(*tier) : QString());
    case ComparisonField::Followers:
        return count(c.followers ? std::optional<double>(double(*c.followers)) : std::nullopt);
    case ComparisonField::EngagementRate: {
        ComparisonCell cell = percent(c.engagementRate, 2);
        if (c.engagementRate && c.erSource == ErSource::Reported)
            cell.note = tr("reported by the source");
        else if (c.engagementRate && c.erBasis == ErBasis::Views)
            cell.note = tr("ER by views");
        else if (c.engagementRate && c.erSource == ErSource::Computed)
            cell.note = tr("ER by followers");
        if (hasFlag(c.qualityFlags, QualityFlag::EngagementAboveFollowers))
            cell.note += (cell.note.isEmpty() ? QString() : QStringLiteral("; "))
                + tr("⚑ engagement above followers");
        return cell;
    }
    case ComparisonField::ErVsBenchmark: {
        const auto bench = tier ? context.scheme.benchmark(*tier, c.platform, c.benchmarkBasis())
                                : std::nullopt;
        std::optional<double> delta;
        if (bench && c.engagementRate)
            delta = *c.engagementRate - bench->engagementRate;
        ComparisonCell cell = numberCell(delta, format::percentagePoints(delta, 1, locale));
        if (bench)
            cell.note = (c.benchmarkBasis() == ErBasis::Views ? tr("benchmark by views %1")
                                                               : tr("benchmark by followers %1"))
                            .arg(format::percent(bench->engagementRate, 1, locale));
        return cell;
    }
    case ComparisonField::ErPercentileInTier: {
        const auto it = context.erPercentiles.constFind(c.id);
        const bool known = it != context.erPercentiles.cend() && c.engagementRate;
        return percent(known ? std::optional<double>(*it) : std::nullopt, 0);
    }
    case ComparisonField::ViewRate:
        return percent(viewRate(c.followers, c.avgViews), 1);
    case ComparisonField::AvgLikes:
        return count(c.avgLikes);
    case ComparisonField::AvgComments:
        return count(c.avgComments);
    case ComparisonField::AvgShares:
        return count(c.avgShares);
    case ComparisonField::AvgViews:
        return count(c.avgViews);
    case ComparisonField::Authenticity:
        return percent(c.authenticity, 0);
    case ComparisonField::SponsoredRatio:
        return percent(c.sponsoredRatio, 0);
    case ComparisonField::Fee:
        return moneyCell(feeMinor ? std::optional<double>(double(*feeMinor)) : std::nullopt,
                         currency, locale);
    case ComparisonField::EstimatedCpe:
        return moneyCell(
            costPerEngagement(feeMinor, expectedEngagementsOf(c)),
            currency, locale);
    case ComparisonField::EstimatedCpm: {
        const double rate = context.defaultViewRates.value(
            c.platform, SettingsRepository::builtInViewRate(c.platform));
        ComparisonCell cell =
            moneyCell(costPerMille(feeMinor, expectedImpressions(c.followers, c.avgViews, rate)),
                      currency, locale);
        if (cell.value && !c.avgViews)
            cell.note = tr("impressions from %1's default view rate of %2")
                            .arg(platformDisplayName(c.platform), format::percent(rate, 0, locale));
        return cell;
    }
    case ComparisonField::Country:
        return textCell(c.country);
    case ComparisonField::Language:
        return textCell(c.language);
    case ComparisonField::Niches:
        return textCell(c.niches.join(QStringLiteral(", ")));
    case ComparisonField::MetricsAsOf:
        return textCell(c.metricsAsOf.isValid() ? c.metricsAsOf.toString(Qt::ISODate) : QString());
    }
    return textCell(QString());
}

QList<ComparisonRow> Comparison::rows(const QList<Creator> &creators,
                                      const ComparisonContext &context)
{
    QList<ComparisonRow> out;
    for (ComparisonField field : fields()) {
        ComparisonRow row;
        row.field = field;
        row.label = label(field);
        row.rule = rule(field);
        row.note = note(field);
        for (const Creator &c : creators)
            row.cells << cell(field, c, context);
        row.markBest();
        out << row;
    }
    return out;
}

} // namespace tierscope::core
