// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/creators/creator_filter_codec.h"

namespace tierscope::ui {

namespace {

template<typename T>
void put(QVariantMap &map, const char *key, const std::optional<T> &value)
{
    if (value)
        map.insert(QLatin1String(key), QVariant::fromValue(*value));
}

std::optional<double> getDouble(const QVariantMap &map, const char *key)
{
    bool ok = false;
    const double v = map.value(QLatin1String(key)).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

std::optional<qint64> getInt(const QVariantMap &map, const char *key)
{
    bool ok = false;
    const qint64 v = map.value(QLatin1String(key)).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

QStringList getList(const QVariantMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toStringList();
}

} // namespace

QVariantMap CreatorFilterCodec::toMap(const core::CreatorFilter &f)
{
    QVariantMap m;
    QStringList platforms;
    for (core::Platform p : f.platforms)
        platforms << core::platformKey(p);
    QStringList tiers;
    for (core::Tier t : f.tiers)
        tiers << core::tierKey(t);
    if (!platforms.isEmpty())
        m.insert(QStringLiteral("platforms"), platforms);
    if (!tiers.isEmpty())
        m.insert(QStringLiteral("tiers"), tiers);
    put(m, "minFollowers", f.minFollowers);
    put(m, "maxFollowers", f.maxFollowers);
    put(m, "minEr", f.minEngagementRate);
    put(m, "maxEr", f.maxEngagementRate);
    if (!f.niches.isEmpty())
        m.insert(QStringLiteral("niches"), f.niches);
    if (!f.countries.isEmpty())
        m.insert(QStringLiteral("countries"), f.countries);
    if (!f.languages.isEmpty())
        m.insert(QStringLiteral("languages"), f.languages);
    if (!f.text.isEmpty())
        m.insert(QStringLiteral("text"), f.text);
    put(m, "minFee", f.minFeeMinor);
    put(m, "maxFee", f.maxFeeMinor);
    put(m, "minAuthenticity", f.minAuthenticity);
    put(m, "maxSponsored", f.maxSponsoredRatio);
    if (f.hideFlagged)
        m.insert(QStringLiteral("hideFlagged"), true);
    return m;
}

core::CreatorFilter CreatorFilterCodec::fromMap(const QVariantMap &m)
{
    core::CreatorFilter f;
    for (const QString &p : getList(m, "platforms")) {
        if (const auto platform = core::platformFromString(p))
            f.platforms << *platform;
    }
    for (const QString &t : getList(m, "tiers")) {
        if (const auto tier = core::tierFromString(t))
            f.tiers << *tier;
    }
    f.minFollowers = getInt(m, "minFollowers");
    f.maxFollowers = getInt(m, "maxFollowers");
    f.minEngagementRate = getDouble(m, "minEr");
    f.maxEngagementRate = getDouble(m, "maxEr");
    f.niches = getList(m, "niches");
    f.countries = getList(m, "countries");
    f.languages = getList(m, "languages");
    f.text = m.value(QStringLiteral("text")).toString();
    f.minFeeMinor = getInt(m, "minFee");
    f.maxFeeMinor = getInt(m, "maxFee");
    f.minAuthenticity = getDouble(m, "minAuthenticity");
    f.maxSponsoredRatio = getDouble(m, "maxSponsored");
    f.hideFlagged = m.value(QStringLiteral("hideFlagged")).toBool();
    return f;
}

} // namespace tierscope::ui
