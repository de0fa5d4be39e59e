// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace tierscope::ui {

// The colour of a value the import cannot read or a row it refuses, readable on the palette's
// base (light or dark).
QColor importWarningColor(const QPalette &palette);

} // namespace tierscope::ui
