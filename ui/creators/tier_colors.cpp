// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/creators/tier_colors.h"

namespace tierscope::ui {

namespace {

struct Hue
{
    int hue = 0;
    int saturation = 150;
};

Hue hueOf(core::Tier tier)
{
    switch (tier) {
    case core::Tier::Emerging: return {210, 15};
    case core::Tier::Nano: return {170, 150};
    case core::Tier::Micro: return {215, 150};
    case core::Tier::Macro: return {30, 150};
    case core::Tier::Mega: return {320, 150};
    }
    return {};
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

TierColors TierColors::of(core::Tier tier, const QPalette &palette)
{
    // One hue per tier; light palettes get a pale fill with dark text, dark palettes a deep
    // fill with light text, so the label keeps a contrast ratio above 4.5:1 in both.
    const auto [hue, saturation] = hueOf(tier);
    const bool dark = isDark(palette);
    TierColors c;
    if (dark) {
        c.fill = QColor::fromHsl(hue, saturation * 2 / 3, 62);
        c.text = QColor::fromHsl(hue, std::min(255, saturation + 60), 215);
        c.border = QColor::fromHsl(hue, saturation, 110);
    } else {
        c.fill = QColor::fromHsl(hue, std::min(255, saturation + 60), 228);
        c.text = QColor::fromHsl(hue, std::min(255, saturation + 40), 62);
        c.border = QColor::fromHsl(hue, saturation, 185);
    }
    return c;
}

QColor TierColors::plot(core::Tier tier, const QPalette &palette)
{
    // Mid lightness, stronger saturation than the badges: small dots must read on white and on
    // a dark base alike (emerging stays a neutral grey).
    const auto [hue, saturation] = hueOf(tier);
    const int s = saturation < 50 ? saturation : 200;
    return isDark(palette) ? QColor::fromHsl(hue, s, 150) : QColor::fromHsl(hue, s, 105);
}

} // namespace tierscope::ui
