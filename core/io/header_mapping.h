// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/column_mapping.h"
#include "core/io/creator_field.h"

namespace tierscope::core {

template<>
struct MappingFields<CreatorField>
{
    static constexpr CreatorField Unmapped = CreatorField::Extra;
    static constexpr CreatorField Ignore = CreatorField::Ignore;
    static QList<CreatorField> fields() { return allCreatorFields(); }
    static QString key(CreatorField f) { return creatorFieldKey(f); }
    static std::optional<CreatorField> fromKey(QStringView key) { return creatorFieldFromKey(key); }
    static QString displayName(CreatorField f) { return creatorFieldDisplayName(f); }
    static QString formatName() { return QStringLiteral("tierscope-column-mapping"); }
};

// Which creator field each column of an import file fills. Every column has one target: a
// field, Extra (kept under its header name) or Ignore. A field is filled by at most one column.
using HeaderMapping = ColumnMapping<CreatorField>;

extern template class ColumnMapping<CreatorField>;

} // namespace tierscope::core
