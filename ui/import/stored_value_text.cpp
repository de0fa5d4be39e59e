// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/stored_value_text.h"

#include "core/common/display_format.h"

#include <cmath>

namespace tierscope::ui {

using core::CreatorField;

namespace {

QString optionalAverage(std::optional<double> v, const QLocale &locale)
{
    return v ? StoredValueText::average(*v, locale) : core::format::unknown();
}

QString optionalRate(std::optional<double> v, const QLocale &locale)
{
    return v ? StoredValueText::rate(*v, locale) : core::format::unknown();
}

} // namespace

QString StoredValueText::average(double v, const QLocale &locale)
{
    if (!std::isfinite(v))
        return core::format::unknown();
    if (v == std::floor(v) && std::fabs(v) < 9e15)
        return locale.toString(qint64(v));
    return core::format::decimal(v, std::fabs(v) < 10 ? 2 : 1, locale);
}

QString StoredValueText::rate(double fraction, const QLocale &locale)
{
    const double tenths = fraction * 1000.0;
    const bool oneDecimal = std::fabs(tenths - std::round(tenths)) < 1e-6;
    return core::format::percent(fraction, oneDecimal ? 1 : 2, locale);
}

std::optional<QString> StoredValueText::field(const core::Creator &c, CreatorField field,
                                              const QLocale &locale)
{
    switch (field) {
    case CreatorField::Platform:
        return core::platformDisplayName(c.platform);
    case CreatorField::Handle:
        return u'@' + c.handle;
    case CreatorField::DisplayName:
        return c.displayName;
    case CreatorField::Followers:
        return core::format::count(c.followers, locale);
    case CreatorField::AvgLikes:
        return optionalAverage(c.avgLikes, locale);
    case CreatorField::AvgComments:
        return optionalAverage(c.avgComments, locale);
    case CreatorField::AvgShares:
        return optionalAverage(c.avgShares, locale);
    case CreatorField::AvgViews:
        return optionalAverage(c.avgViews, locale);
    case CreatorField::EngagementRate:
        return optionalRate(c.engagementRate, locale);
    case CreatorField::Niches:
        return c.niches.join(QStringLiteral(", "));
    case CreatorField::Country:
        return c.country;
    case CreatorField::Language:
        return c.language;
    case CreatorField::Authenticity:
        return optionalRate(c.authenticity, locale);
    case CreatorField::SponsoredRatio:
        return optionalRate(c.sponsoredRatio, locale);
    case CreatorField::Fee:
        return c.fee ? c.fee->format(locale) : core::format::unknown();
    case CreatorField::FeeCurrency:
        return c.fee ? c.fee->currency() : core::format::unknown();
    case CreatorField::Email:
        return c.email;
    case CreatorField::ProfileUrl:
        return c.profileUrl;
    case CreatorField::Notes:
        return c.notes.simplified();
    case CreatorField::Source:
        return c.source;
    case CreatorField::MetricsAsOf:
        return c.metricsAsOf.isValid() ? locale.toString(c.metricsAsOf, QLocale::ShortFormat)
                                       : core::format::unknown();
    case CreatorField::Extra:
    case CreatorField::Ignore:
        return std::nullopt;
    }
    return std::nullopt;
}

bool StoredValueText::isEmpty(const core::Creator &c, CreatorField field)
{
    switch (field) {
    case CreatorField::Followers:
        return !c.followers;
    case CreatorField::AvgLikes:
        return !c.avgLikes;
    case CreatorField::AvgComments:
        return !c.avgComments;
    case CreatorField::AvgShares:
        return !c.avgShares;
    case CreatorField::AvgViews:
        return !c.avgViews;
    case CreatorField::EngagementRate:
        return !c.engagementRate;
    case CreatorField::Authenticity:
        return !c.authenticity;
    case CreatorField::SponsoredRatio:
        return !c.sponsoredRatio;
    case CreatorField::Fee:
    case CreatorField::FeeCurrency:
        return !c.fee;
    case CreatorField::MetricsAsOf:
        return !c.metricsAsOf.isValid();
    default: {
        const auto text = StoredValueText::field(c, field);
        return !text || text->isEmpty();
    }
    }
}

} // namespace tierscope::ui
