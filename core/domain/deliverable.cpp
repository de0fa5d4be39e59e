// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/deliverable.h"

#include "core/domain/metric_limits.h"

#include <QCoreApplication>
#include <QLocale>

#include <utility>

namespace tierscope::core {

QList<DeliverableKind> allDeliverableKinds()
{
    return {DeliverableKind::Post,  DeliverableKind::Reel,  DeliverableKind::Story,
            DeliverableKind::Short, DeliverableKind::Video, DeliverableKind::Live};
}

QString deliverableKindKey(DeliverableKind k)
{
    switch (k) {
    case DeliverableKind::Post: return QStringLiteral("post");
    case DeliverableKind::Reel: return QStringLiteral("reel");
    case DeliverableKind::Story: return QStringLiteral("story");
    case DeliverableKind::Short: return QStringLiteral("short");
    case DeliverableKind::Video: return QStringLiteral("video");
    case DeliverableKind::Live: return QStringLiteral("live");
    }
    return {};
}

std::optional<DeliverableKind> deliverableKindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (DeliverableKind d : allDeliverableKinds()) {
        if (deliverableKindKey(d) == k)
            return d;
    }
    return std::nullopt;
}

QString deliverableKindDisplayName(DeliverableKind k)
{
    switch (k) {
    case DeliverableKind::Post: return QCoreApplication::translate("DeliverableKind", "Post");
    case DeliverableKind::Reel: return QCoreApplication::translate("DeliverableKind", "Reel");
    case DeliverableKind::Story: return QCoreApplication::translate("DeliverableKind", "Story");
    case DeliverableKind::Short: return QCoreApplication::translate("DeliverableKind", "Short");
    case DeliverableKind::Video: return QCoreApplication::translate("DeliverableKind", "Video");
    case DeliverableKind::Live: return QCoreApplication::translate("DeliverableKind", "Live");
    }
    return {};
}

QList<DeliverableStatus> allDeliverableStatuses()
{
    return {DeliverableStatus::Planned, DeliverableStatus::Drafted, DeliverableStatus::Approved,
            DeliverableStatus::Published};
}

QString deliverableStatusKey(DeliverableStatus s)
{
    switch (s) {
    case DeliverableStatus::Planned: return QStringLiteral("planned");
    case DeliverableStatus::Drafted: return QStringLiteral("drafted");
    case DeliverableStatus::Approved: return QStringLiteral("approved");
    case DeliverableStatus::Published: return QStringLiteral("published");
    }
    return {};
}

std::optional<DeliverableStatus> deliverableStatusFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (DeliverableStatus s : allDeliverableStatuses()) {
        if (deliverableStatusKey(s) == k)
            return s;
    }
    return std::nullopt;
}

QString deliverableStatusDisplayName(DeliverableStatus s)
{
    switch (s) {
    case DeliverableStatus::Planned: return QCoreApplication::translate("DeliverableStatus", "Planned");
    case DeliverableStatus::Drafted: return QCoreApplication::translate("DeliverableStatus", "Drafted");
    case DeliverableStatus::Approved:
        return QCoreApplication::translate("DeliverableStatus", "Approved");
    case DeliverableStatus::Published:
        return QCoreApplication::translate("DeliverableStatus", "Published");
    }
    return {};
}

bool DeliverableActuals::isEmpty() const
{
    return !views && !likes && !comments && !shares && !saves && !clicks && !conversions
        && !revenue;
}

bool Deliverable::isOverdue(const QDate &today) const
{
    return dueOn.isValid() && today.isValid() && dueOn < today
        && status != DeliverableStatus::Published;
}

QString Deliverable::problem() const
{
    if (quantity < 1)
        return QCoreApplication::translate("Deliverable",
                                           "A deliverable needs a quantity of at least 1.");
    // The bounds of metric_limits.h: past them a value is a typo, and campaign totals of it
    // would be meaningless.
    if (quantity > limits::kMaxDeliverableQuantity)
        return QCoreApplication::translate("Deliverable", "A deliverable stands for at most %1 "
                                                          "pieces of content.")
            .arg(QLocale().toString(limits::kMaxDeliverableQuantity));
    const DeliverableActuals &a = actuals;
    using limits::kMaxInteractions;
    const std::pair<std::optional<qint64>, qint64> counts[] = {
        {a.views, limits::kMaxViews}, {a.likes, kMaxInteractions},
        {a.comments, kMaxInteractions}, {a.shares, kMaxInteractions},
        {a.saves, kMaxInteractions}, {a.clicks, kMaxInteractions},
        {a.conversions, kMaxInteractions}};
    for (const auto &[count, max] : counts) {
        if (count && *count < 0)
            return QCoreApplication::translate("Deliverable", "Actual results cannot be negative.");
        if (count && *count > max)
            return QCoreApplication::translate("Deliverable",
                                               "Actual results cannot be more than %1.")
                .arg(QLocale().toString(max));
    }
    if (a.revenue && a.revenue->minor() < 0)
        return QCoreApplication::translate("Deliverable", "The revenue cannot be negative.");
    if (a.revenue && a.revenue->minor() > limits::kMaxMoneyMinor)
        return QCoreApplication::translate("Deliverable", "The revenue is too large.");
    return {};
}

} // namespace tierscope::core
