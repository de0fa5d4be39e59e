// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/tier_scheme.h"

#include <QJsonArray>

namespace tierscope::core {

namespace {

int platformTierKey(Platform p, Tier t)
{
    return static_cast<int>(p) * 8 + static_cast<int>(t);
}

QJsonObject benchmarkToJson(const Benchmark &b)
{
    return {{QStringLiteral("er"), b.engagementRate}, {QStringLiteral("source"), b.source}};
}

std::optional<Benchmark> benchmarkFromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    if (!o.value(u"er").isDouble())
        return std::nullopt;
    return Benchmark{o.value(u"er").toDouble(), o.value(u"source").toString()};
}

} // namespace

TierScheme::TierScheme()
{
    const QString seed = QStringLiteral("Tierscope default (industry averages)");
    m_lower = {0, 1'000, 10'000, 100'000, 1'000'000};
    // Nano is not fixed by the industry figures we seed from; we extend the observed decline of
    // ER with reach (micro ≈ 7 %, macro 2–3 %, mega ≈ 2 %) one step down: 8 %.
    m_bench[index(Tier::Nano)] = Benchmark{0.08, seed};
    m_bench[index(Tier::Micro)] = Benchmark{0.07, seed};
    m_bench[index(Tier::Macro)] = Benchmark{0.025, seed};
    m_bench[index(Tier::Mega)] = Benchmark{0.02, seed};
}

TierScheme TierScheme::defaults()
{
    return TierScheme();
}

Tier TierScheme::tier(qint64 followers) const
{
    for (int i = index(Tier::Mega); i > index(Tier::Emerging); --i) {
        if (followers >= m_lower[i])
            return static_cast<Tier>(i);
    }
    return Tier::Emerging;
}

std::optional<Tier> TierScheme::tier(std::optional<qint64> followers) const
{
    if (!followers)
        return std::nullopt;
    return tier(*followers);
}

qint64 TierScheme::lowerBound(Tier t) const
{
    return m_lower[index(t)];
}

std::optional<qint64> TierScheme::upperBoundExclusive(Tier t) const
{
    if (t == Tier::Mega)
        return std::nullopt;
    return m_lower[index(t) + 1];
}

void TierScheme::setLowerBound(Tier t, qint64 followers)
{
    if (t != Tier::Emerging)
        m_lower[index(t)] = followers;
}

std::optional<Benchmark> TierScheme::benchmark(Tier t, std::optional<Platform> platform) const
{
    if (platform) {
        const auto it = m_platformBench.constFind(platformTierKey(*platform, t));
        if (it != m_platformBench.constEnd() && it.value())
            return it.value();
    }
    return m_bench[index(t)];
}

void TierScheme::setBenchmark(Tier t, const Benchmark &b)
{
    m_bench[index(t)] = b;
}

std::optional<Benchmark> TierScheme::platformBenchmark(Platform p, Tier t) const
{
    return m_platformBench.value(platformTierKey(p, t));
}

void TierScheme::setPlatformBenchmark(Platform p, Tier t, const Benchmark &b)
{
    m_platformBench.insert(platformTierKey(p, t), b);
}

void TierScheme::clearPlatformBenchmark(Platform p, Tier t)
{
    m_platformBench.remove(platformTierKey(p, t));
}

bool TierScheme::isValid(QString *why) const
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (m_lower[index(Tier::Nano)] <= 0)
        return fail(QStringLiteral("the nano threshold must be above zero"));
    for (int i = index(Tier::Micro); i <= index(Tier::Mega); ++i) {
        if (m_lower[i] <= m_lower[i - 1])
            return fail(QStringLiteral("tier thresholds must be strictly ascending"));
    }
    const auto badRate = [](const std::optional<Benchmark> &b) {
        return b && (b->engagementRate < 0.0 || b->engagementRate > 1.0);
    };
    for (const auto &b : m_bench) {
        if (badRate(b))
            return fail(QStringLiteral("benchmark engagement rates must lie between 0 % and 100 %"));
    }
    for (const auto &b : m_platformBench) {
        if (badRate(b))
            return fail(QStringLiteral("benchmark engagement rates must lie between 0 % and 100 %"));
    }
    return true;
}

QJsonObject TierScheme::toJson() const
{
    QJsonObject tiers;
    for (Tier t : allTiers()) {
        QJsonObject o{{QStringLiteral("min_followers"), m_lower[index(t)]}};
        if (m_bench[index(t)])
            o.insert(QStringLiteral("benchmark"), benchmarkToJson(*m_bench[index(t)]));
        QJsonObject perPlatform;
        for (Platform p : allPlatforms()) {
            const auto it = m_platformBench.constFind(platformTierKey(p, t));
            if (it != m_platformBench.constEnd() && it.value())
                perPlatform.insert(platformKey(p), benchmarkToJson(*it.value()));
        }
        if (!perPlatform.isEmpty())
            o.insert(QStringLiteral("platform_benchmarks"), perPlatform);
        tiers.insert(tierKey(t), o);
    }
    return {{QStringLiteral("tiers"), tiers}};
}

std::optional<TierScheme> TierScheme::fromJson(const QJsonObject &json)
{
    const QJsonObject tiers = json.value(u"tiers").toObject();
    if (tiers.isEmpty())
        return std::nullopt;
    TierScheme s;
    for (Tier t : allTiers()) {
        const QJsonObject o = tiers.value(tierKey(t)).toObject();
        if (o.isEmpty())
            return std::nullopt;
        // Present values must be well-formed: a typo never silently falls back to a default.
        const QJsonValue lower = o.value(u"min_followers");
        if (!lower.isUndefined()) {
            if (!lower.isDouble() || lower.toDouble() != double(lower.toInteger()))
                return std::nullopt;
            s.m_lower[index(t)] = lower.toInteger();
        }
        const QJsonValue bench = o.value(u"benchmark");
        s.m_bench[index(t)] = benchmarkFromJson(bench);
        if (!bench.isUndefined() && !bench.isNull() && !s.m_bench[index(t)])
            return std::nullopt;
        const QJsonObject perPlatform = o.value(u"platform_benchmarks").toObject();
        for (auto it = perPlatform.begin(); it != perPlatform.end(); ++it) {
            const auto p = platformFromString(it.key());
            const auto b = benchmarkFromJson(it.value());
            if (!p || !b)
                return std::nullopt;
            s.setPlatformBenchmark(*p, t, *b);
        }
    }
    s.m_lower[index(Tier::Emerging)] = 0;
    if (!s.isValid())
        return std::nullopt;
    return s;
}

bool TierScheme::operator==(const TierScheme &other) const
{
    return m_lower == other.m_lower && m_bench == other.m_bench
        && m_platformBench == other.m_platformBench;
}

} // namespace tierscope::core
