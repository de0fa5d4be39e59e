// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/action_icons.h"

#include <QFile>

namespace tierscope::ui {

namespace {
const QString kActionIcons = QStringLiteral(":/tierscope/icons/actions");
}

QIcon themeIcon(const char *name)
{
    const QString themeName = QString::fromLatin1(name);
    const QString own = kActionIcons + u'/' + themeName + QStringLiteral(".svg");
    return QFile::exists(own) ? QIcon::fromTheme(themeName, QIcon(own))
                              : QIcon::fromTheme(themeName);
}

void installIconFallback()
{
    // Without a theme name (no desktop environment) Qt consults no fallback at all; hicolor is
    // the base every theme inherits from, so naming it changes nothing else.
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(QStringLiteral("hicolor"));
    QStringList paths = QIcon::fallbackSearchPaths();
    if (!paths.contains(kActionIcons))
        QIcon::setFallbackSearchPaths(paths << kActionIcons);
}

} // namespace tierscope::ui
