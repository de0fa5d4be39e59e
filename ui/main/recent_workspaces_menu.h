// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace tierscope::ui {

class AppSettings;

// File › Open Recent: the workspaces from the settings, most recent first, rebuilt on showing.
class RecentWorkspacesMenu : public QMenu
{
    Q_OBJECT
public:
    RecentWorkspacesMenu(AppSettings &settings, QWidget *parent = nullptr);
    void rebuild();

signals:
    void workspaceChosen(const QString &path);

private:
    AppSettings &m_settings;
};

} // namespace tierscope::ui
