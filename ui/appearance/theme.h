// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tierscope::ui {

// The look of the app: the system's (light or dark, as the desktop prefers), or forced.
enum class Theme { System, Light, Dark };

Theme themeFromKey(const QString &key); // "system", "light", "dark"; anything else: System
QString themeKey(Theme theme);

// Applies a theme to the running application. The platform's own style and palette are kept
// whenever they already match; otherwise Fusion with a light or dark palette stands in (Qt 6.4
// has no colour-scheme API, so a desktop's dark preference is read from the XDG portal).
void applyTheme(Theme theme);

// True when the application palette in use is a dark one (custom colours test this too).
bool isDarkPaletteActive();

} // namespace tierscope::ui
