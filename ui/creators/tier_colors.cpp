// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/creators/tier_colors.h"

namespace tierscope::ui {

TierColors TierColors::of(core::Tier tier, const QPalette &palette)
{
    // One hue per tier; light palettes get a pale fill with dark text, dark palettes a deep
    // fill with light text, so the label keeps a contrast ratio above 4.5:1 in both.
    int hue = 0;
    int saturation = 150;
    switch (tier) {
    case core::Tier::Emerging: hue = 210; saturation = 15; break;
    case core::Tier::Nano: hue = 170; break;
    case core::Tier::Micro: hue = 215; break;
    case core::Tier::Macro: hue = 30; break;
    case core::Tier::Mega: hue = 320; break;
    }
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
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

} // namespace tierscope::ui
