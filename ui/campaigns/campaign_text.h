// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/budget_filler.h"
#include "core/domain/deliverable.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <utility>

#include <optional>

namespace tierscope::ui {

// How campaign values read on the Campaigns page: dates, costs per unit, deliverable summaries,
// why the budget helper chose a creator, the tier and platform choices of the brief; and the
// two colours for alerts and muted text.
class CampaignText
{
    Q_DECLARE_TR_FUNCTIONS(CampaignText)
public:
    static QString noFee(); // "no fee yet"
    static QString date(const QDate &d); // short locale date, "—" when unset
    // Minor units (a CPE of 4.2 ¢) as money of the currency, "—" when unknown.
    static QString moneyRatio(std::optional<double> minor, const QString &currency);
    // An estimated count (impressions, engagements) rounded, or "too large to compute" when it
    // does not fit a count (core/analytics/checked_arithmetic.h): never a wrapped figure.
    static QString estimatedCount(double count, const QLocale &locale = QLocale());
    static QDate nextDue(const QList<core::Deliverable> &deliverables); // unpublished only
    static QString deliverablesTip(const QList<core::Deliverable> &deliverables, const QDate &today);
    static QString fillReason(const core::FillCandidate &c, const core::FillResult &r,
                              const core::FillOptions &o);
    static QString objectiveUnit(core::FillObjective o, qint64 n); // "engagements"
    // The choices of a MultiSelectButton over every tier / platform: (stored key, label), e.g.
    // ("micro", "Micro"), ("tiktok", "TikTok").
    static QList<std::pair<QString, QString>> tierChoices();
    static QList<std::pair<QString, QString>> platformChoices();
    static QString overdueBy(int days);            // "overdue by 3 days"
    static QString deliverablesOverdue(int n);     // "2 deliverables overdue"
    static QColor alertColor();
    static QColor mutedColor();
};

} // namespace tierscope::ui
