// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tierscope::app {

// Control and bidirectional characters are shown visibly (core::escapeForTerminal): printOut
// keeps line breaks (callers lay out lines and escape the data they place in them), printErr
// escapes them too (a message is one line).
void printOut(const QString &text); // stdout, UTF-8, adds nothing
void printErr(const QString &text); // stderr, UTF-8, adds a newline

// Exit codes shared by all verbs.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// Lays rows out as a plain text table; columns listed in rightAligned are right-aligned. Every
// cell is escaped for the terminal, line breaks included, so a cell never spans lines.
QString formatTable(const QStringList &header, const QList<QStringList> &rows,
                    const QList<int> &rightAligned);

} // namespace tierscope::app
