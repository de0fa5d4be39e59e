// SPDX-License-Identifier: GPL-3.0-or-later
// What a rostered creator delivers (posts, reels, …), when, and how it performed once live.
#pragma once

#include "core/domain/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tierscope::core {

enum class DeliverableKind { Post, Reel, Story, Short, Video, Live };

QList<DeliverableKind> allDeliverableKinds();
QString deliverableKindKey(DeliverableKind k); // "post", "reel", "story", "short", "video", "live"
std::optional<DeliverableKind> deliverableKindFromKey(const QString &key);
QString deliverableKindDisplayName(DeliverableKind k); // translated

enum class DeliverableStatus { Planned, Drafted, Approved, Published };

QList<DeliverableStatus> allDeliverableStatuses();
QString deliverableStatusKey(DeliverableStatus s); // "planned", "drafted", "approved", "published"
std::optional<DeliverableStatus> deliverableStatusFromKey(const QString &key);
QString deliverableStatusDisplayName(DeliverableStatus s); // translated

// Measured results, entered once live. Unknown is std::nullopt, never 0: a measured 0 is a result.
struct DeliverableActuals
{
    std::optional<qint64> views;
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> shares;
    std::optional<qint64> saves;
    std::optional<qint64> clicks;
    std::optional<qint64> conversions;
    std::optional<Money> revenue; // in the campaign currency

    bool isEmpty() const; // nothing measured yet

    bool operator==(const DeliverableActuals &) const = default;
};

struct Deliverable
{
    qint64 id = 0; // 0 until stored
    qint64 rosterEntryId = 0;
    DeliverableKind kind = DeliverableKind::Post;
    int quantity = 1;
    QDate dueOn; // invalid when not set
    DeliverableStatus status = DeliverableStatus::Planned;
    QString url;
    QDate publishedOn;
    DeliverableActuals actuals;

    // Due before today and not published yet. Without a due date nothing is overdue.
    bool isOverdue(const QDate &today) const;

    // Why the deliverable cannot be saved as it is, for the user; empty when it can. Checks a
    // quantity ≥ 1 and actuals ≥ 0, each within its bound (metric_limits.h). (Whether the
    // revenue is in the campaign currency is up to the repository, which knows the campaign.)
    QString problem() const;

    bool operator==(const Deliverable &) const = default;
};

} // namespace tierscope::core
