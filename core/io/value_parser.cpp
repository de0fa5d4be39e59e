// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/value_parser.h"

#include "core/io/human_number.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <array>
#include <charconv>

namespace tierscope::core {

namespace {

QString tr(const char *text)
{
    // lupdate files the calls made in this unnamed namespace under "tierscope::core", and those
    // made in ValueParser's members under "ValueParser": look in both.
    const QString translated = QCoreApplication::translate("ValueParser", text);
    return translated != QLatin1String(text) ? translated
                                             : QCoreApplication::translate("tierscope::core", text);
}

Error invalid(const QString &message)
{
    return Error {Error::Code::InvalidArgument, message};
}

QString quoted(QStringView text)
{
    return u'“' + text.toString() + u'”';
}

bool isInfinityWord(QStringView s)
{
    if (!s.isEmpty() && (s[0] == u'+' || s[0] == u'-'))
        s = s.sliced(1);
    if (s.isEmpty() || !(s[0] == u'i' || s[0] == u'I' || s[0] == u'∞'))
        return false;
    return s.compare(u"inf", Qt::CaseInsensitive) == 0
        || s.compare(u"infinity", Qt::CaseInsensitive) == 0 || s == u"∞";
}

// Plain decimals ("48700", "0.0421") are most cells of a real file; they skip the human-number
// rules (same result, a fraction of the cost). Returns false for anything else.
struct Plain
{
    char text[32];
    qsizetype size = 0;
    bool hasPoint = false;
};

bool plainDecimal(QStringView s, Plain &out)
{
    if (s.isEmpty() || s.size() > 24)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= u'0' && c <= u'9') {
            out.text[i] = static_cast<char>(c);
        } else if (c == u'.' && !out.hasPoint && i > 0 && i + 1 < s.size()) {
            out.text[i] = '.';
            out.hasPoint = true;
        } else {
            return false;
        }
    }
    out.size = s.size();
    return true;
}

// value × 10^shift, correctly rounded.
double plainToDouble(Plain &p, int shift)
{
    qsizetype n = p.size;
    if (shift) {
        const auto r = std::to_chars(p.text + n + 1, p.text + sizeof p.text, shift);
        p.text[n] = 'e';
        n = r.ptr - p.text;
    }
    double v = 0;
    std::from_chars(p.text, p.text + n, v); // cannot fail: at most 24 digits, |shift| ≤ 2
    return v;
}

// Whether the plain fast path reads `p` as the convention does ("1.200" is 1200 with a comma).
bool plainFits(const Plain &p, DecimalMark mark)
{
    return !p.hasPoint || mark != DecimalMark::Comma;
}

// Parses a plain (not percent) number; unknown → nullopt.
Result<std::optional<HumanNumber>> humanNumber(QStringView text, bool percentAllowed,
                                               DecimalMark mark)
{
    const QStringView s = text.trimmed();
    if (isUnknownMarker(s))
        return std::optional<HumanNumber>();
    if (isInfinityWord(s))
        return invalid(tr("%1 is not a finite number.").arg(quoted(s)));
    QString why;
    std::optional<HumanNumber> n = HumanNumber::parse(s, &why, mark);
    if (!n)
        return invalid(why);
    if (n->hasPercentSign() && !percentAllowed)
        return invalid(tr("%1 is a percentage; a number is expected here.").arg(quoted(s)));
    return n;
}

// A share or rate as a fraction; aboveHundredMessage: the error for a value above 100 %, or
// nullptr when such values are allowed (an engagement rate).
Parsed<double> ratio(QStringView text, RatioScale scale, DecimalMark mark,
                     const char *aboveHundredMessage)
{
    if (Plain p; plainDecimal(text.trimmed(), p) && plainFits(p, mark)) {
        Plain copy = p;
        const bool percent = scale == RatioScale::Percent
            || (scale == RatioScale::Auto && plainToDouble(copy, 0) > 1.0);
        const double v = plainToDouble(p, percent ? -2 : 0);
        if (v > 1.0 && aboveHundredMessage)
            return invalid(tr(aboveHundredMessage).arg(quoted(text.trimmed())));
        return std::optional<double>(v);
    }
    auto n = humanNumber(text, true, mark);
    if (!n)
        return n.error();
    if (!*n)
        return std::optional<double>();
    const QStringView s = text.trimmed();
    if (n.value()->isNegative())
        return invalid(
            tr("%1 is negative; a share between 0 and 100 % is expected.").arg(quoted(s)));
    bool percent = n.value()->hasPercentSign() || scale == RatioScale::Percent;
    if (!percent && scale == RatioScale::Auto) {
        const std::optional<double> plain = n.value()->toDouble();
        percent = !plain || *plain > 1.0;
    }
    const std::optional<double> value = n.value()->toDouble(percent ? -2 : 0);
    if (!value)
        return invalid(tr("%1 is out of range.").arg(quoted(s)));
    if (*value > 1.0 && aboveHundredMessage)
        return invalid(tr(aboveHundredMessage).arg(quoted(s)));
    return std::optional<double>(*value);
}

