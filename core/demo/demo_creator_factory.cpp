// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demo_creator_factory.h"

#include <algorithm>
#include <cmath>

namespace tierscope::core {

namespace {

struct CountryInfo
{
    const char *code;
    const char *language;
    const char *currency;
    double weight;
};

const CountryInfo kCountries[] = {
    {"US", "en", "USD", 26}, {"GB", "en", "GBP", 8}, {"DE", "de", "EUR", 7}, {"FR", "fr", "EUR", 6},
    {"ES", "es", "EUR", 5},  {"IT", "it", "EUR", 4}, {"BR", "pt", "USD", 7}, {"MX", "es", "USD", 5},
    {"IN", "hi", "USD", 7},  {"ID", "id", "USD", 4}, {"JP", "ja", "USD", 3}, {"KR", "ko", "USD", 2},
    {"CA", "en", "USD", 4},  {"AU", "en", "USD", 3}, {"NL", "nl", "EUR", 2}, {"SE", "sv", "EUR", 1},
    {"PL", "pl", "EUR", 2},  {"TR", "tr", "USD", 2}, {"NG", "en", "USD", 1}, {"AE", "ar", "USD", 1},
    {"UA", "uk", "USD", 1},
};

const QList<QString> &niches()
{
    static const QList<QString> n = {
        QStringLiteral("fitness"),  QStringLiteral("beauty"),     QStringLiteral("fashion"),
        QStringLiteral("food"),     QStringLiteral("vegan"),      QStringLiteral("travel"),
        QStringLiteral("gaming"),   QStringLiteral("tech"),       QStringLiteral("parenting"),
        QStringLiteral("finance"),  QStringLiteral("home decor"), QStringLiteral("pets"),
        QStringLiteral("outdoors"), QStringLiteral("music"),      QStringLiteral("comedy"),
        QStringLiteral("education"), QStringLiteral("skincare"),  QStringLiteral("running"),
        QStringLiteral("yoga"),     QStringLiteral("cycling"),    QStringLiteral("books"),
        QStringLiteral("diy"),      QStringLiteral("coffee"),     QStringLiteral("sustainability"),
    };
    return n;
}

const QList<QString> &firstNames()
{
    static const QList<QString> n = {
        QStringLiteral("anna"),  QStringLiteral("ben"),   QStringLiteral("carla"), QStringLiteral("dev"),
        QStringLiteral("elif"),  QStringLiteral("finn"),  QStringLiteral("grace"), QStringLiteral("hiro"),
        QStringLiteral("ines"),  QStringLiteral("jonas"), QStringLiteral("kemi"),  QStringLiteral("lena"),
        QStringLiteral("marco"), QStringLiteral("nora"),  QStringLiteral("omar"),  QStringLiteral("priya"),
        QStringLiteral("quinn"), QStringLiteral("rosa"),  QStringLiteral("sam"),   QStringLiteral("tariq"),
        QStringLiteral("uma"),   QStringLiteral("vik"),   QStringLiteral("wen"),   QStringLiteral("yara"),
        QStringLiteral("zoe"),   QStringLiteral("lucas"), QStringLiteral("maya"),  QStringLiteral("noah"),
        QStringLiteral("sofia"), QStringLiteral("leo"),   QStringLiteral("mila"),  QStringLiteral("ivan"),
    };
    return n;
}

const QList<QString> &lastNames()
{
    static const QList<QString> n = {
        QStringLiteral("Berg"),   QStringLiteral("Costa"),  QStringLiteral("Diaz"),  QStringLiteral("Evans"),
        QStringLiteral("Fischer"), QStringLiteral("Garcia"), QStringLiteral("Hahn"),  QStringLiteral("Ito"),
        QStringLiteral("Jensen"), QStringLiteral("Kaya"),   QStringLiteral("Lopez"), QStringLiteral("Meyer"),
        QStringLiteral("Nakamura"), QStringLiteral("Okafor"), QStringLiteral("Patel"), QStringLiteral("Rossi"),
        QStringLiteral("Silva"),  QStringLiteral("Tanaka"), QStringLiteral("Novak"), QStringLiteral("Weber"),
    };
    return n;
}

// Some names in other scripts: the app must show and export them byte for byte.
const QList<QString> &worldNames()
{
    static const QList<QString> n = {
        QStringLiteral("Анна Соколова"), QStringLiteral("Иван Петров"), QStringLiteral("李娜"),
        QStringLiteral("王伟"), QStringLiteral("さくら"), QStringLiteral("김민지"),
        QStringLiteral("ليلى حسن"), QStringLiteral("عمر خالد"), QStringLiteral("Zoë Ångström"),
        QStringLiteral("José Núñez"), QStringLiteral("Mia ✨ Glow"), QStringLiteral("Chef Ravi 🍛"),
    };
    return n;
}

QString capitalised(const QString &s)
{
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

} // namespace

DemoCreatorFactory::DemoCreatorFactory(quint64 seed) : m_seed(seed), m_rng(seed) {}

QDate DemoCreatorFactory::referenceDate()
{
    return QDate(2026, 11, 1);
}

double DemoCreatorFactory::uniform()
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
}

double DemoCreatorFactory::normal()
{
    return m_normal(m_rng);
}

Creator DemoCreatorFactory::make(qint64 index)
{
    // Each creator draws from its own stream, so creator N is the same whatever came before.
    m_rng.seed(m_seed ^ (quint64(index) * 0x9E3779B97F4A7C15ULL));
    m_normal.reset();

    Creator c;
    const double p = uniform();
    c.platform = p < 0.45 ? Platform::Instagram : (p < 0.80 ? Platform::TikTok : Platform::YouTube);

    // log10(followers) ~ N(4.35, 0.85): most creators are nano and micro, a long tail is mega.
    // Draws beyond 200 … 80 M land spread over the last tenth of a decade at that end, not all
    // on one follower count.
    double logF = 4.35 + 0.85 * normal();
    if (logF > 7.9)
        logF = 7.8 + 0.1 * uniform();
    else if (logF < 2.3)
        logF = 2.3 + 0.1 * uniform();
    c.followers = qint64(std::llround(std::pow(10.0, logF)));
    const double f = double(*c.followers);

    // ER falls with reach (≈ 12 % at 1k, 9 % at 10k, 4.5 % at 100k, 2.3 % at 1M), per platform,
    // with noise.
    const double platformFactor = c.platform == Platform::TikTok ? 1.25
                                  : c.platform == Platform::YouTube ? 0.8 : 1.0;
    const double reachExponent = f < 10'000.0 ? -0.12 : -0.3; // flatter below micro
    const double er = std::clamp(0.09 * std::pow(f / 10'000.0, reachExponent) * platformFactor
                                     * std::exp(0.3 * normal()),
                                 0.002, 0.3);
    const double interactions = er * f;
    const bool componentsKnown = !chance(0.04);
    if (componentsKnown) {
        c.avgLikes = std::round(interactions * (0.86 + 0.04 * uniform()));
        c.avgComments = std::round(interactions * (0.04 + 0.04 * uniform()));
        if (c.platform != Platform::Instagram) // Instagram does not expose shares
            c.avgShares = std::max(0.0, std::round(interactions) - *c.avgLikes - *c.avgComments);
    }
    if (c.platform != Platform::Instagram || chance(0.5)) {
        if (!chance(0.1)) {
            const double u = uniform();
            const double viewRate = c.platform == Platform::TikTok ? 0.3 + 1.2 * u
                                    : c.platform == Platform::YouTube ? 0.1 + 0.5 * u
                                                                      : 0.15 + 0.4 * u;
            // A view comes before every like: ER by views stays below about 15 % (the same
            // draw, so the rest of the sample is unchanged).
            c.avgViews = std::round(std::max(f * viewRate, interactions * (6.5 + 10.0 * u)));
        }
    }
    // Some sources report their own ER (and it differs a little from the components).
    std::optional<double> reported;
    if (chance(0.12) || !componentsKnown) {
        if (!chance(0.3))
            reported = std::round(er * (0.95 + 0.1 * uniform()) * 10000.0) / 10000.0;
    }
    c.applyEngagement(reported, ErBases{}); // a new demo workspace has the default bases

    // Country and language.
    double total = 0;
    for (const auto &ci : kCountries)
        total += ci.weight;
    double r = uniform() * total;
    const CountryInfo *country = &kCountries[0];
    for (const auto &ci : kCountries) {
        r -= ci.weight;
        if (r <= 0) {
            country = &ci;
            break;
        }
    }
    c.country = QString::fromLatin1(country->code);
    c.language = chance(0.85) ? QString::fromLatin1(country->language) : QStringLiteral("en");

    // Identity: handles are unique through the index suffix.
    const QString &first = pick(firstNames());
    const QString &niche = pick(niches());
    QString nicheWord = niche;
    nicheWord.remove(u' ');
    const QString seps[] = {QStringLiteral("."), QStringLiteral("_"), QString()};
    c.handle = first + seps[index % 3] + nicheWord + QString::number(index);
    c.displayName = chance(0.05) ? pick(worldNames())
                                 : capitalised(first) + u' ' + pick(lastNames());
    c.niches << niche;
    if (chance(0.6)) {
        const QString &second = pick(niches());
        if (second != niche)
            c.niches << second;
    }
    if (chance(0.2)) {
        const QString &third = pick(niches());
        if (!c.niches.contains(third))
            c.niches << third;
    }

    // Audience quality.
    if (!chance(0.15))
        c.authenticity = std::round(std::clamp(0.9 - 0.1 * std::abs(normal()) - 0.02 * (logF - 4.0),
                                               0.35, 0.99) * 100.0) / 100.0;
    if (!chance(0.2))
        c.sponsoredRatio = std::round(std::clamp(0.04 + 0.06 * (logF - 3.0) + 0.05 * normal(), 0.0, 0.6)
                                      * 100.0) / 100.0;

    // Fee per post grows a little less than linearly with reach.
    if (!chance(0.15)) {
        const double major = std::max(25.0, 12.0 * std::pow(f / 1000.0, 0.85)
                                                * std::exp(0.3 * normal()));
        const double rounded = major < 1000 ? std::round(major / 5.0) * 5.0
                                            : std::round(major / 50.0) * 50.0;
        c.fee = Money::fromMajor(rounded, QString::fromLatin1(country->currency));
    }

    static const QString domains[] = {QStringLiteral("instagram.com/"),
                                      QStringLiteral("tiktok.com/@"),
                                      QStringLiteral("youtube.com/@")};
    c.profileUrl = QStringLiteral("https://www.") + domains[int(c.platform)] + c.handle;
    if (chance(0.4))
        c.email = c.handle + QStringLiteral("@example.com");
    if (chance(0.03))
        c.notes = QStringLiteral("Worked with us before; quick to reply.");
    c.source = QStringLiteral("Tierscope sample data");
    c.metricsAsOf = referenceDate().addDays(-qint64(uniform() * 180));
    return c;
}

} // namespace tierscope::core
