// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/human_number.h"

#include <QVarLengthArray>

#include <charconv>
#include <cmath>
#include <limits>

namespace tierscope::core {

namespace {

constexpr int MaxExponent = 100'000; // far beyond double; keeps the arithmetic in int

bool isGroupSpace(char16_t c)
{
    return c == u' ' || c == 0x00A0 || c == 0x202F || c == 0x2009 || c == 0x2007 || c == u'\''
        || c == 0x2019;
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// Scale word → power of ten, or -1.
int suffixExponent(QStringView word)
{
    if (word.size() == 1) { // the common case, without string comparisons
        switch (word[0].unicode() | 0x20) {
        case u'k':
            return 3;
        case u'm':
            return 6;
        case u'b':
            return 9;
        default:
            return -1;
        }
    }
    struct Suffix
    {
        QStringView word;
        int exponent;
    };
    static constexpr Suffix suffixes[] = {
        {u"k", 3},         {u"thousand", 3}, {u"tsd", 3},       {u"tausend", 3},    {u"m", 6},
        {u"mn", 6},        {u"mm", 6},       {u"mln", 6},       {u"million", 6},    {u"mio", 6},
        {u"millionen", 6}, {u"b", 9},        {u"bn", 9},        {u"bln", 9},        {u"billion", 9},
        {u"mrd", 9},       {u"md", 9},       {u"milliarde", 9}, {u"milliarden", 9},
    };
    for (const Suffix &s : suffixes) {
        if (word.compare(s.word, Qt::CaseInsensitive) == 0)
            return s.exponent;
    }
    return -1;
}

// One separator before exactly three digits, after one to three digits not starting with 0
// ("1.200", "12,300"): a thousands group or a decimal mark.
bool groupShaped(QStringView m, qsizetype separatorAt, bool spaces)
{
    const qsizetype afterDigits = m.size() - separatorAt - 1;
    const QStringView before = m.first(separatorAt);
    return afterDigits == 3 && !spaces && before.size() >= 1 && before.size() <= 3
        && before[0] != u'0';
}

// The dots, commas and grouping spaces of a mantissa; ok is false when it holds anything but
// those and digits (and, with exponent, the letters and signs of an exponent).
struct Separators
{
    qsizetype dots = 0, commas = 0, lastDot = -1, lastComma = -1;
    bool spaces = false;
    bool ok = true;
};

Separators separatorsOf(QStringView m, bool exponent)
{
    Separators s;
    for (qsizetype i = 0; i < m.size(); ++i) {
        const char16_t c = m[i].unicode();
        if (c == u'.') {
            ++s.dots;
            s.lastDot = i;
        } else if (c == u',') {
            ++s.commas;
            s.lastComma = i;
        } else if (isGroupSpace(c)) {
            s.spaces = true;
        } else if (!isDigit(c)
                   && !(exponent && (c == u'e' || c == u'E' || c == u'+' || c == u'-'))) {
            s.ok = false;
            break;
        }
    }
    return s;
}

// Integer and fraction digits of a mantissa such as "1,234.5" (see the header for the rules).
bool splitMantissa(QStringView m, DecimalMark mark, QVarLengthArray<char, 64> &digits,
                   int &fractionDigits)
{
    const auto [dots, commas, lastDot, lastComma, spaces, ok] = separatorsOf(m, false);
    if (!ok)
        return false;
    char16_t decimal = 0;
    char16_t group = 0;
    if (mark != DecimalMark::Auto) {
        decimal = mark == DecimalMark::Point ? u'.' : u',';
        group = mark == DecimalMark::Point ? u',' : u'.';
        if ((mark == DecimalMark::Point ? dots : commas) > 1)
            return false;
        if (!(mark == DecimalMark::Point ? dots : commas))
            decimal = 0;
    } else if (dots && commas) {
        decimal = lastDot > lastComma ? u'.' : u',';
        group = decimal == u'.' ? u',' : u'.';
        if ((decimal == u'.' ? dots : commas) != 1)
            return false;
    } else if (commas == 1) {
        (groupShaped(m, lastComma, spaces) ? group : decimal) = u',';
    } else if (commas > 1) {
        group = u',';
    } else if (dots == 1) {
        decimal = u'.';
    } else if (dots > 1) {
        group = u'.';
    }

    const qsizetype decimalAt = decimal ? m.lastIndexOf(QChar(decimal)) : -1;
    const QStringView integer = decimalAt >= 0 ? m.first(decimalAt) : m;
    const QStringView fraction = decimalAt >= 0 ? m.sliced(decimalAt + 1) : QStringView();

    // Groups: first 1–3 digits, then exactly 3; one kind of separator only.
    qsizetype groupLength = 0;
    qsizetype groups = 0;
    char16_t separatorSeen = 0;
    for (const QChar qc : integer) {
        const char16_t c = qc.unicode();
        if (isDigit(c)) {
            digits.append(static_cast<char>(c));
            ++groupLength;
            continue;
        }
        const bool separator = c == group || isGroupSpace(c);
        const char16_t kind = c == group ? group : u' ';
        if (!separator || (separatorSeen && separatorSeen != kind) || groupLength == 0
            || (groups == 0 ? groupLength > 3 : groupLength != 3))
            return false;
        separatorSeen = kind;
        ++groups;
        groupLength = 0;
    }
    if (groups > 0 && groupLength != 3)
        return false;
    for (const QChar qc : fraction) {
        if (!isDigit(qc.unicode()))
            return false;
        digits.append(static_cast<char>(qc.unicode()));
    }
    fractionDigits = static_cast<int>(fraction.size());
    return !digits.isEmpty();
}

} // namespace

namespace {

// Strips a trailing ".-" / ",-" ("300.-": a whole amount, as Swiss and German prices write it).
QStringView withoutWholeDash(QStringView s)
{
    if (s.size() >= 3
        && (s.endsWith(u".-") || s.endsWith(u",-") || s.endsWith(u".–") || s.endsWith(u",–")))
        return s.chopped(2);
    return s;
}

// The trailing letters of a scale suffix, with a final dot ("Mio.", "Tsd."): their count with
// the dot, 0 when there are none.
qsizetype suffixLength(QStringView s)
{
    qsizetype end = s.size();
    if (end > 1 && s[end - 1] == u'.' && s[end - 2].isLetter())
        --end;
    qsizetype letters = 0;
    while (letters < end && s[end - 1 - letters].isLetter())
        ++letters;
    return letters ? letters + (s.size() - end) : 0;
}

} // namespace

NumberShape HumanNumber::shape(QStringView text)
{
    QStringView s = text.trimmed();
    if (s.endsWith(u'%') || s.endsWith(QChar(0xFF05)))
        s = s.chopped(1).trimmed();
    if (!s.isEmpty() && (s[0] == u'+' || s[0] == u'-' || s[0] == QChar(0x2212)))
        s = s.sliced(1);
    s = withoutWholeDash(s);
    const qsizetype suffix = suffixLength(s);
    if (suffix) {
        QStringView word = s.last(suffix);
        if (word.endsWith(u'.'))
            word.chop(1);
        if (suffixExponent(word) < 0)
            return NumberShape::NotANumber;
        s = s.chopped(suffix).trimmed();
    }
    const auto [dots, commas, lastDot, lastComma, spaces, ok] = separatorsOf(s, true);
    if (!ok)
        return NumberShape::NotANumber;
    if (dots && commas)
        return lastDot > lastComma ? NumberShape::Point : NumberShape::Comma;
    if (commas > 1)
        return NumberShape::Point;
    if (dots > 1)
        return NumberShape::Comma;
    if (commas == 1)
        return groupShaped(s, lastComma, spaces) ? NumberShape::Ambiguous : NumberShape::Comma;
    if (dots == 1)
        return groupShaped(s, lastDot, spaces) ? NumberShape::Ambiguous : NumberShape::Point;
    return NumberShape::NoSeparator;
}

std::optional<HumanNumber> HumanNumber::parse(QStringView text, QString *why, DecimalMark mark)
{
    const auto invalid = [why](const QString &reason) -> std::optional<HumanNumber> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    HumanNumber n;
    QStringView s = text.trimmed();
    if (s.endsWith(u'%') || s.endsWith(QChar(0xFF05))) {
        n.m_percent = true;
        s = s.chopped(1).trimmed();
    }
    if (!s.isEmpty() && (s[0] == u'+' || s[0] == u'-' || s[0] == QChar(0x2212))) {
        n.m_negative = s[0] != u'+';
        s = s.sliced(1);
    }
    s = withoutWholeDash(s);
    // Scale suffix: the trailing letters (and a final dot), unless they are part of an exponent.
    const qsizetype letters = suffixLength(s);
    int scale = 0;
    if (letters > 0) {
        QStringView word = s.last(letters);
        if (word.endsWith(u'.'))
            word.chop(1);
        scale = suffixExponent(word);
        if (scale < 0)
            return invalid(tr("“%1” is not a number.").arg(text.toString()));
        s = s.chopped(letters).trimmed();
    }
    // Exponent.
    qsizetype e = -1;
    for (qsizetype i = 0; i < s.size() && e < 0; ++i) {
        if (s[i] == u'e' || s[i] == u'E')
            e = i;
    }
    long exponent = 0;
    if (e >= 0) {
        QStringView ex = s.sliced(e + 1);
        bool negativeExponent = false;
        if (!ex.isEmpty() && (ex[0] == u'+' || ex[0] == u'-')) {
            negativeExponent = ex[0] == u'-';
            ex = ex.sliced(1);
        }
        if (ex.isEmpty())
            return invalid(tr("“%1” is not a number.").arg(text.toString()));
        for (const QChar c : ex) {
            if (!isDigit(c.unicode()))
                return invalid(tr("“%1” is not a number.").arg(text.toString()));
            exponent = std::min<long>(exponent * 10 + (c.unicode() - u'0'), MaxExponent);
        }
        if (negativeExponent)
            exponent = -exponent;
        s = s.first(e);
    }
    QVarLengthArray<char, 64> digits;
    int fractionDigits = 0;
    if (s.isEmpty() || !splitMantissa(s, mark, digits, fractionDigits))
        return invalid(tr("“%1” is not a number.").arg(text.toString()));

    // Normalise: no leading zeros, no trailing zeros (moved into the exponent).
    qsizetype first = 0;
    while (first < digits.size() && digits[first] == '0')
        ++first;
    qsizetype last = digits.size();
    while (last > first && digits[last - 1] == '0')
        --last;
    if (first == last) {
        n.m_exponent = 0; // m_digits is already "0"
    } else {
        n.m_digits.clear();
        n.m_digits.append(digits.constData() + first, last - first);
        n.m_exponent = static_cast<int>(exponent + scale - fractionDigits + (digits.size() - last));
    }
    return n;
}

std::optional<double> HumanNumber::toDouble(int shift) const
{
    QVarLengthArray<char, 96> buffer;
    if (m_negative)
        buffer.append('-');
    buffer.append(m_digits.constData(), m_digits.size());
    char exponent[16] = {'e'};
    const auto written =
        std::to_chars(exponent + 1, exponent + sizeof exponent, m_exponent + shift);
    buffer.append(exponent, written.ptr - exponent);
    double value = 0;
    const auto [end, ec] =
        std::from_chars(buffer.constData(), buffer.constData() + buffer.size(), value);
    if (ec != std::errc() || end != buffer.constData() + buffer.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> HumanNumber::toInteger() const
{
    if (!isWhole())
        return std::nullopt;
    if (m_digits.size() + m_exponent > 19)
        return std::nullopt;
    qint64 v = 0;
    for (const char c : m_digits) {
        if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, c - '0', &v))
            return std::nullopt;
    }
    for (int i = 0; i < m_exponent; ++i) {
        if (__builtin_mul_overflow(v, 10, &v))
            return std::nullopt;
    }
    return isNegative() ? -v : v;
}

} // namespace tierscope::core