// Currency symbols, longest first so that "US$" wins over "$".
struct Symbol
{
    QStringView text;
    QStringView code;
};
constexpr Symbol Symbols[] = {
    {u"US$", u"USD"}, {u"CA$", u"CAD"}, {u"AU$", u"AUD"}, {u"NZ$", u"NZD"}, {u"HK$", u"HKD"},
    {u"MX$", u"MXN"}, {u"R$", u"BRL"},  {u"C$", u"CAD"},  {u"A$", u"AUD"},  {u"S$", u"SGD"},
    {u"zł", u"PLN"},  {u"$", u"USD"},   {u"€", u"EUR"},   {u"£", u"GBP"},   {u"¥", u"JPY"},
    {u"₹", u"INR"},   {u"₩", u"KRW"},   {u"₺", u"TRY"},   {u"₽", u"RUB"}, {u"₱", u"PHP"},
    {u"₦", u"NGN"},   {u"₫", u"VND"},   {u"₪", u"ILS"},   {u"฿", u"THB"},   {u"₴", u"UAH"},
};

constexpr QStringView Codes[] = {
    u"USD", u"EUR", u"GBP", u"JPY", u"CNY", u"INR", u"BRL", u"CAD", u"AUD", u"NZD", u"CHF",
    u"SEK", u"NOK", u"DKK", u"ISK", u"PLN", u"CZK", u"HUF", u"RON", u"BGN", u"TRY", u"RUB",
    u"UAH", u"ZAR", u"NGN", u"KES", u"EGP", u"MAD", u"AED", u"SAR", u"QAR", u"KWD", u"BHD",
    u"OMR", u"ILS", u"SGD", u"HKD", u"TWD", u"KRW", u"THB", u"VND", u"IDR", u"MYR", u"PHP",
    u"MXN", u"ARS", u"CLP", u"COP", u"PEN", u"UYU", u"GEL", u"RSD",
};

QString knownCode(QStringView word)
{
    if (word.size() != 3)
        return {};
    char16_t upper[3];
    for (int i = 0; i < 3; ++i) {
        const char16_t c = word[i].unicode() & ~char16_t(0x20);
        if (c < u'A' || c > u'Z')
            return {};
        upper[i] = c;
    }
    const QStringView key(upper, 3);
    for (const QStringView code : Codes) {
        if (code == key)
            return code.toString();
    }
    return {};
}

// Removes a currency symbol or code at either end of `s`; false when two disagree.
bool takeCurrency(QStringView &s, QString &currency)
{
    const auto found = [&currency](QStringView code) {
        if (!currency.isEmpty() && currency != code)
            return false;
        currency = code.toString();
        return true;
    };
    for (int pass = 0; pass < 2; ++pass) { // "US$ 420 USD": a symbol and a code may both appear
        s = s.trimmed();
        bool took = false;
        for (const Symbol &sym : Symbols) {
            if (s.isEmpty())
                break;
            if (sym.text.front() == s.front() && s.startsWith(sym.text)) {
                s = s.sliced(sym.text.size());
                took = true;
            } else if (sym.text.back() == s.back() && s.endsWith(sym.text)) {
                s = s.chopped(sym.text.size());
                took = true;
            } else {
                continue;
            }
            if (!found(sym.code))
                return false;
            break;
        }
        s = s.trimmed();
        if (s.size() > 3) {
            const QString head = knownCode(s.first(3));
            if (!head.isEmpty() && !s[3].isLetter()) {
                if (!found(head))
                    return false;
                s = s.sliced(3);
                took = true;
            } else if (const QString tail = knownCode(s.last(3));
                       !tail.isEmpty() && !s[s.size() - 4].isLetter()) {
                if (!found(tail))
                    return false;
                s = s.chopped(3);
                took = true;
            }
        }
        if (!took)
            break;
    }
    s = s.trimmed();
    return true;
}

