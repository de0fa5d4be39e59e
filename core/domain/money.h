// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace tierscope::core {

// An amount in integer minor units (cents) of an ISO 4217 currency. Never a float.
class Money
{
public:
    Money() = default;
    Money(qint64 minor, QString currency) : m_minor(minor), m_currency(std::move(currency)) {}

    // Decimal digits of a currency's minor unit (USD 2, JPY 0, KWD 3).
    static int minorDigits(const QString &currency);
    static bool isCurrencyCode(const QString &code); // three ASCII letters

    // From a major-unit amount ("420.5" USD → 42050), rounded half away from zero.
    static std::optional<Money> fromMajor(double major, const QString &currency);
    static std::optional<Money> parse(const QString &text, const QString &currency);

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    double toMajor() const;

    // "$420.00" in en_US, "420,00 €" in de_DE; the code is shown when the locale has no symbol.
    QString format(const QLocale &locale = QLocale()) const;
    // Plain decimal without symbol or grouping, for CSV: "420.00".
    QString toDecimalString() const;

    Money operator+(const Money &o) const { return {m_minor + o.m_minor, m_currency}; }
    Money operator-(const Money &o) const { return {m_minor - o.m_minor, m_currency}; }
    bool operator==(const Money &) const = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace tierscope::core
