// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/import_report.h"

#include <QCoreApplication>
#include <QLocale>

namespace tierscope::core {

QString RejectedRow::toString() const
{
    if (column.isEmpty())
        return QCoreApplication::translate("RejectedRow", "line %1: %2").arg(line).arg(reason);
    return QCoreApplication::translate("RejectedRow", "line %1, column %2: %3")
        .arg(line)
        .arg(column, reason);
}

QString UnknownTally::toString() const
{
    const QString tokenList = tokens.join(QStringLiteral(", "));
    if (count == 1)
        return QCoreApplication::translate("UnknownTally",
                                           "1 value of column “%1” read as unknown: %2")
            .arg(column, tokenList);
    return QCoreApplication::translate("UnknownTally",
                                       "%1 values of column “%2” read as unknown: %3")
        .arg(QLocale().toString(count), column, tokenList);
}

} // namespace tierscope::core
