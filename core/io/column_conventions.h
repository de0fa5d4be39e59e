// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/value_parser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace tierscope::core {

class CsvRecord;

// How one import file writes its rates and dates, learned column by column from the values of
// the whole file (a sample first, then every record as it is read):
// - a rate (ER, authenticity, sponsored ratio) without "%": if any value of the column lies above
//   1 and at most 100, the whole column is in percent ("1.39" = 1.39 %, "0.5" = 0.5 %); else it
//   is in fractions ("0.0139"). Values above 100 are errors in either reading and teach nothing.
// - an all-numeric date with the year last ("02/11/2026", "02-11-2026"): a value whose first
//   part is above 12 makes the column day first, one whose second part is above 12 month first.
//   With neither, or both (a column that mixes orders), such dates stay ambiguous and are refused.
// Learning only ever adds knowledge. Values read before the knowledge that changes their reading
// (a "0.5" read as 50 % before a later "2.5" showed the column is in percent) make read() return
// false: the import must then start over, keeping what was learned. That can happen at most
// three times per column.
class ColumnConventions
{
    Q_DECLARE_TR_FUNCTIONS(ColumnConventions)

public:
    void addRateColumn(qsizetype column);
    void addDateColumn(qsizetype column);

    // Learns from a record that is not imported (the sample read ahead).
    void observe(const CsvRecord &record);
    // Learns from a record that is about to be read; false when what it taught changes the
    // reading of a value of an earlier record: start over.
    bool read(const CsvRecord &record);
    // Forgets which values were read (a new pass); keeps what was learned.
    void startOver();

    RatioScale rateScale(qsizetype column) const; // Percent or Fraction
    DateOrder dateOrder(qsizetype column) const;

    struct Finding
    {
        qsizetype column = -1;
        enum class Kind { RatesInPercent, DatesDayFirst, DatesMonthFirst, DatesMixed } kind;
        qint64 line = 0; // where it was learned
        QString example; // the value that taught it
    };
    // What was learned, for the import report.
    QList<Finding> findings() const;
    // The same as sentences for the import report; headerOf names a column.
    QStringList notes(const std::function<QString(qsizetype)> &headerOf) const;

private:
    struct Rate
    {
        qsizetype column = -1;
        bool percent = false;
        bool readDependent = false; // a value ≤ 1 was read as a fraction
        qint64 line = 0;
        QString example;
    };
    struct Date
    {
        qsizetype column = -1;
        bool dayFirst = false;
        bool monthFirst = false;
        bool readAmbiguous = false; // an ambiguous date was read under the order known then
        qint64 dayFirstLine = 0, monthFirstLine = 0;
        QString dayFirstExample, monthFirstExample;
    };

    bool learn(const CsvRecord &record, bool reading);

    QList<Rate> m_rates;
    QList<Date> m_dates;
};

} // namespace tierscope::core
