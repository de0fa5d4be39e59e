// SPDX-License-Identifier: GPL-3.0-or-later
// A campaign's brief: what it is for, its budget and dates, and whom it targets.
#pragma once

#include "core/domain/money.h"
#include "core/domain/platform.h"
#include "core/domain/tier.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tierscope::core {

enum class Objective { Awareness, Engagement, Conversions };

QList<Objective> allObjectives();
QString objectiveKey(Objective o); // "awareness", "engagement", "conversions"
std::optional<Objective> objectiveFromKey(const QString &key);
QString objectiveDisplayName(Objective o); // translated

// Whom a campaign looks for. Empty lists mean "any".
struct CampaignTargets
{
    QList<Tier> tiers;
    QList<Platform> platforms;
    QStringList niches;
    QStringList countries; // ISO 3166-1 alpha-2

    bool isEmpty() const;

    // {"tiers": ["micro"], "platforms": ["tiktok"], "niches": […], "countries": ["US"]};
    // empty lists are left out. fromJson() skips values it does not know.
    QJsonObject toJson() const;
    static CampaignTargets fromJson(const QJsonObject &json);

    bool operator==(const CampaignTargets &) const = default;
};

struct Campaign
{
    qint64 id = 0; // 0 until stored
    QString name;  // not unique: find by id when names repeat
    QString brand;
    Objective objective = Objective::Awareness;
    // The campaign currency: roster fees and deliverable revenue are in it too.
    Money budget{0, QStringLiteral("USD")};
    QDate startsOn; // invalid when not set
    QDate endsOn;
    CampaignTargets targets;
    QString keyMessage;
    QString hashtags;
    QString disclosure;
    QString notes;
    bool archived = false;
    QDateTime createdAt;
    QDateTime updatedAt; // also moves when its roster or deliverables change

    const QString &currency() const { return budget.currency(); }

    // Why the campaign cannot be saved as it is, for the user; empty when it can. Checks a
    // non-blank name, a currency code, a budget ≥ 0 and an end not before the start.
    QString problem() const;

    bool operator==(const Campaign &) const = default;
};

} // namespace tierscope::core
