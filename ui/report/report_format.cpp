// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_format.h"

#include "core/analytics/campaign_math.h"
#include "core/analytics/checked_arithmetic.h"
#include "core/common/display_format.h"
#include "core/domain/er_basis_text.h"

#include <cmath>

namespace tierscope::ui {

namespace format = core::format;

ReportFormat::ReportFormat(QLocale locale, QString currency)
    : m_locale(std::move(locale)), m_currency(std::move(currency))
{
}

QString ReportFormat::money(qint64 minor) const
{
    if (core::checked::isTooLarge(minor))
        return core::checked::tooLargeText();
    return core::Money(minor, m_currency).format(m_locale);
}

QString ReportFormat::money(const std::optional<core::Money> &m) const
{
    if (m && core::checked::isTooLarge(m->minor()))
        return core::checked::tooLargeText();
    return m ? m->format(m_locale) : format::unknown();
}

QString ReportFormat::moneyRatio(std::optional<double> minor) const
{
    return money(core::roundedMoney(minor, m_currency));
}

QString ReportFormat::count(std::optional<double> n) const
{
    if (!n)
        return format::unknown();
    const auto rounded = core::checked::roundedCount(*n);
    return count(std::optional<qint64>(rounded.value_or(core::checked::kTooLarge)));
}

QString ReportFormat::count(std::optional<qint64> n) const
{
    if (n && core::checked::isTooLarge(*n))
        return core::checked::tooLargeText();
    return format::count(n, m_locale);
}

QString ReportFormat::number(int n) const
{
    return m_locale.toString(n);
}

QString ReportFormat::percent(std::optional<double> fraction, int decimals) const
{
    return format::percent(fraction, decimals, m_locale);
}

QString ReportFormat::date(const QDate &d) const
{
    return d.isValid() ? m_locale.toString(d, QStringLiteral("d MMM yyyy")) : format::unknown();
}

QString ReportFormat::dateRange(const QDate &from, const QDate &to) const
{
    if (!from.isValid() && !to.isValid())
        return tr("No dates set");
    QString text = tr("%1 – %2").arg(from.isValid() ? date(from) : tr("open"),
                                    to.isValid() ? date(to) : tr("open"));
    if (from.isValid() && to.isValid())
        text += u' ' + tr("(%n day(s))", nullptr, int(from.daysTo(to)) + 1);
    return text;
}

QString ReportFormat::handle(const core::Creator *c, qint64 creatorId)
{
    return c ? u'@' + c->handle : tr("(creator %1 missing)").arg(creatorId);
}

QString ReportFormat::tierName(const core::Creator *c, const core::TierScheme &scheme)
{
    if (!c)
        return format::unknown();
    const auto tier = scheme.tier(c->followers);
    return tier ? core::tierDisplayName(*tier) : format::unknown();
}

QString ReportFormat::erSource(const core::Creator *c)
{
    if (!c || !c->engagementRate)
        return {};
    const QString source = c->erSource == core::ErSource::Reported
        ? tr("reported")
        : core::ErBasisText::basis(c->erBasis.value_or(core::ErBasis::Followers));
    return c->qualityFlags != 0 ? tr("%1 ⚑").arg(source) : source;
}

} // namespace tierscope::ui
