// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/campaign_text.h"

#include "core/analytics/checked_arithmetic.h"

#include "core/analytics/campaign_math.h"
#include "core/common/display_format.h"
#include "core/domain/platform.h"
#include "core/domain/tier.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace tierscope::ui {

QString CampaignText::noFee()
{
    return tr("no fee yet");
}

QString CampaignText::date(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : core::format::unknown();
}

QString CampaignText::moneyRatio(std::optional<double> minor, const QString &currency)
{
    const auto m = core::roundedMoney(minor, currency);
    if (!m)
        return core::format::unknown();
    if (m->minor() == 0 && *minor > 0)
        return QStringLiteral("< ") + core::Money(1, currency).format();
    return m->format();
}

QDate CampaignText::nextDue(const QList<core::Deliverable> &deliverables)
{
    QDate next;
    for (const core::Deliverable &d : deliverables) {
        if (d.status == core::DeliverableStatus::Published || !d.dueOn.isValid())
            continue;
        if (!next.isValid() || d.dueOn < next)
            next = d.dueOn;
    }
    return next;
}

QString CampaignText::deliverablesTip(const QList<core::Deliverable> &deliverables,
                                      const QDate &today)
{
    if (deliverables.isEmpty())
        return tr("No deliverables yet");
    QStringList lines;
    for (const core::Deliverable &d : deliverables) {
        QString line = tr("%1 × %2, %3, due %4")
                           .arg(d.quantity)
                           .arg(core::deliverableKindDisplayName(d.kind),
                                core::deliverableStatusDisplayName(d.status).toLower(), date(d.dueOn));
        if (d.isOverdue(today))
            line += QStringLiteral(" — ") + overdueBy(int(d.dueOn.daysTo(today)));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString CampaignText::objectiveUnit(core::FillObjective o, qint64 n)
{
    if (o == core::FillObjective::Engagements)
        return n == 1 ? tr("engagement") : tr("engagements");
    return n == 1 ? tr("impression") : tr("impressions");
}

QList<std::pair<QString, QString>> CampaignText::tierChoices()
{
    QList<std::pair<QString, QString>> out;
    for (core::Tier t : core::allTiers())
        out.append({core::tierKey(t), core::tierDisplayName(t)});
    return out;
}

QList<std::pair<QString, QString>> CampaignText::platformChoices()
{
    QList<std::pair<QString, QString>> out;
    for (core::Platform p : core::allPlatforms())
        out.append({core::platformKey(p), core::platformDisplayName(p)});
    return out;
}

QString CampaignText::overdueBy(int days)
{
    // Spelled out for one and many, so it reads right without a translation loaded.
    return days == 1 ? tr("overdue by 1 day") : tr("overdue by %1 days").arg(days);
}

QString CampaignText::deliverablesOverdue(int n)
{
    return n == 1 ? tr("1 deliverable overdue") : tr("%1 deliverables overdue").arg(n);
}

QString CampaignText::fillReason(const core::FillCandidate &c, const core::FillResult &r,
                                 const core::FillOptions &o)
{
    using R = core::FillReason;
    switch (c.reason) {
    case R::Chosen: {
        QString text = tr("Rank %1 of %2 for %3 per unit of money; %4 expected for %5")
                           .arg(c.valueForMoneyRank)
                           .arg(r.eligible)
                           .arg(objectiveUnit(o.objective, 2),
                                core::format::count(qint64(std::llround(c.value.value_or(0)))),
                                core::Money(c.feeMinor.value_or(0), o.currency).format());
        if (c.inMixTiers && o.mix && o.mix->minSharePercent > 0)
            text += QStringLiteral("; ") + tr("counts towards the tier mix");
        return text;
    }
    case R::NotChosen:
        return tr("Rank %1 of %2; a better combination used the money").arg(c.valueForMoneyRank)
            .arg(r.eligible);
    case R::AboveBudget:
        return tr("Fee alone is above the %1 available")
            .arg(core::Money(o.budgetMinor, o.currency).format());
    case R::NoFee:
        return tr("No quoted fee");
    case R::OtherCurrency:
        return tr("Fee not in %1").arg(o.currency);
    case R::NoEstimate:
        return tr("Followers or ER unknown: nothing to expect");
    case R::TierNotWanted:
        return tr("Tier not wanted");
    case R::OnRoster:
        return tr("Already on the roster");
    }
    return {};
}

QColor CampaignText::alertColor()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

QColor CampaignText::mutedColor()
{
    return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
}

QString CampaignText::estimatedCount(double count, const QLocale &locale)
{
    const std::optional<qint64> n = core::checked::roundedCount(count);
    return n ? core::format::count(*n, locale) : core::checked::tooLargeText();
}

} // namespace tierscope::ui
