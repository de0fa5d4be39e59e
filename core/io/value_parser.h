// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for the cells of an import file. Pure functions: each returns a value, unknown (an
// empty optional: not zero, not an error) or an error whose message says why, in words a
// marketer understands. NaN and infinities are never returned.
#pragma once

#include "core/common/result.h"
#include "core/io/human_number.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace tierscope::core {

template<typename T> using Parsed = Result<std::optional<T>>;

// How a bare ratio without "%" is read. Auto: a value ≤ 1 is a fraction, a larger one is a
// percentage ("0.0139" and "1.39" are both 1.39 %). Auto cannot tell "0.5" meaning 0.5 % from
// 50 %; an importer that knows a whole column is in percent passes Percent.
enum class RatioScale { Auto, Fraction, Percent };

// How an all-numeric date with the year last is read. Unknown: "02/11/2026" is refused as
// ambiguous, while "13/11/2026" (day first) and "11/13/2026" (month first) are clear.
enum class DateOrder { Unknown, DayFirst, MonthFirst };

struct MoneyAmount
{
    double amount = 0; // major units ("420.5" dollars)
    QString currency; // ISO 4217 code, empty when the text names none
    bool operator==(const MoneyAmount &) const = default;
};

// Empty, whitespace, "NaN", "NaN%", "N/A", "n/a", "NA", "#N/A", "-", "--", "–", "—", "null",
// "none", "nil", "?", "unknown", "n.a.", spreadsheet errors ("#DIV/0!", "#VALUE!", "#REF!",
// "#NUM!", "#NAME?", "#NULL!") and the German "k. A." and "n. v." (case-insensitive).
bool isUnknownMarker(QStringView text);

// The number parsers take the column's decimal mark (human_number.h); Auto reads each value by
// its own shape.

// A human number (rules in human_number.h): "13.8M", "50.2K", "1.2b", "15,000", "1 234",
// "2.28E+11", "+5", "1,5K" (decimal comma). A "%" is refused here.
Parsed<double> parseNumber(QStringView text, DecimalMark mark = DecimalMark::Auto);
// parseNumber, refusing negative values (average likes, views…).
Parsed<double> parseNonNegativeNumber(QStringView text, DecimalMark mark = DecimalMark::Auto);
// A non-negative whole count after scaling ("13.8M" → 13800000; "1.5" and "-5" are errors),
// up to the 64-bit range ("99999999999999999999" and "1e400" are out of range).
Parsed<qint64> parseCount(QStringView text, DecimalMark mark = DecimalMark::Auto);
// A percentage as a fraction; the value is in percent with or without the sign:
// "1.39%" and "1.39" → 0.0139. Not bounded (a growth may be -5 % or 250 %).
Parsed<double> parsePercentage(QStringView text, DecimalMark mark = DecimalMark::Auto);
// A share between 0 and 1 (authenticity, sponsored ratio): "0.8", "80%", "80" (see RatioScale).
// Negative values and values above 100 % are errors.
Parsed<double> parseRatio(QStringView text, RatioScale scale = RatioScale::Auto,
                          DecimalMark mark = DecimalMark::Auto);
// An engagement rate as a fraction, read like parseRatio: "1.39%", "0.0139", "1.39" → 0.0139.
// Above 100 % is kept: by followers it is real on video platforms (docs/ENGAGEMENT.md).
Parsed<double> parseEngagementRate(QStringView text, RatioScale scale = RatioScale::Auto,
                                   DecimalMark mark = DecimalMark::Auto);
// An amount with an optional currency symbol or ISO code before or after it: "$420", "€1.200,50",
// "420 USD", "1.2k", "US$ 1,500", "250 €", "CHF 300.-". "$" is read as USD, "¥" as JPY. Negative
// amounts, ranges ("$100–200") and two different currencies are errors.
Parsed<MoneyAmount> parseMoney(QStringView text, DecimalMark mark = DecimalMark::Auto);
// A date: ISO "2026-11-02" (a time after it is ignored), "2026/11/02", "02.11.2026" (dotted:
// day first), "02/11/2026" (see DateOrder), "Nov 2, 2026", "November 2nd 2026", "2 Nov 2026",
// "2-Nov-2026". Month names in English. Two-digit years are refused.
Parsed<QDate> parseDate(QStringView text, DateOrder order = DateOrder::Unknown);
// The first two parts of an all-numeric date with the year last ("02/11/2026", "2-11-2026":
// one or two digits each, "/" or "-", a four-digit year), else nothing: what tells a column's
// day-first from month-first dates.
std::optional<std::pair<int, int>> numericDayMonth(QStringView text);
// true/false, yes/no, y/n, 1/0, on/off, t/f, x, ✓/✗ (case-insensitive).
Parsed<bool> parseBoolean(QStringView text);

} // namespace tierscope::core
