// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace tierscope::ui {

// Runs `apply` again whenever the application palette reaches the widget (View › Theme while the
// app runs), for colours a widget takes from the palette once, such as an alert red set on a label.
void onPaletteChange(QWidget *widget, std::function<void()> apply);

} // namespace tierscope::ui
