// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/value_parser.h"

#include <QTest>

#include <cmath>

using namespace tierscope::core;

namespace {

// Expected outcome of a parse: a value, unknown, or an error.
enum class Kind { Value, Unknown, Invalid };

template<typename T>
void checkParsed(const Parsed<T> &parsed, Kind kind, const T &expected, const QString &errorWords = {})
{
    switch (kind) {
    case Kind::Value:
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QVERIFY(parsed->has_value());
        QCOMPARE(**parsed, expected);
        break;
    case Kind::Unknown:
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QVERIFY(!parsed->has_value());
        break;
    case Kind::Invalid:
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().message.isEmpty());
        if (!errorWords.isEmpty())
            QVERIFY2(parsed.error().message.contains(errorWords), qPrintable(parsed.error().message));
        break;
    }
}

} // namespace

Q_DECLARE_METATYPE(Kind)

class TestValueParser : public QObject
{
    Q_OBJECT

private slots:
    void isUnknownMarker_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("unknown");
        for (const char16_t *m : {u"", u"   ", u"NaN", u"nan", u"N/A", u"n/a", u"NA", u"#N/A", u"-", u"--", u"—", u"–",
                                  u"null", u"NULL", u"none", u"None", u"nil", u"?", u"unknown", u" n/a ", u"\u00A0",
                                  u"NaN%", u"#DIV/0!", u"#VALUE!", u"#REF!", u"k. A.", u"k.A.", u"n.v."})
            QTest::addRow("%s", qPrintable(QString::fromUtf16(m))) << QString::fromUtf16(m) << true;
        for (const char16_t *m : {u"0", u"nano", u"-5", u"name", u"n", u"x"})
            QTest::addRow("not: %s", qPrintable(QString::fromUtf16(m))) << QString::fromUtf16(m) << false;
    }
    void isUnknownMarker()
    {
        QFETCH(QString, text);
        QFETCH(bool, unknown);
        QCOMPARE(tierscope::core::isUnknownMarker(text), unknown);
    }

    void parseNumber_readsHumanNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<double>("expected");
        const auto value = [](const char *name, const QString &text, double v) {
            QTest::newRow(name) << text << Kind::Value << v;
        };
        value("plain", u"42"_qs, 42);
        value("suffix M", u"13.8M"_qs, 13.8e6);
        value("suffix K", u"50.2K"_qs, 50200);
        value("suffix lowercase b", u"1.2b"_qs, 1.2e9);
        value("0.89k", u"0.89k"_qs, 890);
        value("suffix with space", u"13.8 M"_qs, 13.8e6);
        value("suffix bn", u"2bn"_qs, 2e9);
        value("suffix word", u"1.5 million"_qs, 1.5e6);
        value("thousands comma", u"15,000"_qs, 15000);
        value("several thousands commas", u"1,234,567"_qs, 1234567);
        value("grouped with decimals and suffix", u"1,234.5K"_qs, 1234500);
        value("space grouping", u"1 234"_qs, 1234);
        value("no-break space grouping", u"1\u00A0234\u00A0567"_qs, 1234567);
        value("narrow no-break space grouping", u"1\u202F234"_qs, 1234);
        value("apostrophe grouping", u"1'234"_qs, 1234);
        value("exponent", u"2.28E+11"_qs, 2.28e11);
        value("small exponent", u"5e-3"_qs, 0.005);
        value("plus sign", u"+5"_qs, 5);
        value("minus sign", u"-5"_qs, -5);
        value("unicode minus", u"\u22125"_qs, -5);
        value("decimal comma with suffix", u"1,5K"_qs, 1500);
        value("decimal comma", u"0,89"_qs, 0.89);
        value("leading zero comma is decimal", u"0,500"_qs, 0.5);
        value("four digits before comma is decimal", u"1234,567"_qs, 1234.567);
        value("European grouping", u"1.234.567,5"_qs, 1234567.5);
        value("single dot is decimal", u"1.200"_qs, 1.2);
        value("leading dot", u".5"_qs, 0.5);
        value("surrounding spaces", u"  42 "_qs, 42);
        value("20 digits as a number", u"99999999999999999999"_qs, 1e20);
        const auto unknown = [](const char *name, const QString &text) {
            QTest::newRow(name) << text << Kind::Unknown << 0.0;
        };
        unknown("empty", QString());
        unknown("NaN", u"NaN"_qs);
        unknown("N/A", u"N/A"_qs);
        unknown("dash", u"-"_qs);
        const auto bad = [](const char *name, const QString &text) {
            QTest::newRow(name) << text << Kind::Invalid << 0.0;
        };
        bad("letters", u"abc"_qs);
        bad("1e400 overflows", u"1e400"_qs);
        bad("infinity", u"inf"_qs);
        bad("percent", u"5%"_qs);
        bad("two decimal points", u"1.2.3"_qs);
        bad("bad grouping", u"1,23,4"_qs);
        bad("bad space grouping", u"1 23"_qs);
        bad("unknown suffix", u"12x"_qs);
        bad("suffix only", u"k"_qs);
        bad("exponent without digits", u"1e"_qs);
        bad("two signs", u"--5"_qs);
    }
    void parseNumber_readsHumanNumbers()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(double, expected);
        checkParsed(parseNumber(text), kind, expected);
    }

    void parseNumber_scalesExactly()
    {
        // Decimal scaling, not 13.8 * 1e6 in floating point; compared exactly, not fuzzily.
        QVERIFY(*parseNumber(u"13.8M").value() == 13800000.0);
        QVERIFY(*parseNumber(u"0.89k").value() == 890.0);
        QVERIFY(*parsePercentage(u"1.39%").value() == 0.0139);
        QVERIFY(*parseEngagementRate(u"1.39").value() == 0.0139);
        QVERIFY(*parseNumber(u"2.28E+11").value() == 228000000000.0);
    }

    void parseCount_acceptsOnlyNonNegativeWholeCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QString>("errorWords");
        QTest::newRow("13.8M") << u"13.8M"_qs << Kind::Value << qint64(13'800'000) << QString();
        QTest::newRow("0.89k") << u"0.89k"_qs << Kind::Value << qint64(890) << QString();
        QTest::newRow("15,000") << u"15,000"_qs << Kind::Value << qint64(15'000) << QString();
        QTest::newRow("1 234") << u"1 234"_qs << Kind::Value << qint64(1234) << QString();
        QTest::newRow("2.28E+11") << u"2.28E+11"_qs << Kind::Value << qint64(228'000'000'000) << QString();
        QTest::newRow("1,234.5K") << u"1,234.5K"_qs << Kind::Value << qint64(1'234'500) << QString();
        QTest::newRow("zero") << u"0"_qs << Kind::Value << qint64(0) << QString();
        QTest::newRow("trailing .0") << u"48700.0"_qs << Kind::Value << qint64(48'700) << QString();
        QTest::newRow("int64 max") << u"9223372036854775807"_qs << Kind::Value
                                   << std::numeric_limits<qint64>::max() << QString();
        QTest::newRow("N/A") << u"N/A"_qs << Kind::Unknown << qint64(0) << QString();
        QTest::newRow("empty") << QString() << Kind::Unknown << qint64(0) << QString();
        QTest::newRow("negative") << u"-5"_qs << Kind::Invalid << qint64(0) << u"negative"_qs;
        QTest::newRow("letters") << u"abc"_qs << Kind::Invalid << qint64(0) << u"not a number"_qs;
        QTest::newRow("1e400") << u"1e400"_qs << Kind::Invalid << qint64(0) << u"out of range"_qs;
        QTest::newRow("20 nines") << u"99999999999999999999"_qs << Kind::Invalid << qint64(0) << u"out of range"_qs;
        QTest::newRow("int64 max + 1") << u"9223372036854775808"_qs << Kind::Invalid << qint64(0)
                                       << u"out of range"_qs;
        QTest::newRow("fraction") << u"1.5"_qs << Kind::Invalid << qint64(0) << u"whole"_qs;
        QTest::newRow("fraction after scaling") << u"1.2345K"_qs << Kind::Invalid << qint64(0) << u"whole"_qs;
        QTest::newRow("percent") << u"5%"_qs << Kind::Invalid << qint64(0) << u"percentage"_qs;
    }
    void parseCount_acceptsOnlyNonNegativeWholeCounts()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(qint64, expected);
        QFETCH(QString, errorWords);
        checkParsed(parseCount(text), kind, expected, errorWords);
    }

    void parseNonNegativeNumber_refusesNegative()
    {
        checkParsed(parseNonNegativeNumber(u"1.2K"), Kind::Value, 1200.0);
        checkParsed(parseNonNegativeNumber(u"-3"), Kind::Invalid, 0.0, u"negative"_qs);
        checkParsed(parseNonNegativeNumber(u"n/a"), Kind::Unknown, 0.0);
    }

    void parsePercentage_returnsFraction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<double>("expected");
        QTest::newRow("with sign") << u"1.39%"_qs << Kind::Value << 0.0139;
        QTest::newRow("without sign") << u"1.39"_qs << Kind::Value << 0.0139;
        QTest::newRow("space before sign") << u"12 %"_qs << Kind::Value << 0.12;
        QTest::newRow("decimal comma") << u"1,5%"_qs << Kind::Value << 0.015;
        QTest::newRow("negative growth") << u"-5%"_qs << Kind::Value << -0.05;
        QTest::newRow("above 100") << u"250%"_qs << Kind::Value << 2.5;
        QTest::newRow("unknown") << u"n/a"_qs << Kind::Unknown << 0.0;
        QTest::newRow("garbage") << u"high"_qs << Kind::Invalid << 0.0;
    }
    void parsePercentage_returnsFraction()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(double, expected);
        checkParsed(parsePercentage(text), kind, expected);
    }

    void parseEngagementRate_readsFractionOrPercent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<double>("expected");
        const int autoScale = int(RatioScale::Auto);
        QTest::newRow("percent sign") << u"1.39%"_qs << autoScale << Kind::Value << 0.0139;
        QTest::newRow("bare fraction") << u"0.0139"_qs << autoScale << Kind::Value << 0.0139;
        QTest::newRow("bare percent above 1") << u"1.39"_qs << autoScale << Kind::Value << 0.0139;
        QTest::newRow("exactly 1 is a fraction") << u"1"_qs << autoScale << Kind::Value << 1.0;
        QTest::newRow("100%") << u"100%"_qs << autoScale << Kind::Value << 1.0;
        QTest::newRow("zero") << u"0"_qs << autoScale << Kind::Value << 0.0;
        QTest::newRow("column in percent") << u"0.5"_qs << int(RatioScale::Percent) << Kind::Value << 0.005;
        QTest::newRow("column in fractions") << u"0.5"_qs << int(RatioScale::Fraction) << Kind::Value << 0.5;
        QTest::newRow("unknown") << u"—"_qs << autoScale << Kind::Unknown << 0.0;
        // ER by followers above 100 % is real on video platforms: kept.
        QTest::newRow("above 100 %") << u"101%"_qs << autoScale << Kind::Value << 1.01;
        QTest::newRow("bare above 100") << u"150"_qs << autoScale << Kind::Value << 1.5;
        QTest::newRow("fraction column above 1") << u"1.5"_qs << int(RatioScale::Fraction) << Kind::Value << 1.5;
        QTest::newRow("negative") << u"-0.5%"_qs << autoScale << Kind::Invalid << 0.0;
        QTest::newRow("letters") << u"good"_qs << autoScale << Kind::Invalid << 0.0;
    }
    void parseEngagementRate_readsFractionOrPercent()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        QFETCH(Kind, kind);
        QFETCH(double, expected);
        checkParsed(parseEngagementRate(text, RatioScale(scale)), kind, expected);
        // A share reads the same, but never above 100 %.
        if (kind == Kind::Value && expected > 1.0)
            checkParsed(parseRatio(text, RatioScale(scale)), Kind::Invalid, 0.0);
        else
            checkParsed(parseRatio(text, RatioScale(scale)), kind, expected);
    }

    void parseEngagementRate_keepsRatesAbove100()
    {
        const Parsed<double> er = parseEngagementRate(u"120%");
        QVERIFY(er.ok());
        QCOMPARE(**er, 1.2);
        // A share is still bounded by 100 %.
        QVERIFY(!parseRatio(u"120%").ok());
    }

    // The decimal mark of a column, once known, decides what "1.200" means: never 1.2 silently
    // where the column writes a decimal comma.
    void decimalMark_readsTheColumnsConvention_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mark");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<double>("expected");
        const int comma = int(DecimalMark::Comma), point = int(DecimalMark::Point), autoMark = int(DecimalMark::Auto);
        QTest::newRow("1.200 with a comma column") << u"1.200"_qs << comma << Kind::Value << 1200.0;
        QTest::newRow("1.200 with a point column") << u"1.200"_qs << point << Kind::Value << 1.2;
        QTest::newRow("1.200 by itself") << u"1.200"_qs << autoMark << Kind::Value << 1.2;
        QTest::newRow("12,5 comma") << u"12,5"_qs << comma << Kind::Value << 12.5;
        QTest::newRow("2.500,50 comma") << u"2.500,50"_qs << comma << Kind::Value << 2500.5;
        QTest::newRow("1.234.567 comma") << u"1.234.567"_qs << comma << Kind::Value << 1234567.0;
        QTest::newRow("12,300 point") << u"12,300"_qs << point << Kind::Value << 12300.0;
        QTest::newRow("12,5 in a point column is no number") << u"12,5"_qs << point << Kind::Invalid << 0.0;
        QTest::newRow("12.5 in a comma column is no number") << u"12.5"_qs << comma << Kind::Invalid << 0.0;
        QTest::newRow("1,2 Mio.") << u"1,2 Mio."_qs << comma << Kind::Value << 1.2e6;
        QTest::newRow("1,2 Mio. by itself") << u"1,2 Mio."_qs << autoMark << Kind::Value << 1.2e6;
        QTest::newRow("3 Mrd.") << u"3 Mrd."_qs << autoMark << Kind::Value << 3e9;
        QTest::newRow("12 Tsd.") << u"12 Tsd."_qs << autoMark << Kind::Value << 12000.0;
        QTest::newRow("4,5 Mio") << u"4,5 Mio"_qs << comma << Kind::Value << 4.5e6;
        QTest::newRow("856.3K") << u"856.3K"_qs << point << Kind::Value << 856300.0;
        QTest::newRow("1.1M") << u"1.1M"_qs << autoMark << Kind::Value << 1.1e6;
    }
    void decimalMark_readsTheColumnsConvention()
    {
        QFETCH(QString, text);
        QFETCH(int, mark);
        QFETCH(Kind, kind);
        QFETCH(double, expected);
        checkParsed(parseNumber(text, DecimalMark(mark)), kind, expected);
    }

    void shape_tellsWhatTheSeparatorsSay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("shape");
        const auto row = [](const QString &t, NumberShape s) { QTest::newRow(qPrintable(t)) << t << int(s); };
        row(u"1200"_qs, NumberShape::NoSeparator);
        row(u"5K"_qs, NumberShape::NoSeparator);
        row(u"12.5"_qs, NumberShape::Point);
        row(u"1,234.5"_qs, NumberShape::Point);
        row(u"1,234,567"_qs, NumberShape::Point);
        row(u"856.3K"_qs, NumberShape::Point);
        row(u"0.05"_qs, NumberShape::Point);
        row(u"12,5 %"_qs, NumberShape::Comma);
        row(u"1.234,5"_qs, NumberShape::Comma);
        row(u"1.234.567"_qs, NumberShape::Comma);
        row(u"1,2 Mio."_qs, NumberShape::Comma);
        row(u"0,123"_qs, NumberShape::Comma);
        row(u"1.200"_qs, NumberShape::Ambiguous);
        row(u"12,300"_qs, NumberShape::Ambiguous);
        row(u"300.-"_qs, NumberShape::NoSeparator);
        row(u"abc"_qs, NumberShape::NotANumber);
    }
    void shape_tellsWhatTheSeparatorsSay()
    {
        QFETCH(QString, text);
        QFETCH(int, shape);
        QCOMPARE(int(HumanNumber::shape(text)), shape);
    }

    void parseMoney_readsEuropeanAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mark");
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("currency");
        const int comma = int(DecimalMark::Comma), point = int(DecimalMark::Point);
        QTest::newRow("1.200 €") << u"1.200 €"_qs << comma << 1200.0 << u"EUR"_qs;
        QTest::newRow("2.500,50 €") << u"2.500,50 €"_qs << comma << 2500.5 << u"EUR"_qs;
        QTest::newRow("€1,200.00") << u"€1,200.00"_qs << point << 1200.0 << u"EUR"_qs;
        QTest::newRow("CHF 300.-") << u"CHF 300.-"_qs << point << 300.0 << u"CHF"_qs;
        QTest::newRow("300,- €") << u"300,- €"_qs << comma << 300.0 << u"EUR"_qs;
        QTest::newRow("US$ 1.2k") << u"US$ 1.2k"_qs << point << 1200.0 << u"USD"_qs;
    }
    void parseMoney_readsEuropeanAmounts()
    {
        QFETCH(QString, text);
        QFETCH(int, mark);
        QFETCH(double, amount);
        QFETCH(QString, currency);
        const Parsed<MoneyAmount> m = parseMoney(text, DecimalMark(mark));
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        QVERIFY(m->has_value());
        QCOMPARE((*m)->amount, amount);
        QCOMPARE((*m)->currency, currency);
    }

    void parseMoney_readsAmountAndCurrency_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("currency");
        QTest::newRow("dollar") << u"$420"_qs << Kind::Value << 420.0 << u"USD"_qs;
        QTest::newRow("euro European") << u"€1.200,50"_qs << Kind::Value << 1200.5 << u"EUR"_qs;
        QTest::newRow("code after") << u"420 USD"_qs << Kind::Value << 420.0 << u"USD"_qs;
        QTest::newRow("code before, lowercase") << u"gbp 99.90"_qs << Kind::Value << 99.9 << u"GBP"_qs;
        QTest::newRow("no currency, suffix") << u"1.2k"_qs << Kind::Value << 1200.0 << QString();
        QTest::newRow("symbol and suffix") << u"$1.5K"_qs << Kind::Value << 1500.0 << u"USD"_qs;
        QTest::newRow("US$ with grouping") << u"US$ 1,500"_qs << Kind::Value << 1500.0 << u"USD"_qs;
        QTest::newRow("euro after") << u"250 €"_qs << Kind::Value << 250.0 << u"EUR"_qs;
        QTest::newRow("pound") << u"£75"_qs << Kind::Value << 75.0 << u"GBP"_qs;
        QTest::newRow("real") << u"R$ 300"_qs << Kind::Value << 300.0 << u"BRL"_qs;
        QTest::newRow("symbol and same code") << u"$420 USD"_qs << Kind::Value << 420.0 << u"USD"_qs;
        QTest::newRow("CHF with apostrophes") << u"CHF 1'500.00"_qs << Kind::Value << 1500.0 << u"CHF"_qs;
        QTest::newRow("unknown") << u"N/A"_qs << Kind::Unknown << 0.0 << QString();
        QTest::newRow("negative") << u"-$5"_qs << Kind::Invalid << 0.0 << QString();
        QTest::newRow("range") << u"$100–200"_qs << Kind::Invalid << 0.0 << QString();
        QTest::newRow("two currencies") << u"$420 EUR"_qs << Kind::Invalid << 0.0 << QString();
        QTest::newRow("no amount") << u"$"_qs << Kind::Invalid << 0.0 << QString();
        QTest::newRow("words") << u"negotiable"_qs << Kind::Invalid << 0.0 << QString();
        QTest::newRow("percent") << u"10%"_qs << Kind::Invalid << 0.0 << QString();
    }
    void parseMoney_readsAmountAndCurrency()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(double, amount);
        QFETCH(QString, currency);
        checkParsed(parseMoney(text), kind, MoneyAmount{amount, currency});
    }

    void parseDate_readsCommonFormats_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QDate>("expected");
        const int unknownOrder = int(DateOrder::Unknown);
        const QDate nov2(2026, 11, 2);
        QTest::newRow("ISO") << u"2026-11-02"_qs << unknownOrder << Kind::Value << nov2;
        QTest::newRow("ISO with time") << u"2026-11-02T10:15:00Z"_qs << unknownOrder << Kind::Value << nov2;
        QTest::newRow("ISO slashes") << u"2026/11/02"_qs << unknownOrder << Kind::Value << nov2;
        QTest::newRow("ISO single digits") << u"2026-11-2"_qs << unknownOrder << Kind::Value << nov2;
        QTest::newRow("Nov 2, 2026") << u"Nov 2, 2026"_qs << unknownOrder << Kind::Value << nov2;
        QTest::newRow("November 2nd 2026") << u"November 2nd 2026"_qs << unknownOrder << Kind::Value << nov2;
        QTest::newRow("2 Nov 2026") << u"2 Nov 2026"_qs << unknownOrder << Kind::Value << nov2;
        QTest::newRow("2-Nov-2026") << u"2-Nov-2026"_qs << unknownOrder << Kind::Value << nov2;
        QTest::newRow("Sept") << u"Sept 30, 2026"_qs << unknownOrder << Kind::Value << QDate(2026, 9, 30);
        QTest::newRow("dotted is day first") << u"02.11.2026"_qs << unknownOrder << Kind::Value << nov2;
        QTest::newRow("day > 12 is day first") << u"13/11/2026"_qs << unknownOrder << Kind::Value
                                               << QDate(2026, 11, 13);
        QTest::newRow("second > 12 is month first") << u"11/13/2026"_qs << unknownOrder << Kind::Value
                                                    << QDate(2026, 11, 13);
        QTest::newRow("same day and month") << u"05/05/2026"_qs << unknownOrder << Kind::Value << QDate(2026, 5, 5);
        QTest::newRow("ambiguous, day first hint") << u"02/11/2026"_qs << int(DateOrder::DayFirst) << Kind::Value
                                                   << nov2;
        QTest::newRow("ambiguous, month first hint") << u"11/02/2026"_qs << int(DateOrder::MonthFirst)
                                                     << Kind::Value << nov2;
        QTest::newRow("unknown") << u"n/a"_qs << unknownOrder << Kind::Unknown << QDate();
        QTest::newRow("ambiguous without hint") << u"02/11/2026"_qs << unknownOrder << Kind::Invalid << QDate();
        QTest::newRow("two-digit year") << u"02/11/26"_qs << unknownOrder << Kind::Invalid << QDate();
        QTest::newRow("February 30") << u"2026-02-30"_qs << unknownOrder << Kind::Invalid << QDate();
        QTest::newRow("words") << u"next week"_qs << unknownOrder << Kind::Invalid << QDate();
        QTest::newRow("no day") << u"Nov 2026"_qs << unknownOrder << Kind::Invalid << QDate();
    }
    void parseDate_readsCommonFormats()
    {
        QFETCH(QString, text);
        QFETCH(int, order);
        QFETCH(Kind, kind);
        QFETCH(QDate, expected);
        checkParsed(parseDate(text, DateOrder(order)), kind, expected);
    }

    void parseBoolean_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("expected");
        for (const char16_t *t : {u"true", u"TRUE", u"yes", u"Y", u"1", u"on", u"x", u"✓"})
            QTest::addRow("%s", qPrintable(QString::fromUtf16(t))) << QString::fromUtf16(t) << Kind::Value << true;
        for (const char16_t *t : {u"false", u"No", u"n", u"0", u"off", u"✗"})
            QTest::addRow("%s", qPrintable(QString::fromUtf16(t))) << QString::fromUtf16(t) << Kind::Value << false;
        QTest::newRow("empty is unknown") << QString() << Kind::Unknown << false;
        QTest::newRow("dash is unknown") << u"-"_qs << Kind::Unknown << false;
        QTest::newRow("maybe") << u"maybe"_qs << Kind::Invalid << false;
    }
    void parseBoolean()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(bool, expected);
        checkParsed(tierscope::core::parseBoolean(text), kind, expected);
    }

    void parsers_neverReturnNanOrInfinity()
    {
        for (const char16_t *t : {u"1e400", u"-1e400", u"inf", u"-infinity", u"∞", u"1e-400"}) {
            const Parsed<double> n = parseNumber(QStringView(t));
            QVERIFY2(!n.ok() || !n->has_value() || std::isfinite(**n), qPrintable(QString::fromUtf16(t)));
            const Parsed<double> p = parsePercentage(QStringView(t));
            QVERIFY(!p.ok() || !p->has_value() || std::isfinite(**p));
            const Parsed<MoneyAmount> m = parseMoney(QStringView(t));
            QVERIFY(!m.ok() || !m->has_value() || std::isfinite(m->value().amount));
        }
    }
};

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_value_parser.moc"
