// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/support/tier_fixture.h"

#include "tests/core/support/test_workspace.h"

namespace tierscope::test {

using namespace tierscope::core;

namespace {

Creator fixtureCreator(Platform p, const char *handle, std::optional<qint64> followers,
                       std::optional<double> er, const char *country = "US")
{
    Creator c = makeCreator(p, QLatin1String(handle), followers, er);
    c.country = QLatin1String(country);
    return c;
}

Creator withFee(Creator c, qint64 minor, const char *currency, std::optional<double> authenticity)
{
    c.fee = Money(minor, QLatin1String(currency));
    c.authenticity = authenticity;
    return c;
}

} // namespace

QList<Creator> tierFixture()
{
    using P = Platform;
    return {
        fixtureCreator(P::Instagram, "emergingone", 999, 0.15),
        // nano: ER .02 .04 .06 .08 .10 → Q1 .04, median .06, Q3 .08
        withFee(fixtureCreator(P::Instagram, "nanoone", 1'000, 0.02, "DE"), 10'000, "USD", 0.9),
        withFee(fixtureCreator(P::TikTok, "nanotwo", 2'000, 0.04), 20'000, "USD", 0.8),
        withFee(fixtureCreator(P::YouTube, "nanothree", 3'000, 0.06), 30'000, "USD", 0.7),
        withFee(fixtureCreator(P::Instagram, "nanofour", 4'000, 0.08), 40'000, "EUR", std::nullopt),
        fixtureCreator(P::TikTok, "nanofive", 9'999, 0.10),
        // micro: ER .05 .07 .07 .20 (+ one unknown) → Q1 .065, median .07, Q3 .1025
        fixtureCreator(P::Instagram, "microone", 10'000, 0.05, "DE"),
        fixtureCreator(P::TikTok, "microtwo", 20'000, 0.07),
        fixtureCreator(P::TikTok, "microthree", 50'000, 0.07),
        fixtureCreator(P::YouTube, "microfour", 99'999, 0.20),
        fixtureCreator(P::Instagram, "microfive", 30'000, std::nullopt),
        // macro: one creator on the boundary
        fixtureCreator(P::TikTok, "macroone", 100'000, 0.03),
        // mega: ER .01 .02 → Q1 .0125, median .015, Q3 .0175
        fixtureCreator(P::YouTube, "megaone", 1'000'000, 0.01),
        fixtureCreator(P::Instagram, "megatwo", 2'500'000, 0.02),
        // no follower count: no tier, counted in the total only
        fixtureCreator(P::Instagram, "unknownone", std::nullopt, 0.05),
    };
}

} // namespace tierscope::test
