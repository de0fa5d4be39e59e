// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace tierscope::ui {

// An action icon by its freedesktop name ("document-open"): the desktop's icon theme first, so
// the app looks native, else the app's own SVG (resources/icons/actions), sharp at any scale.
QIcon themeIcon(const char *name);

// Lets plain QIcon::fromTheme(name) calls fall back to the app's SVGs as well. Called once at
// start-up, before any window is built.
void installIconFallback();

} // namespace tierscope::ui
