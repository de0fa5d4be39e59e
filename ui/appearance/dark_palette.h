// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

namespace tierscope::ui {

// A dark palette for the Fusion style: text above 7:1 on its bases, a blue highlight, and
// disabled roles that stay legible.
QPalette darkPalette();

} // namespace tierscope::ui
