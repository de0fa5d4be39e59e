// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace tierscope::ui {

class AppSettings;

// View › Theme (System / Light / Dark, applied at once) and View › Language (System / English /
// Deutsch, applied at the next start, which the user is told).
class AppearanceMenus : public QObject
{
    Q_OBJECT
public:
    AppearanceMenus(AppSettings &settings, QWidget *window);

    // Adds both submenus to `menu`.
    void addTo(QMenu *menu);

private:
    QMenu *createThemeMenu();
    QMenu *createLanguageMenu();

    AppSettings &m_settings;
    QWidget *m_window;
};

} // namespace tierscope::ui