int monthFromName(QStringView word)
{
    static constexpr QStringView names[] = {u"january",   u"february", u"march",    u"april",
                                            u"may",       u"june",     u"july",     u"august",
                                            u"september", u"october",  u"november", u"december"};
    if (word.size() < 3)
        return 0;
    if (word.endsWith(u'.'))
        word.chop(1);
    for (int m = 0; m < 12; ++m) {
        const QStringView name = names[m];
        if (word.size() <= name.size() && name.startsWith(word, Qt::CaseInsensitive))
            return word.size() == 3 || word.size() == name.size() || (m == 8 && word.size() == 4)
                ? m + 1
                : 0;
    }
    return 0;
}

// A run of ASCII digits as a number, or -1; `length` receives the number of digits.
int digitsValue(QStringView s, qsizetype &length)
{
    length = 0;
    int v = 0;
    while (length < s.size() && s[length] >= u'0' && s[length] <= u'9' && length < 9) {
        v = v * 10 + (s[length].unicode() - u'0');
        ++length;
    }
    return length ? v : -1;
}

Parsed<QDate> dateOrError(int y, int m, int d, QStringView s)
{
    const QDate date(y, m, d);
    if (!date.isValid())
        return invalid(tr("%1 is not a valid date.").arg(quoted(s)));
    return std::optional<QDate>(date);
}

// "2026-11-02", "02/11/2026", "02.11.2026"; nothing when the text is not all-numeric.
std::optional<Parsed<QDate>> numericDate(QStringView s, DateOrder order)
{
    int parts[3];
    qsizetype lengths[3];
    QChar separator;
    qsizetype i = 0;
    for (int k = 0; k < 3; ++k) {
        parts[k] = digitsValue(s.sliced(i), lengths[k]);
        if (parts[k] < 0)
            return std::nullopt;
        i += lengths[k];
        if (k == 2)
            break;
        if (i >= s.size())
            return std::nullopt;
        const QChar sep = s[i];
        if (sep != u'-' && sep != u'/' && sep != u'.')
            return std::nullopt;
        if (k == 1 && sep != separator)
            return std::nullopt;
        separator = sep;
        ++i;
    }
    const QStringView rest = s.sliced(i);
    if (!rest.isEmpty() && !(lengths[0] == 4 && (rest[0] == u'T' || rest[0] == u' ')))
        return std::nullopt; // a time may follow an ISO date only
    if (lengths[0] == 4)
        return dateOrError(parts[0], parts[1], parts[2], s);
    if (lengths[2] != 4 || lengths[0] > 2 || lengths[1] > 2)
        return Parsed<QDate>(
            invalid(tr("%1: write dates as YYYY-MM-DD, with a four-digit year.").arg(quoted(s))));
    const int a = parts[0], b = parts[1], y = parts[2];
    if (a > 12 || a == b)
        return dateOrError(y, b, a, s);
    if (b > 12)
        return dateOrError(y, a, b, s);
    if (separator == u'.' || order == DateOrder::DayFirst)
        return dateOrError(y, b, a, s);
    if (order == DateOrder::MonthFirst)
        return dateOrError(y, a, b, s);
    return Parsed<QDate>(invalid(
        tr("%1 is ambiguous (day/month or month/day?); write it as YYYY-MM-DD.").arg(quoted(s))));
}

