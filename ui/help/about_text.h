// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tierscope::ui {

// The rich text of Help › About: version, licence, and the Qt and SQLite versions in use.
QString aboutText();

} // namespace tierscope::ui
