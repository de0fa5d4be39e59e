// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/campaign.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tierscope::core {

namespace {

template<typename T, typename KeyFn>
QJsonArray keysToJson(const QList<T> &values, KeyFn key)
{
    QJsonArray out;
    for (const T &v : values)
        out.append(key(v));
    return out;
}

QJsonArray stringsToJson(const QStringList &values)
{
    QJsonArray out;
    for (const QString &v : values)
        out.append(v);
    return out;
}

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty() && !out.contains(s, Qt::CaseInsensitive))
            out << s;
    }
    return out;
}

} // namespace

QList<Objective> allObjectives()
{
    return {Objective::Awareness, Objective::Engagement, Objective::Conversions};
}

QString objectiveKey(Objective o)
{
    switch (o) {
    case Objective::Awareness: return QStringLiteral("awareness");
    case Objective::Engagement: return QStringLiteral("engagement");
    case Objective::Conversions: return QStringLiteral("conversions");
    }
    return {};
}

std::optional<Objective> objectiveFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Objective o : allObjectives()) {
        if (objectiveKey(o) == k)
            return o;
    }
    return std::nullopt;
}

QString objectiveDisplayName(Objective o)
{
    switch (o) {
    case Objective::Awareness: return QCoreApplication::translate("Objective", "Awareness");
    case Objective::Engagement: return QCoreApplication::translate("Objective", "Engagement");
    case Objective::Conversions: return QCoreApplication::translate("Objective", "Conversions");
    }
    return {};
}

QString Campaign::problem() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Campaign", "A campaign needs a name.");
    if (!Money::isCurrencyCode(budget.currency().trimmed().toUpper()))
        return QCoreApplication::translate("Campaign", "“%1” is not a currency code (three letters "
                                                       "such as USD or EUR).")
            .arg(budget.currency());
    if (budget.minor() < 0)
        return QCoreApplication::translate("Campaign", "The budget cannot be negative.");
    if (startsOn.isValid() && endsOn.isValid() && endsOn < startsOn)
        return QCoreApplication::translate("Campaign", "The campaign ends on %1, before it starts "
                                                       "on %2.")
            .arg(endsOn.toString(Qt::ISODate), startsOn.toString(Qt::ISODate));
    return {};
}

bool CampaignTargets::isEmpty() const
{
    return tiers.isEmpty() && platforms.isEmpty() && niches.isEmpty() && countries.isEmpty();
}

QJsonObject CampaignTargets::toJson() const
{
    QJsonObject o;
    if (!tiers.isEmpty())
        o.insert(QStringLiteral("tiers"), keysToJson(tiers, tierKey));
    if (!platforms.isEmpty())
        o.insert(QStringLiteral("platforms"), keysToJson(platforms, platformKey));
    if (!niches.isEmpty())
        o.insert(QStringLiteral("niches"), stringsToJson(niches));
    if (!countries.isEmpty())
        o.insert(QStringLiteral("countries"), stringsToJson(countries));
    return o;
}

CampaignTargets CampaignTargets::fromJson(const QJsonObject &json)
{
    CampaignTargets t;
    for (const QJsonValue &v : json.value(u"tiers").toArray()) {
        const auto tier = tierFromString(v.toString());
        if (tier && !t.tiers.contains(*tier))
            t.tiers << *tier;
    }
    for (const QJsonValue &v : json.value(u"platforms").toArray()) {
        const auto platform = platformFromString(v.toString());
        if (platform && !t.platforms.contains(*platform))
            t.platforms << *platform;
    }
    t.niches = stringsFromJson(json.value(u"niches"));
    for (const QString &c : stringsFromJson(json.value(u"countries")))
        t.countries << c.toUpper(); // stored like creators.country
    return t;
}

} // namespace tierscope::core
