// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/help_menu.h"

#include "ui/common/action_icons.h"
#include "ui/help/shortcuts_dialog.h"
#include "ui/help/user_guide_dialog.h"

#include <QMainWindow>
#include <QMenu>

namespace tierscope::ui {

HelpMenu::HelpMenu(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void HelpMenu::addTo(QMenu *menu)
{
    QAction *guide = menu->addAction(themeIcon("help-contents"), tr("&User Guide"));
    guide->setShortcuts(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &HelpMenu::showUserGuide);
    QAction *keys = menu->addAction(themeIcon("preferences-desktop-keyboard-shortcuts"),
                                    tr("&Keyboard Shortcuts"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Slash));
    connect(keys, &QAction::triggered, this, &HelpMenu::showShortcuts);
}

void HelpMenu::showUserGuide()
{
    // One guide window at a time; it stays open beside the main window.
    auto *existing = m_window->findChild<UserGuideDialog *>();
    if (!existing) {
        existing = new UserGuideDialog(m_window);
        existing->setAttribute(Qt::WA_DeleteOnClose);
    }
    existing->show();
    existing->raise();
    existing->activateWindow();
}

void HelpMenu::showShortcuts()
{
    ShortcutsDialog dialog(m_window);
    dialog.exec();
}

} // namespace tierscope::ui
