// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/results_field.h"

#include <QCoreApplication>

namespace tierscope::core {

template class ColumnMapping<ResultsField>;

namespace {

struct FieldInfo
{
    ResultsField field;
    QStringView key;
    const char *displayName;
};

constexpr FieldInfo Fields[] = {
    {ResultsField::DeliverableId, u"deliverable_id", QT_TRANSLATE_NOOP("ResultsField", "Deliverable ID")},
    {ResultsField::Handle, u"handle", QT_TRANSLATE_NOOP("ResultsField", "Creator handle")},
    {ResultsField::Platform, u"platform", QT_TRANSLATE_NOOP("ResultsField", "Platform")},
    {ResultsField::Kind, u"kind", QT_TRANSLATE_NOOP("ResultsField", "Deliverable kind")},
    {ResultsField::Url, u"url", QT_TRANSLATE_NOOP("ResultsField", "Post URL")},
    {ResultsField::PublishedOn, u"published_on", QT_TRANSLATE_NOOP("ResultsField", "Published on")},
    {ResultsField::Views, u"views", QT_TRANSLATE_NOOP("ResultsField", "Views")},
    {ResultsField::Likes, u"likes", QT_TRANSLATE_NOOP("ResultsField", "Likes")},
    {ResultsField::Comments, u"comments", QT_TRANSLATE_NOOP("ResultsField", "Comments")},
    {ResultsField::Shares, u"shares", QT_TRANSLATE_NOOP("ResultsField", "Shares")},
    {ResultsField::Saves, u"saves", QT_TRANSLATE_NOOP("ResultsField", "Saves")},
    {ResultsField::Clicks, u"clicks", QT_TRANSLATE_NOOP("ResultsField", "Clicks")},
    {ResultsField::Conversions, u"conversions", QT_TRANSLATE_NOOP("ResultsField", "Conversions")},
    {ResultsField::Revenue, u"revenue", QT_TRANSLATE_NOOP("ResultsField", "Revenue")},
    {ResultsField::Currency, u"currency", QT_TRANSLATE_NOOP("ResultsField", "Revenue currency")},
    {ResultsField::Ignore, u"ignore", QT_TRANSLATE_NOOP("ResultsField", "Do not import")},
};

const FieldInfo *info(ResultsField field)
{
    for (const FieldInfo &f : Fields) {
        if (f.field == field)
            return &f;
    }
    return nullptr;
}

} // namespace

QList<ResultsField> allResultsFields()
{
    QList<ResultsField> out;
    for (const FieldInfo &f : Fields) {
        if (f.field != ResultsField::Ignore)
            out.append(f.field);
    }
    return out;
}

QString resultsFieldKey(ResultsField field)
{
    const FieldInfo *f = info(field);
    return f ? f->key.toString() : QString();
}

std::optional<ResultsField> resultsFieldFromKey(QStringView key)
{
    for (const FieldInfo &f : Fields) {
        if (f.key == key)
            return f.field;
    }
    return std::nullopt;
}

QString resultsFieldDisplayName(ResultsField field)
{
    const FieldInfo *f = info(field);
    return f ? QCoreApplication::translate("ResultsField", f->displayName) : QString();
}

bool isResultsKey(ResultsField field)
{
    return field == ResultsField::DeliverableId || field == ResultsField::Handle
        || field == ResultsField::Platform || field == ResultsField::Kind;
}

} // namespace tierscope::core
