// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/money.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <limits>

using namespace tierscope::core;

namespace {

const QLocale kUs(QLocale::English, QLocale::UnitedStates);
const QLocale kDe(QLocale::German, QLocale::Germany);

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void minorDigits_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("digits");
        QTest::newRow("USD") << QStringLiteral("USD") << 2;
        QTest::newRow("EUR") << QStringLiteral("EUR") << 2;
        QTest::newRow("GBP") << QStringLiteral("GBP") << 2;
        QTest::newRow("JPY") << QStringLiteral("JPY") << 0;
        QTest::newRow("KRW") << QStringLiteral("KRW") << 0;
        QTest::newRow("KWD") << QStringLiteral("KWD") << 3;
        QTest::newRow("BHD") << QStringLiteral("BHD") << 3;
        QTest::newRow("lower-case jpy") << QStringLiteral("jpy") << 0;
        QTest::newRow("lower-case kwd") << QStringLiteral("kwd") << 3;
    }
    void minorDigits()
    {
        QFETCH(QString, currency);
        QFETCH(int, digits);
        QCOMPARE(Money::minorDigits(currency), digits);
    }

    void isCurrencyCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("USD") << QStringLiteral("USD") << true;
        QTest::newRow("XOF") << QStringLiteral("XOF") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("two letters") << QStringLiteral("US") << false;
        QTest::newRow("four letters") << QStringLiteral("EURO") << false;
        QTest::newRow("digit") << QStringLiteral("US1") << false;
        QTest::newRow("symbol") << QStringLiteral("$") << false;
        QTest::newRow("non-ASCII letter") << QStringLiteral("ÉUR") << false;
    }
    void isCurrencyCode()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(Money::isCurrencyCode(code), valid);
    }

    void fromMajor_roundsHalfAwayFromZero_data()
    {
        QTest::addColumn<double>("major");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("420.5 USD") << 420.5 << QStringLiteral("USD") << qint64(42050);
        QTest::newRow("0 USD") << 0.0 << QStringLiteral("USD") << qint64(0);
        QTest::newRow("0.005 USD is one cent") << 0.005 << QStringLiteral("USD") << qint64(1);
        QTest::newRow("-0.005 USD is minus one cent") << -0.005 << QStringLiteral("USD") << qint64(-1);
        QTest::newRow("0.0049 USD is zero") << 0.0049 << QStringLiteral("USD") << qint64(0);
        QTest::newRow("19.999 USD is 20.00") << 19.999 << QStringLiteral("USD") << qint64(2000);
        QTest::newRow("-19.999 USD is -20.00") << -19.999 << QStringLiteral("USD") << qint64(-2000);
        QTest::newRow("1.005 USD (binary below half)") << 1.005 << QStringLiteral("USD") << qint64(101);
        QTest::newRow("2.675 USD (binary below half)") << 2.675 << QStringLiteral("USD") << qint64(268);
        QTest::newRow("0.015 USD") << 0.015 << QStringLiteral("USD") << qint64(2);
        QTest::newRow("0.125 JPY is 0") << 0.125 << QStringLiteral("JPY") << qint64(0);
        QTest::newRow("0.5 JPY is 1") << 0.5 << QStringLiteral("JPY") << qint64(1);
        QTest::newRow("-0.5 JPY is -1") << -0.5 << QStringLiteral("JPY") << qint64(-1);
        QTest::newRow("1234 JPY") << 1234.0 << QStringLiteral("JPY") << qint64(1234);
        QTest::newRow("1.0005 KWD") << 1.0005 << QStringLiteral("KWD") << qint64(1001);
        QTest::newRow("0.125 KWD") << 0.125 << QStringLiteral("KWD") << qint64(125);
        QTest::newRow("1 million USD") << 1'000'000.0 << QStringLiteral("USD") << qint64(100'000'000);
    }
    void fromMajor_roundsHalfAwayFromZero()
    {
        QFETCH(double, major);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        const auto m = Money::fromMajor(major, currency);
        QVERIFY(m.has_value());
        QCOMPARE(m->minor(), minor);
        QCOMPARE(m->currency(), currency);
    }

    void fromMajor_upperCasesTheCurrency()
    {
        const auto m = Money::fromMajor(1.5, QStringLiteral("eur"));
        QVERIFY(m.has_value());
        QCOMPARE(m->currency(), QStringLiteral("EUR"));
        QCOMPARE(m->minor(), qint64(150));
    }

    void fromMajor_rejectsNonFiniteAndHuge_data()
    {
        QTest::addColumn<double>("major");
        QTest::newRow("inf") << std::numeric_limits<double>::infinity();
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity();
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("1e300") << 1e300;
        QTest::newRow("-1e20") << -1e20;
    }
    void fromMajor_rejectsNonFiniteAndHuge()
    {
        QFETCH(double, major);
        QVERIFY(!Money::fromMajor(major, QStringLiteral("USD")).has_value());
    }

    void toDecimalString_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("420.00 USD") << qint64(42000) << QStringLiteral("USD") << QStringLiteral("420.00");
        QTest::newRow("420.50 USD") << qint64(42050) << QStringLiteral("USD") << QStringLiteral("420.50");
        QTest::newRow("0.00 USD") << qint64(0) << QStringLiteral("USD") << QStringLiteral("0.00");
        QTest::newRow("0.05 USD") << qint64(5) << QStringLiteral("USD") << QStringLiteral("0.05");
        QTest::newRow("-0.05 USD") << qint64(-5) << QStringLiteral("USD") << QStringLiteral("-0.05");
        QTest::newRow("-420.50 USD") << qint64(-42050) << QStringLiteral("USD") << QStringLiteral("-420.50");
        QTest::newRow("1234567.89 EUR") << qint64(123456789) << QStringLiteral("EUR")
                                        << QStringLiteral("1234567.89");
        QTest::newRow("1234 JPY") << qint64(1234) << QStringLiteral("JPY") << QStringLiteral("1234");
        QTest::newRow("-1234 JPY") << qint64(-1234) << QStringLiteral("JPY") << QStringLiteral("-1234");
        QTest::newRow("1.001 KWD") << qint64(1001) << QStringLiteral("KWD") << QStringLiteral("1.001");
        QTest::newRow("0.005 KWD") << qint64(5) << QStringLiteral("KWD") << QStringLiteral("0.005");
        QTest::newRow("-0.001 KWD") << qint64(-1) << QStringLiteral("KWD") << QStringLiteral("-0.001");
        QTest::newRow("-12.340 KWD") << qint64(-12340) << QStringLiteral("KWD") << QStringLiteral("-12.340");
    }
    void toDecimalString()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        const Money m(minor, currency);
        QCOMPARE(m.toDecimalString(), text);
        // And it parses back to the same amount.
        const auto back = Money::parse(text, currency);
        QVERIFY(back.has_value());
        QCOMPARE(back->minor(), minor);
    }

    void toMajor_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<double>("major");
        QTest::newRow("USD") << qint64(42050) << QStringLiteral("USD") << 420.5;
        QTest::newRow("JPY") << qint64(1234) << QStringLiteral("JPY") << 1234.0;
        QTest::newRow("KWD") << qint64(1001) << QStringLiteral("KWD") << 1.001;
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("USD") << -0.05;
    }
    void toMajor()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(double, major);
        QCOMPARE(Money(minor, currency).toMajor(), major);
    }

    // Exact strings as QLocale 6.4 (CLDR) renders them on this platform; the separator before
    // the symbol in de_DE is a no-break space (U+00A0).
    void format_inLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("en_US USD") << kUs << qint64(42000) << QStringLiteral("USD") << QStringLiteral("$420.00");
        QTest::newRow("en_US USD grouped") << kUs << qint64(123456789) << QStringLiteral("USD")
                                           << QStringLiteral("$1,234,567.89");
        QTest::newRow("en_US USD negative (accounting)")
            << kUs << qint64(-42050) << QStringLiteral("USD") << QStringLiteral("($420.50)");
        QTest::newRow("en_US EUR") << kUs << qint64(42000) << QStringLiteral("EUR") << QStringLiteral("€420.00");
        QTest::newRow("en_US GBP") << kUs << qint64(1200) << QStringLiteral("GBP") << QStringLiteral("£12.00");
        QTest::newRow("en_US EUR negative") << kUs << qint64(-5) << QStringLiteral("EUR")
                                            << QStringLiteral("(€0.05)");
        QTest::newRow("de_DE EUR") << kDe << qint64(42000) << QStringLiteral("EUR")
                                   << QStringLiteral("420,00\u00A0€");
        QTest::newRow("de_DE EUR grouped") << kDe << qint64(123456789) << QStringLiteral("EUR")
                                           << QStringLiteral("1.234.567,89\u00A0€");
        QTest::newRow("de_DE EUR negative") << kDe << qint64(-5) << QStringLiteral("EUR")
                                            << QStringLiteral("-0,05\u00A0€");
        QTest::newRow("de_DE USD is not a bare $") << kDe << qint64(42000) << QStringLiteral("USD")
                                                   << QStringLiteral("420,00\u00A0US$");
        QTest::newRow("de_DE USD negative") << kDe << qint64(-42050) << QStringLiteral("USD")
                                            << QStringLiteral("-420,50\u00A0US$");
        QTest::newRow("de_DE JPY no decimals") << kDe << qint64(1234) << QStringLiteral("JPY")
                                               << QStringLiteral("1.234\u00A0JPY");
        QTest::newRow("de_DE KWD three decimals") << kDe << qint64(1001) << QStringLiteral("KWD")
                                                  << QStringLiteral("1,001\u00A0KWD");
        QTest::newRow("de_DE CAD by code") << kDe << qint64(1200) << QStringLiteral("CAD")
                                           << QStringLiteral("12,00\u00A0CAD");
    }
    void format_inLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QCOMPARE(Money(minor, currency).format(locale), text);
    }

    // money.cpp promises "CAD 12.00": a currency shown by its code is set apart from the
    // amount, never glued to it ("CAD12.00", "JPY1,234").
    void format_codeIsSeparatedFromAmount_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("en_US CAD") << qint64(1200) << QStringLiteral("CAD") << QStringLiteral("CAD 12.00");
        QTest::newRow("en_US JPY") << qint64(1234) << QStringLiteral("JPY") << QStringLiteral("JPY 1,234");
        QTest::newRow("en_US KWD") << qint64(1001) << QStringLiteral("KWD") << QStringLiteral("KWD 1.001");
    }
    void format_codeIsSeparatedFromAmount()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QString actual = Money(minor, currency).format(kUs);
        actual.replace(QChar(0x00A0), u' '); // either kind of space will do
        QCOMPARE(actual, text);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("420.5") << QStringLiteral("420.5") << QStringLiteral("USD") << qint64(42050);
        QTest::newRow("padded") << QStringLiteral("  19.99 ") << QStringLiteral("USD") << qint64(1999);
        QTest::newRow("negative") << QStringLiteral("-3") << QStringLiteral("USD") << qint64(-300);
        QTest::newRow("half cent") << QStringLiteral("0.005") << QStringLiteral("USD") << qint64(1);
        QTest::newRow("JPY rounds") << QStringLiteral("1234.5") << QStringLiteral("JPY") << qint64(1235);
        QTest::newRow("KWD") << QStringLiteral("2.5") << QStringLiteral("KWD") << qint64(2500);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        const auto m = Money::parse(text, currency);
        QVERIFY(m.has_value());
        QCOMPARE(m->minor(), minor);
        QCOMPARE(m->currency(), currency);
    }

    void parse_rejectsJunk_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("word") << QStringLiteral("abc");
        QTest::newRow("trailing junk") << QStringLiteral("12abc");
        QTest::newRow("currency symbol") << QStringLiteral("$5");
        QTest::newRow("two points") << QStringLiteral("1.2.3");
        QTest::newRow("hex") << QStringLiteral("0x10");
        QTest::newRow("inf") << QStringLiteral("inf");
        QTest::newRow("-inf") << QStringLiteral("-inf");
        QTest::newRow("nan") << QStringLiteral("nan");
        QTest::newRow("overflow") << QStringLiteral("1e400");
        QTest::newRow("too large for minor units") << QStringLiteral("1e20");
    }
    void parse_rejectsJunk()
    {
        QFETCH(QString, text);
        QVERIFY(!Money::parse(text, QStringLiteral("USD")).has_value());
    }

    void arithmeticAndEquality()
    {
        const Money a(1050, QStringLiteral("EUR"));
        const Money b(250, QStringLiteral("EUR"));
        QCOMPARE((a + b).minor(), qint64(1300));
        QCOMPARE((a - b).minor(), qint64(800));
        QCOMPARE((b - a).minor(), qint64(-800));
        QCOMPARE((a + b).currency(), QStringLiteral("EUR"));
        QVERIFY(a == Money(1050, QStringLiteral("EUR")));
        QVERIFY(!(a == Money(1050, QStringLiteral("USD"))));
        QVERIFY(!(a == b));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
