// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/creator_field.h"

#include <QCoreApplication>

namespace tierscope::core {

namespace {

struct FieldInfo
{
    CreatorField field;
    QStringView key;
    const char *displayName;
};

constexpr FieldInfo Fields[] = {
    {CreatorField::Platform, u"platform", QT_TRANSLATE_NOOP("CreatorField", "Platform")},
    {CreatorField::Handle, u"handle", QT_TRANSLATE_NOOP("CreatorField", "Handle")},
    {CreatorField::DisplayName, u"display_name", QT_TRANSLATE_NOOP("CreatorField", "Display name")},
    {CreatorField::Followers, u"followers", QT_TRANSLATE_NOOP("CreatorField", "Followers")},
    {CreatorField::AvgLikes, u"avg_likes", QT_TRANSLATE_NOOP("CreatorField", "Avg. likes")},
    {CreatorField::AvgComments, u"avg_comments", QT_TRANSLATE_NOOP("CreatorField", "Avg. comments")},
    {CreatorField::AvgShares, u"avg_shares", QT_TRANSLATE_NOOP("CreatorField", "Avg. shares")},
    {CreatorField::AvgViews, u"avg_views", QT_TRANSLATE_NOOP("CreatorField", "Avg. views")},
    {CreatorField::EngagementRate, u"engagement_rate", QT_TRANSLATE_NOOP("CreatorField", "Engagement rate")},
    {CreatorField::Niches, u"niches", QT_TRANSLATE_NOOP("CreatorField", "Niches")},
    {CreatorField::Country, u"country", QT_TRANSLATE_NOOP("CreatorField", "Country")},
    {CreatorField::Language, u"language", QT_TRANSLATE_NOOP("CreatorField", "Language")},
    {CreatorField::Authenticity, u"authenticity", QT_TRANSLATE_NOOP("CreatorField", "Audience authenticity")},
    {CreatorField::SponsoredRatio, u"sponsored_ratio", QT_TRANSLATE_NOOP("CreatorField", "Sponsored posts ratio")},
    {CreatorField::Fee, u"fee", QT_TRANSLATE_NOOP("CreatorField", "Fee per post")},
    {CreatorField::FeeCurrency, u"fee_currency", QT_TRANSLATE_NOOP("CreatorField", "Fee currency")},
    {CreatorField::Email, u"email", QT_TRANSLATE_NOOP("CreatorField", "Email")},
    {CreatorField::ProfileUrl, u"profile_url", QT_TRANSLATE_NOOP("CreatorField", "Profile URL")},
    {CreatorField::Notes, u"notes", QT_TRANSLATE_NOOP("CreatorField", "Notes")},
    {CreatorField::Source, u"source", QT_TRANSLATE_NOOP("CreatorField", "Source")},
    {CreatorField::MetricsAsOf, u"metrics_as_of", QT_TRANSLATE_NOOP("CreatorField", "Metrics as of")},
    {CreatorField::Extra, u"extra", QT_TRANSLATE_NOOP("CreatorField", "Keep as extra column")},
    {CreatorField::Ignore, u"ignore", QT_TRANSLATE_NOOP("CreatorField", "Do not import")},
};

const FieldInfo *info(CreatorField field)
{
    for (const FieldInfo &f : Fields) {
        if (f.field == field)
            return &f;
    }
    return nullptr;
}

} // namespace

QList<CreatorField> allCreatorFields()
{
    QList<CreatorField> out;
    for (const FieldInfo &f : Fields) {
        if (f.field != CreatorField::Extra && f.field != CreatorField::Ignore)
            out.append(f.field);
    }
    return out;
}

QString creatorFieldKey(CreatorField field)
{
    const FieldInfo *f = info(field);
    return f ? f->key.toString() : QString();
}

std::optional<CreatorField> creatorFieldFromKey(QStringView key)
{
    for (const FieldInfo &f : Fields) {
        if (f.key == key)
            return f.field;
    }
    return std::nullopt;
}

QString creatorFieldDisplayName(CreatorField field)
{
    const FieldInfo *f = info(field);
    return f ? QCoreApplication::translate("CreatorField", f->displayName) : QString();
}

} // namespace tierscope::core
