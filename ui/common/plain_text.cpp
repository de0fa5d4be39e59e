// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/plain_text.h"

#include "core/common/terminal_text.h"

#include <QTextDocument>

namespace tierscope::ui {

QString plainToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped()
           + QStringLiteral("</p>");
}

QString displayHandle(const QString &handle)
{
    return u'@' + core::escapeForTerminal(handle);
}

} // namespace tierscope::ui
