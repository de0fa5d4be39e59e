// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appearance/appearance_menus.h"

#include "ui/appearance/language.h"
#include "ui/appearance/system_color_scheme.h"
#include "ui/appearance/theme.h"
#include "ui/common/app_settings.h"
#include "ui/common/message_box.h"

#include <QActionGroup>
#include <QMenu>

namespace tierscope::ui {

AppearanceMenus::AppearanceMenus(AppSettings &settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
{
    // "System" follows the desktop while the app runs, not only at start-up.
    auto *watcher = new SystemColorSchemeWatcher(this);
    connect(watcher, &SystemColorSchemeWatcher::changed, this, [this] {
        if (themeFromKey(m_settings.value(settings::uiTheme)) == Theme::System)
            applyTheme(Theme::System);
    });
}

void AppearanceMenus::addTo(QMenu *menu)
{
    menu->addMenu(createThemeMenu());
    menu->addMenu(createLanguageMenu());
}

QMenu *AppearanceMenus::createThemeMenu()
{
    auto *menu = new QMenu(tr("&Theme"), m_window);
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(menu);
    const Theme current = themeFromKey(m_settings.value(settings::uiTheme));
    const struct
    {
        Theme theme;
        QString text;
    } choices[] = {
        {Theme::System, tr("&System")},
        {Theme::Light, tr("&Light")},
        {Theme::Dark, tr("&Dark")},
    };
    for (const auto &c : choices) {
        QAction *a = menu->addAction(c.text);
        a->setCheckable(true);
        a->setChecked(c.theme == current);
        a->setData(themeKey(c.theme));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, theme = c.theme] {
            m_settings.setValue(settings::uiTheme, themeKey(theme));
            applyTheme(theme);
        });
    }
    return menu;
}

QMenu *AppearanceMenus::createLanguageMenu()
{
    auto *menu = new QMenu(tr("&Language"), m_window);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString current = m_settings.value(settings::uiLanguage);
    QStringList codes {QString()};
    codes += availableLanguages();
    for (const QString &code : codes) {
        // Language names stay in their own language, so anyone can find theirs.
        QAction *a = menu->addAction(code.isEmpty() ? tr("&System") : nativeLanguageName(code));
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            if (code == m_settings.value(settings::uiLanguage))
                return;
            m_settings.setValue(settings::uiLanguage, code);
            MessageBox::information(m_window, tr("Language"),
                                    tr("The language changes when Tierscope starts next."));
        });
    }
    return menu;
}

} // namespace tierscope::ui
