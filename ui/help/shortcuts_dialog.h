// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMainWindow;
class QTreeWidget;

namespace tierscope::ui {

// Help › Keyboard Shortcuts: every action of the window that has a shortcut, by menu, read from
// the live actions (so it can never disagree with them), with a filter box.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMainWindow *window);

    QTreeWidget *tree() const { return m_tree; }

private:
    void fill(QMainWindow *window);
    void filter(const QString &text);

    QTreeWidget *m_tree = nullptr;
};

} // namespace tierscope::ui
