// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/column_survey.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace tierscope::ui {

// How the import dialog words a column's reading (ColumnSurvey::Reading): a short line under the
// column's header ("decimal comma · percent"), and, for a column whose decimal mark the file
// does not show, an example value with its two readings as they would be stored.
class ColumnReadingText
{
    Q_DECLARE_TR_FUNCTIONS(ColumnReadingText)
public:
    enum class Decision { Survey, Answered, FileChoice, Open };

    // "decimal comma", "“.” groups thousands", "percent", "day first" … joined by " · ";
    // empty when there is nothing to say. values: the column's first cells, to tell a column
    // written with "%" signs.
    static QString tag(const core::ColumnSurvey::Reading &reading, Decision decision,
                       const QStringList &values = {});
    // The reading's sentences (why, scaleWhy), one per line.
    static QString explanation(const core::ColumnSurvey::Reading &reading);

    struct Example
    {
        QString value; // as in the file: "1.200 €"
        QChar separator; // '.' or ','
        QString asComma; // stored with a decimal comma: "€1,200.00"
        QString asPoint; // with a decimal point: "€1.20"
    };
    // The first of `values` with a separator, read both ways; nothing when none has one.
    static std::optional<Example> example(const core::ColumnSurvey::Reading &reading,
                                          const QStringList &values, const QString &defaultCurrency,
                                          const QLocale &locale = QLocale());
    // One value of such a column as it would be stored with the mark; "—" when it does not read.
    static QString storedAs(const core::ColumnSurvey::Reading &reading, const QString &value,
                            core::DecimalMark mark, const QString &defaultCurrency,
                            const QLocale &locale = QLocale());
};

} // namespace tierscope::ui