// "Nov 2, 2026", "November 2nd 2026", "2 Nov 2026", "2-Nov-2026".
std::optional<Parsed<QDate>> namedMonthDate(QStringView s)
{
    QVarLengthArray<QStringView, 4> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const bool separator =
            i == s.size() || s[i].isSpace() || s[i] == u',' || s[i] == u'-' || s[i] == u'/';
        if (separator && start >= 0) {
            if (words.size() == 3)
                return std::nullopt;
            words.append(s.sliced(start, i - start));
            start = -1;
        } else if (!separator && start < 0) {
            start = i;
        }
    }
    if (words.size() != 3)
        return std::nullopt;
    int month = 0, day = -1, year = -1;
    for (QStringView w : words) {
        if (const int m = monthFromName(w); m && !month) {
            month = m;
            continue;
        }
        qsizetype n = 0;
        const int v = digitsValue(w, n);
        if (v < 0)
            return std::nullopt;
        const QStringView ordinal = w.sliced(n);
        const bool ordinalOk = ordinal.isEmpty() || ordinal.compare(u"st", Qt::CaseInsensitive) == 0
            || ordinal.compare(u"nd", Qt::CaseInsensitive) == 0
            || ordinal.compare(u"rd", Qt::CaseInsensitive) == 0
            || ordinal.compare(u"th", Qt::CaseInsensitive) == 0;
        if (!ordinalOk)
            return std::nullopt;
        if (n == 4 && ordinal.isEmpty() && year < 0)
            year = v;
        else if (n <= 2 && day < 0)
            day = v;
        else
            return std::nullopt;
    }
    if (!month || day < 0)
        return std::nullopt;
    if (year < 0)
        return Parsed<QDate>(
            invalid(tr("%1: write dates as YYYY-MM-DD, with a four-digit year.").arg(quoted(s))));
    return dateOrError(year, month, day, s);
}

} // namespace

