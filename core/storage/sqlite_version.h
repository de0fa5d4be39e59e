// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tierscope::core {

// The version of the SQLite library the app runs on (the system's libsqlite3), e.g. "3.40.1".
QString sqliteVersion();

} // namespace tierscope::core
