// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace tierscope::ui {

// The Help menu's own entries: User Guide (F1) and Keyboard Shortcuts.
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    explicit HelpMenu(QMainWindow *window);

    void addTo(QMenu *menu);
    void showUserGuide();
    void showShortcuts();

private:
    QMainWindow *m_window;
};

} // namespace tierscope::ui