bool isUnknownMarker(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return true;
    // Fast exit for numbers and text: every marker starts with one of these.
    switch (s[0].unicode() | 0x20) {
    case u'n':
    case u'#':
    case u'-':
    case u'?':
    case u'u':
    case u'k':
        break;
    default:
        if (s[0] != u'—' && s[0] != u'–')
            return false;
    }
    if (s.size() > 13)
        return false;
    // Spreadsheet errors (#DIV/0! …) and "k. A." / "n. v." (German: no information, not
    // available) are missing values as well.
    static constexpr QStringView markers[] = {
        u"nan",     u"nan%",    u"n/a",   u"na",
        u"#n/a",    u"-",       u"--",    u"—",
        u"–",       u"null",    u"none",  u"nil",
        u"?",       u"unknown", u"n.a.",  u"not available",
        u"#div/0!", u"#value!", u"#ref!", u"#num!",
        u"#name?",  u"#null!",  u"k.a.",  u"k. a.",
        u"n.v.",    u"n. v.",   u"-%",
    };
    for (const QStringView m : markers) {
        if (s.compare(m, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Parsed<double> parseNumber(QStringView text, DecimalMark mark)
{
    if (Plain p; plainDecimal(text.trimmed(), p) && plainFits(p, mark))
        return std::optional<double>(plainToDouble(p, 0));
    auto n = humanNumber(text, false, mark);
    if (!n)
        return n.error();
    if (!*n)
        return std::optional<double>();
    const std::optional<double> v = n.value()->toDouble();
    if (!v)
        return invalid(tr("%1 is out of range.").arg(quoted(text.trimmed())));
    return std::optional<double>(*v);
}

Parsed<double> parseNonNegativeNumber(QStringView text, DecimalMark mark)
{
    Parsed<double> v = parseNumber(text, mark);
    if (v && v.value() && *v.value() < 0)
        return invalid(tr("%1 is negative.").arg(quoted(text.trimmed())));
    return v;
}

Parsed<qint64> parseCount(QStringView text, DecimalMark mark)
{
    if (Plain p; plainDecimal(text.trimmed(), p) && !p.hasPoint && p.size <= 18) {
        qint64 v = 0;
        for (qsizetype i = 0; i < p.size; ++i)
            v = v * 10 + (p.text[i] - '0');
        return std::optional<qint64>(v);
    }
    auto n = humanNumber(text, false, mark);
    if (!n)
        return n.error();
    if (!*n)
        return std::optional<qint64>();
    const QStringView s = text.trimmed();
    if (n.value()->isNegative())
        return invalid(tr("%1 is negative; a count cannot be.").arg(quoted(s)));
    if (!n.value()->isWhole())
        return invalid(tr("%1 is not a whole number.").arg(quoted(s)));
    const std::optional<qint64> v = n.value()->toInteger();
    if (!v)
        return invalid(tr("%1 is out of range.").arg(quoted(s)));
    return std::optional<qint64>(*v);
}

Parsed<double> parsePercentage(QStringView text, DecimalMark mark)
{
    if (Plain p; plainDecimal(text.trimmed(), p) && plainFits(p, mark))
        return std::optional<double>(plainToDouble(p, -2));
    auto n = humanNumber(text, true, mark);
    if (!n)
        return n.error();
    if (!*n)
        return std::optional<double>();
    const std::optional<double> v = n.value()->toDouble(-2);
    if (!v)
        return invalid(tr("%1 is out of range.").arg(quoted(text.trimmed())));
    return std::optional<double>(*v);
}

Parsed<double> parseRatio(QStringView text, RatioScale scale, DecimalMark mark)
{
    return ratio(text, scale, mark,
                 QT_TRANSLATE_NOOP("ValueParser",
                                   "%1 is above 100 %; a share between 0 and 100 % is expected."));
}

Parsed<double> parseEngagementRate(QStringView text, RatioScale scale, DecimalMark mark)
{
    return ratio(text, scale, mark, nullptr);
}

Parsed<MoneyAmount> parseMoney(QStringView text, DecimalMark mark)
{
    QStringView s = text.trimmed();
    if (isUnknownMarker(s))
        return std::optional<MoneyAmount>();
    MoneyAmount money;
    if (!takeCurrency(s, money.currency))
        return invalid(tr("%1 names two different currencies.").arg(quoted(text.trimmed())));
    if (s.isEmpty())
        return invalid(tr("%1 has no amount.").arg(quoted(text.trimmed())));
    const bool wholeDash = s.size() >= 3 && (s[s.size() - 2] == u'.' || s[s.size() - 2] == u',')
        && (s.back() == u'-' || s.back() == u'–'); // "300.-"
    for (qsizetype i = 1; i < s.size() - (wholeDash ? 1 : 0); ++i) {
        const QChar c = s[i];
        if ((c == u'-' || c == u'–' || c == u'—') && s[i - 1] != u'e' && s[i - 1] != u'E')
            return invalid(tr("%1 is a range; enter one amount.").arg(quoted(text.trimmed())));
    }
    auto n = humanNumber(s, false, mark);
    if (!n)
        return n.error();
    if (!*n)
        return invalid(tr("%1 has no amount.").arg(quoted(text.trimmed())));
    if (n.value()->isNegative())
        return invalid(tr("%1 is negative.").arg(quoted(text.trimmed())));
    const std::optional<double> v = n.value()->toDouble();
    if (!v)
        return invalid(tr("%1 is out of range.").arg(quoted(text.trimmed())));
    money.amount = *v;
    return std::optional<MoneyAmount>(money);
}

Parsed<QDate> parseDate(QStringView text, DateOrder order)
{
    const QStringView s = text.trimmed();
    if (isUnknownMarker(s))
        return std::optional<QDate>();
    if (std::optional<Parsed<QDate>> d = numericDate(s, order))
        return *d;
    if (std::optional<Parsed<QDate>> d = namedMonthDate(s))
        return *d;
    return invalid(tr("%1 is not a date; write it as YYYY-MM-DD.").arg(quoted(s)));
}

std::optional<std::pair<int, int>> numericDayMonth(QStringView v)
{
    int parts[2] = {0, 0};
    qsizetype i = 0;
    QChar separator;
    for (int k = 0; k < 2; ++k) {
        const qsizetype start = i;
        while (i < v.size() && i - start < 3 && v[i] >= u'0' && v[i] <= u'9')
            parts[k] = parts[k] * 10 + (v[i++].unicode() - u'0');
        if (i == start || i - start > 2 || i >= v.size())
            return std::nullopt;
        if (k == 0)
            separator = v[i];
        if ((separator != u'/' && separator != u'-') || v[i] != separator)
            return std::nullopt;
        ++i;
    }
    const QStringView year = v.sliced(i);
    if (year.size() != 4)
        return std::nullopt;
    for (const QChar c : year) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return std::pair {parts[0], parts[1]};
}

Parsed<bool> parseBoolean(QStringView text)
{
    const QStringView s = text.trimmed();
    if (isUnknownMarker(s))
        return std::optional<bool>();
    static constexpr QStringView yes[] = {u"true", u"yes", u"y", u"1", u"on",
                                          u"t",    u"x",   u"✓", u"✔"};
    static constexpr QStringView no[] = {u"false", u"no", u"n", u"0", u"off", u"f", u"✗", u"✘"};
    for (const QStringView w : yes) {
        if (s.compare(w, Qt::CaseInsensitive) == 0)
            return std::optional<bool>(true);
    }
    for (const QStringView w : no) {
        if (s.compare(w, Qt::CaseInsensitive) == 0)
            return std::optional<bool>(false);
    }
    return invalid(tr("%1 is not yes or no.").arg(quoted(s)));
}

} // namespace tierscope::core
