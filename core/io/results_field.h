// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/column_mapping.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace tierscope::core {

// What a column of a campaign results sheet fills: a key that finds the deliverable, or a result.
enum class ResultsField {
    // keys (see ResultsImporter for the matching rule)
    DeliverableId,
    Handle,
    Platform,
    Kind,
    // results
    Url,
    PublishedOn,
    Views,
    Likes,
    Comments,
    Shares,
    Saves,
    Clicks,
    Conversions,
    Revenue,
    Currency, // of the revenue on that row
    // Not a field: the column is not read. (Nothing else is kept from a results sheet.)
    Ignore,
};

QList<ResultsField> allResultsFields(); // display order, without Ignore
QString resultsFieldKey(ResultsField field); // "deliverable_id", "url", "views", "ignore" …
std::optional<ResultsField> resultsFieldFromKey(QStringView key);
QString resultsFieldDisplayName(ResultsField field); // translated
bool isResultsKey(ResultsField field); // DeliverableId, Handle, Platform, Kind

template<>
struct MappingFields<ResultsField>
{
    static constexpr ResultsField Unmapped = ResultsField::Ignore;
    static constexpr ResultsField Ignore = ResultsField::Ignore;
    static QList<ResultsField> fields() { return allResultsFields(); }
    static QString key(ResultsField f) { return resultsFieldKey(f); }
    static std::optional<ResultsField> fromKey(QStringView key) { return resultsFieldFromKey(key); }
    static QString displayName(ResultsField f) { return resultsFieldDisplayName(f); }
    static QString formatName() { return QStringLiteral("tierscope-results-column-mapping"); }
};

using ResultsMapping = ColumnMapping<ResultsField>;

extern template class ColumnMapping<ResultsField>;

} // namespace tierscope::core
