// SPDX-License-Identifier: GPL-3.0-or-later
// Text from a workspace or a file, made safe to print on a terminal. A name, handle or note may
// hold ESC sequences (which recolour, move the cursor or retitle the window), carriage returns
// and line breaks (which overwrite or fake table rows) and bidirectional controls (which reorder
// what is shown). Printed raw, they let data pass for something else.
#pragma once

#include <QString>
#include <QStringView>

namespace tierscope::core {

enum class TerminalLineBreaks {
    Escape, // "\n" too is shown as \n: for a value inside a line (a table cell, a name)
    Keep,   // "\n" stays a line break: for whole output the program laid out itself
};

// The text with every control character shown visibly: C0 controls (\n, \r, \t, other \xNN),
// DEL (\x7f), C1 controls (\x80 … \x9f) and the bidirectional formatting characters (U+061C,
// U+200E, U+200F, U+202A … U+202E, U+2066 … U+2069) and line and paragraph separators (U+2028,
// U+2029) as <U+XXXX>. Everything else, backslashes included, is unchanged, so applying it twice
// changes nothing more. For terminal output only: files (CSV) keep their data as it is.
QString escapeForTerminal(QStringView text,
                          TerminalLineBreaks lineBreaks = TerminalLineBreaks::Escape);

} // namespace tierscope::core
