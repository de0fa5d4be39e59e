// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/creator.h"
#include "core/io/creator_field.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace tierscope::ui {

// How the import preview shows a creator's field as it will be stored: counts with grouping,
// fees with their currency (Money::format), rates as percent, dates in the locale's short
// form, unknown as "—" (core/common/display_format.h).
class StoredValueText
{
    Q_DECLARE_TR_FUNCTIONS(StoredValueText)
public:
    // The text of one field; nothing for Extra and Ignore, which are not creator fields.
    static std::optional<QString> field(const core::Creator &c, core::CreatorField field,
                                        const QLocale &locale = QLocale());
    // True when the field is unknown (a metric shown as "—") or empty text.
    static bool isEmpty(const core::Creator &c, core::CreatorField field);

    static QString average(double v, const QLocale &locale = QLocale()); // 1,234 · 12.5
    // A fraction as percent with one decimal, two when the second one matters (1.39%).
    static QString rate(double fraction, const QLocale &locale = QLocale());
};

} // namespace tierscope::ui
