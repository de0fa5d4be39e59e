// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/creator.h"
#include "core/domain/money.h"
#include "core/domain/tier_scheme.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace tierscope::ui {

// How values read in reports: through the locale, unknown as "—", money in one currency.
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    ReportFormat(QLocale locale, QString currency);

    const QLocale &locale() const { return m_locale; }
    QString money(qint64 minor) const;
    QString money(const std::optional<core::Money> &m) const; // in its own currency
    QString moneyRatio(std::optional<double> minor) const;    // CPE, CPM
    QString count(std::optional<double> n) const;             // rounded, grouped
    QString count(std::optional<qint64> n) const;
    QString number(int n) const;
    QString percent(std::optional<double> fraction, int decimals = 1) const;
    QString date(const QDate &d) const; // "12 Mar 2027", "—"
    QString dateRange(const QDate &from, const QDate &to) const;

    static QString handle(const core::Creator *c, qint64 creatorId);
    static QString tierName(const core::Creator *c, const core::TierScheme &scheme);
    // "reported", "by views" or "by followers", "" when unknown; "⚑" added for a data-quality
    // flag (the report explains it in a footnote).
    static QString erSource(const core::Creator *c);

private:
    QLocale m_locale;
    QString m_currency;
};

} // namespace tierscope::ui
