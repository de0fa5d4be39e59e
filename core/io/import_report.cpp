// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/import_report.h"

namespace tierscope::core {

QString RejectedRow::toString() const
{
    if (column.isEmpty())
        return QStringLiteral("line %1: %2").arg(line).arg(reason);
    return QStringLiteral("line %1, column %2: %3").arg(line).arg(column, reason);
}

} // namespace tierscope::core
