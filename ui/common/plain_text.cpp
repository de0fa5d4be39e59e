// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/plain_text.h"

#include <QTextDocument>

namespace tierscope::ui {

QString plainToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped()
           + QStringLiteral("</p>");
}

} // namespace tierscope::ui
