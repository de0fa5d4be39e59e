// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/tier.h"

#include <QColor>
#include <QPalette>

namespace tierscope::ui {

// The colour of each tier, for badges and charts, tuned for the light or dark palette given.
struct TierColors
{
    QColor fill;
    QColor text;
    QColor border;

    static TierColors of(core::Tier tier, const QPalette &palette);
    // The tier's hue as a solid mark on the palette's base colour (chart points and lines).
    static QColor plot(core::Tier tier, const QPalette &palette);
};

} // namespace tierscope::ui
