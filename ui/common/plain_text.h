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

} // namespace tierscope::ui
