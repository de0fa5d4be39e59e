// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/tier_scheme.h"

#include <QJsonArray>

namespace tierscope::core {

namespace {

int platformTierKey(Platform p, Tier t, ErBasis basis)
{
    return (basis == ErBasis::Views ? 32 : 0) + static_cast<int>(p) * 8 + static_cast<int>(t);
}

// Where a tier object of the JSON keeps each basis's benchmarks.
struct BasisKeys
{
    ErBasis basis;
    QLatin1String benchmark;
    QLatin1String perPlatform;
};
constexpr BasisKeys kBasisKeys[] = {
    {ErBasis::Followers, QLatin1String("benchmark"), QLatin1String("platform_benchmarks")},
    {ErBasis::Views, QLatin1String("views_benchmark"), QLatin1String("platform_views_benchmarks")},
};

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
    auto &byFollowers = m_bench[basisIndex(ErBasis::Followers)];
    byFollowers[index(Tier::Nano)] = Benchmark{0.08, seed};
    byFollowers[index(Tier::Micro)] = Benchmark{0.07, seed};
    byFollowers[index(Tier::Macro)] = Benchmark{0.025, seed};
    byFollowers[index(Tier::Mega)] = Benchmark{0.02, seed};

    // By views (docs/ENGAGEMENT.md): typical ER by views is about 4–6 % on TikTok and 3–5 % on
    // YouTube, falling gently with reach. Starting points to be replaced by the user's own
    // figures; the general ones (TikTok's) also serve Instagram Reels by views.
    const QString views = QStringLiteral("Tierscope default (typical ER by views; edit to your own)");
    auto &byViews = m_bench[basisIndex(ErBasis::Views)];
    const double tiktok[] = {0.06, 0.055, 0.05, 0.045};
    const double youtube[] = {0.05, 0.045, 0.04, 0.035};
    for (Tier t : {Tier::Nano, Tier::Micro, Tier::Macro, Tier::Mega}) {
        const size_t i = size_t(index(t) - 1);
        byViews[index(t)] = Benchmark{tiktok[i], views};
        setPlatformBenchmark(Platform::YouTube, t, Benchmark{youtube[i], views}, ErBasis::Views);
    }
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

std::optional<Benchmark> TierScheme::benchmark(Tier t, std::optional<Platform> platform,
                                               ErBasis basis) const
{
    if (platform) {
        const auto it = m_platformBench.constFind(platformTierKey(*platform, t, basis));
        if (it != m_platformBench.constEnd() && it.value())
            return it.value();
    }
    return m_bench[basisIndex(basis)][index(t)];
}

void TierScheme::setBenchmark(Tier t, const Benchmark &b, ErBasis basis)
{
    m_bench[basisIndex(basis)][index(t)] = b;
}

void TierScheme::clearBenchmark(Tier t, ErBasis basis)
{
    m_bench[basisIndex(basis)][index(t)].reset();
}

std::optional<Benchmark> TierScheme::platformBenchmark(Platform p, Tier t, ErBasis basis) const
{
    return m_platformBench.value(platformTierKey(p, t, basis));
}

void TierScheme::setPlatformBenchmark(Platform p, Tier t, const Benchmark &b, ErBasis basis)
{
    m_platformBench.insert(platformTierKey(p, t, basis), b);
}

void TierScheme::clearPlatformBenchmark(Platform p, Tier t, ErBasis basis)
{
    m_platformBench.remove(platformTierKey(p, t, basis));
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
    for (const auto &perTier : m_bench) {
        for (const auto &b : perTier) {
            if (badRate(b))
                return fail(
                    QStringLiteral("benchmark engagement rates must lie between 0 % and 100 %"));
        }
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
        for (const BasisKeys &keys : kBasisKeys) {
            const bool views = keys.basis == ErBasis::Views;
            const auto &b = m_bench[basisIndex(keys.basis)][index(t)];
            // By views, absence is written as null: a missing key means "the defaults" (a
            // scheme saved before benchmarks by views existed).
            if (b)
                o.insert(keys.benchmark, benchmarkToJson(*b));
            else if (views)
                o.insert(keys.benchmark, QJsonValue::Null);
            QJsonObject perPlatform;
            for (Platform p : allPlatforms()) {
                const auto it = m_platformBench.constFind(platformTierKey(p, t, keys.basis));
                if (it != m_platformBench.constEnd() && it.value())
                    perPlatform.insert(platformKey(p), benchmarkToJson(*it.value()));
            }
            if (!perPlatform.isEmpty() || views)
                o.insert(keys.perPlatform, perPlatform);
        }
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
        for (const BasisKeys &keys : kBasisKeys) {
            // A scheme saved before benchmarks by views keeps the default ones by views.
            const bool keepDefaults = keys.basis == ErBasis::Views;
            auto &own = s.m_bench[basisIndex(keys.basis)][index(t)];
            const QJsonValue bench = o.value(keys.benchmark);
            if (!(keepDefaults && bench.isUndefined())) {
                own = benchmarkFromJson(bench);
                if (!bench.isUndefined() && !bench.isNull() && !own)
                    return std::nullopt;
            }
            const QJsonValue perPlatformValue = o.value(keys.perPlatform);
            if (keepDefaults && perPlatformValue.isUndefined())
                continue;
            for (Platform p : allPlatforms())
                s.clearPlatformBenchmark(p, t, keys.basis);
            const QJsonObject perPlatform = perPlatformValue.toObject();
            for (auto it = perPlatform.begin(); it != perPlatform.end(); ++it) {
                const auto p = platformFromString(it.key());
                const auto b = benchmarkFromJson(it.value());
                if (!p || !b)
                    return std::nullopt;
                s.setPlatformBenchmark(*p, t, *b, keys.basis);
            }
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
