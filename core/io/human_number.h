// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <optional>

namespace tierscope::core {

// Which character separates the decimals. Auto follows the rules below; Point and Comma are a
// column's known convention (the import learns it from the whole column, docs/IMPORT.md): the
// other character then only groups thousands, so "1.200" is 1200 with Comma and 1.2 with Point.
enum class DecimalMark { Auto, Point, Comma };

// What the separators of one cell say about the decimal mark, before any convention is known.
enum class NumberShape {
    NoSeparator, // "1200", "5K": fits either convention
    Point, // "12.5", "1,234.5", "1,234,567", "856.3K": only a decimal point reads it
    Comma, // "12,5", "1.234,5", "1.234.567", "1,2 Mio.": only a decimal comma reads it
    Ambiguous, // "1.200", "12,300": one separator before exactly three digits
    NotANumber,
};

// The exact decimal value of a number as people write it in spreadsheets: digits × 10^exponent,
// kept exact so that "13.8M" is 13,800,000 and "1.39%" is the double nearest 0.0139.
//
// Accepted: a sign (+, -, U+2212); digits with grouping; a decimal separator; an exponent
// ("2.28E+11"); a scale suffix, case-insensitive, with or without a space and a final dot
// (k / thousand / tsd. / tausend = 10³; m / mn / mm / mln / million / mio. = 10⁶; b / bn / bln /
// billion / mrd. / md. / milliarde(n) = 10⁹); a trailing "%"; a trailing ".-" or ",-" (a whole
// amount, "300.-").
// Grouping and decimal separators with DecimalMark::Auto:
// - spaces (also no-break U+00A0, narrow no-break U+202F, thin U+2009, figure U+2007) and
//   apostrophes (' and ’) only group digits: "1 234", "1'234";
// - with both "." and ",", the last one is the decimal separator: "1,234.5", "1.200,50";
// - a single "," is a thousands separator when it is followed by exactly three digits and
//   preceded by one to three digits not starting with 0 ("15,000" = 15000, "1,500K" = 1.5M);
//   otherwise it is a decimal comma ("1,5K" = 1500, "0,89" = 0.89, "1234,567" = 1234.567);
// - a single "." is always a decimal point ("1.200" = 1.2); several ("1.234.567") group;
// - groups after the first must have exactly three digits, so "1,23,4" is refused.
class HumanNumber
{
    Q_DECLARE_TR_FUNCTIONS(HumanNumber)

public:
    // Parses trimmed text; on failure returns nothing and, if `why` is set, the reason.
    static std::optional<HumanNumber> parse(QStringView text, QString *why = nullptr,
                                            DecimalMark mark = DecimalMark::Auto);
    // What the text's separators say about the decimal mark.
    static NumberShape shape(QStringView text);

    bool isNegative() const { return m_negative && !isZero(); }
    bool isZero() const { return m_digits.size() == 1 && m_digits[0] == '0'; }
    bool hasPercentSign() const { return m_percent; }

    // value × 10^shift as the nearest double; nothing when it over- or underflows.
    std::optional<double> toDouble(int shift = 0) const;
    // True when the value has no fractional part.
    bool isWhole() const { return m_exponent >= 0; }
    // The value as an integer; nothing when it is not whole or does not fit in 64 bits.
    std::optional<qint64> toInteger() const;

private:
    QVarLengthArray<char, 24> m_digits {'0'}; // no leading or trailing zeros; "0" for zero
    int m_exponent = 0;
    bool m_negative = false;
    bool m_percent = false;
};

} // namespace tierscope::core
