// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/money.h"

#include <cmath>
#include <limits>

namespace tierscope::core {

int Money::minorDigits(const QString &currency)
{
    static const QStringList zero = {
        QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"), QStringLiteral("GNF"),
        QStringLiteral("ISK"), QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"),
        QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("UYI"),
        QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("XAF"), QStringLiteral("XOF"),
        QStringLiteral("XPF")};
    static const QStringList three = {
        QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"), QStringLiteral("KWD"),
        QStringLiteral("LYD"), QStringLiteral("OMR"), QStringLiteral("TND")};
    const QString c = currency.toUpper();
    if (zero.contains(c))
        return 0;
    if (three.contains(c))
        return 3;
    return 2;
}

bool Money::isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

std::optional<Money> Money::fromMajor(double major, const QString &currency)
{
    if (!std::isfinite(major))
        return std::nullopt;
    const double scaled = major * std::pow(10.0, minorDigits(currency));
    if (std::fabs(scaled) >= 9.0e15) // beyond exact integers in a double
        return std::nullopt;
    // Round half away from zero; a tiny epsilon absorbs binary representation error (0.125 → 13).
    const double rounded = std::round(scaled + std::copysign(1e-9, scaled));
    return Money(static_cast<qint64>(rounded), currency.toUpper());
}

std::optional<Money> Money::parse(const QString &text, const QString &currency)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok)
        return std::nullopt;
    return fromMajor(v, currency);
}

double Money::toMajor() const
{
    return static_cast<double>(m_minor) / std::pow(10.0, minorDigits(m_currency));
}

QString Money::format(const QLocale &locale) const
{
    const int digits = minorDigits(m_currency);
    // The locale's own currency gets its symbol; a handful of unambiguous symbols are used
    // everywhere; any other currency is shown by its code ("CAD 12.00"), never a bare "$".
    QString symbol = m_currency;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == m_currency) {
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    } else if (m_currency == u"EUR") {
        symbol = QStringLiteral("€");
    } else if (m_currency == u"GBP") {
        symbol = QStringLiteral("£");
    } else if (m_currency == u"USD") {
        symbol = QStringLiteral("US$");
    } else if (m_currency == u"INR") {
        symbol = QStringLiteral("₹");
    }
    if (symbol != m_currency)
        return locale.toCurrencyString(toMajor(), symbol, digits);
    // An ISO code reads as a word: keep a (no-break) space between it and the amount, on the
    // side where this locale puts its currency ("CAD 12.00" in English, "12,00 CAD" in German).
    const QString probe = locale.toCurrencyString(1.0, QStringLiteral("\u00A4"), 0);
    const QString amount = locale.toString(std::fabs(toMajor()), 'f', digits);
    const QString sign = m_minor < 0 ? QString(locale.negativeSign()) : QString();
    if (probe.startsWith(u'\u00A4'))
        return sign + m_currency + QChar(0x00A0) + amount;
    return sign + amount + QChar(0x00A0) + m_currency;
}

QString Money::toDecimalString() const
{
    const int digits = minorDigits(m_currency);
    if (digits == 0)
        return QString::number(m_minor);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 absMinor = m_minor < 0 ? -m_minor : m_minor;
    const QString frac = QString::number(absMinor % scale).rightJustified(digits, u'0');
    return (m_minor < 0 ? QStringLiteral("-") : QString()) + QString::number(absMinor / scale)
        + u'.' + frac;
}

} // namespace tierscope::core
