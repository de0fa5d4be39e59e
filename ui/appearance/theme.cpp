// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appearance/theme.h"

#include "ui/appearance/dark_palette.h"
#include "ui/appearance/system_color_scheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace tierscope::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// What the platform gave the app before any theme was applied, to return to it.
struct PlatformLook
{
    QString styleName;
    QPalette palette;
    bool dark = false;
};

const PlatformLook &platformLook()
{
    static const PlatformLook look = [] {
        PlatformLook l;
        l.styleName = QApplication::style()->name();
        l.palette = QApplication::palette();
        l.dark = isDark(l.palette);
        return l;
    }();
    return look;
}

// Widgets with a style sheet keep the palette they were polished with: polish them again.
void repolishStyleSheets()
{
    for (QWidget *w : QApplication::allWidgets()) {
        const QString sheet = w->styleSheet();
        if (sheet.isEmpty())
            continue;
        w->setStyleSheet(QString());
        w->setStyleSheet(sheet);
    }
}

void useFusion()
{
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

} // namespace

Theme themeFromKey(const QString &key)
{
    if (key == u"light")
        return Theme::Light;
    if (key == u"dark")
        return Theme::Dark;
    return Theme::System;
}

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

void applyTheme(Theme theme)
{
    const PlatformLook &platform = platformLook();
    bool wantDark = platform.dark;
    if (theme == Theme::Light)
        wantDark = false;
    else if (theme == Theme::Dark)
        wantDark = true;
    else if (!platform.dark)
        wantDark = systemPrefersDark(); // e.g. GNOME's dark style, which Qt 6.4 does not follow

    if (wantDark == platform.dark) {
        if (QApplication::style()->name() != platform.styleName)
            QApplication::setStyle(QStyleFactory::create(platform.styleName));
        QApplication::setPalette(platform.palette);
    } else {
        useFusion();
        QApplication::setPalette(wantDark ? darkPalette()
                                          : QApplication::style()->standardPalette());
    }
    repolishStyleSheets();
}

bool isDarkPaletteActive()
{
    return isDark(QApplication::palette());
}

} // namespace tierscope::ui
