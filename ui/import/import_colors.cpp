// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/import_colors.h"

namespace tierscope::ui {

QColor importWarningColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xf2, 0xb1, 0x5c) : QColor(0xa3, 0x4a, 0x00);
}

} // namespace tierscope::ui
