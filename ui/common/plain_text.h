// SPDX-License-Identifier: GPL-3.0-or-later
// User data (handles, names, notes, briefs, imported cells) must show as written, never as HTML.
// QLabel's default AutoText and every tooltip render text that merely looks like HTML
// (Qt::mightBeRichText) as rich text: a handle "<b>x</b>" would show a bold x, and an <img> tag
// would load a file. Labels showing user data set Qt::PlainText; tooltips go through this.
#pragma once

#include <QString>

namespace tierscope::ui {

// The text as a tooltip shows it literally: unchanged when Qt would read it as plain text,
// else escaped inside a paragraph that keeps its line breaks.
QString plainToolTip(const QString &text);

// A handle as it is shown: "@" and the handle with its control and bidirectional formatting
// characters made visible (core::escapeForTerminal: "<U+202E>"), so that a right-to-left
// override cannot make "@evil<U+202E>gnp.exe" read as another handle.
QString displayHandle(const QString &handle);

} // namespace tierscope::ui
