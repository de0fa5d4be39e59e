// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite_version.h"

#include <sqlite3.h>

namespace tierscope::core {

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace tierscope::core
