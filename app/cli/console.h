// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tierscope::app {

void printOut(const QString &text); // stdout, UTF-8, adds nothing
void printErr(const QString &text); // stderr, UTF-8, adds a newline

// Exit codes shared by all verbs.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// Lays rows out as a plain text table; columns listed in rightAligned are right-aligned.
QString formatTable(const QStringList &header, const QList<QStringList> &rows,
                    const QList<int> &rightAligned);

} // namespace tierscope::app
