// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/value_parser.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

#include <functional>

namespace tierscope::core {

class CsvRecord;

// How one import file writes its numbers, rates and dates, decided per column from every value
// of the column (docs/IMPORT.md): a first pass over the file feeds add(); decide() then settles
// each column's reading, and says why, before the first row is imported.
//
// - Decimal mark. A value such as "12,5" or "1.234,5" shows a decimal comma, "12.5" or
//   "1,234.5" a decimal point; "1.200" or "12,300" (one separator before three digits) shows
//   neither. A column takes the mark its values show; when they disagree (a column mixing
//   "13,8K" and "1.2M"), each value that shows a mark is read by it, the others by the majority,
//   and the report says so. A column whose values show neither is read: as
//   the user chose for that column; else, for a count (followers), with the separator as
//   thousands, since a count is whole ("12.300" followers are 12,300); else as the rest of the
//   file writes its decimals; else as the user chose for the file; else by the locale — and
//   then the column is *ambiguous*: the import dialog asks, the command line says which reading
//   it used.
// - Rate scale (a rate written without "%"). A "%" on the values or in the header means percent.
//   Otherwise the distribution decides, not one value: an engagement-rate column is in percent
//   when its median is above 1, or at least 0.3 (30 % as a fraction would be no real median),
//   or when a quarter of its values are above 1; else in fractions, where a lone "1.5" is 150 %
//   (kept, and flagged by the import). A share (authenticity, sponsored ratio) is in percent when
//   its median is above 1 or a tenth of its values are; else a value above 1 is an error.
// - Dates with the year last: a first part above 12 shows day first, a second part above 12
//   month first; with both, ambiguous dates in the column are refused.
class ColumnSurvey
{
    Q_DECLARE_TR_FUNCTIONS(ColumnSurvey)

public:
    enum class Kind { Count, Number, Money, Rate, Share, Date };

    struct Options
    {
        // The user's reading per column (by index) and for the whole file; Auto: not chosen.
        QHash<qsizetype, DecimalMark> columnMarks;
        DecimalMark fileMark = DecimalMark::Auto;
        QLocale locale; // the tie breaker when nothing else decides
    };

    // What was decided for one column, and why, for the preview and the report.
    struct Reading
    {
        qsizetype column = -1;
        Kind kind = Kind::Number;
        DecimalMark mark = DecimalMark::Point;
        bool separatorsSeen = false; // any "." or "," at all; else the mark did not matter
        bool ambiguous = false; // decided by the file's choice or the locale only
        bool mixed = false; // values show both marks
        RatioScale scale = RatioScale::Fraction; // rates and shares
        DateOrder dateOrder = DateOrder::Unknown;
        QString why; // how the decimal mark (or the dates) are read, one sentence
        bool notable = false; // why is worth a line in the report (not just a decimal point)
        QString scaleWhy; // how a rate column's scale was decided; empty when nothing to say
    };

    void addColumn(qsizetype column, Kind kind, const QString &header);
    void add(const CsvRecord &record);
    void decide(const Options &options);

    DecimalMark decimalMark(qsizetype column) const;
    // The mark to read one value of the column with: the column's, except in a column that
    // shows both marks, where a value whose own separators tell ("12,5", "1.5M") is read so and
    // only values such as "1.200" take the column's.
    DecimalMark markFor(qsizetype column, QStringView value) const;
    RatioScale rateScale(qsizetype column) const;
    DateOrder dateOrder(qsizetype column) const;
    const QList<Reading> &readings() const { return m_readings; }
    // The columns whose decimal mark nothing in the file decided.
    QList<qsizetype> ambiguousColumns() const;
    // The decisions as sentences for the report: those that matter (a decimal comma, thousands,
    // an ambiguous or mixed column, a rate scale, a date order).
    QStringList notes() const;

private:
    struct Column
    {
        qsizetype column = -1;
        Kind kind = Kind::Number;
        QString header;
        qint64 point = 0, comma = 0, ambiguous = 0;
        qint64 pointLine = 0, commaLine = 0, ambiguousLine = 0;
        QString pointExample, commaExample, ambiguousExample;
        char16_t ambiguousSeparator = 0; // of the first ambiguous value
        // Rates: bare values (no "%") by range, and values with "%".
        qint64 bare = 0, bareAbove1 = 0, bareFrom03 = 0, percentSigns = 0;
        qint64 above1Line = 0;
        QString above1Example;
        // Dates.
        bool dayFirst = false, monthFirst = false;
        qint64 dayFirstLine = 0, monthFirstLine = 0;
        QString dayFirstExample, monthFirstExample;
    };

    void addNumber(Column &c, QStringView value, qint64 line);
    void addRate(Column &c, QStringView value, qint64 line);
    void addDate(Column &c, QStringView value, qint64 line);
    Reading decideMark(const Column &c, const Options &options, qint64 filePoint,
                       qint64 fileComma) const;
    void decideScale(const Column &c, Reading &r) const;
    void decideDates(const Column &c, Reading &r) const;
    const Reading *readingOf(qsizetype column) const;

    QList<Column> m_columns;
    QList<Reading> m_readings;
};

} // namespace tierscope::core
