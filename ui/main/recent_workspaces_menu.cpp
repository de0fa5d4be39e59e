// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/recent_workspaces_menu.h"

#include "ui/common/app_settings.h"

#include <QDir>
#include <QFileInfo>

namespace tierscope::ui {

RecentWorkspacesMenu::RecentWorkspacesMenu(AppSettings &settings, QWidget *parent)
    : QMenu(tr("Open &Recent"), parent), m_settings(settings)
{
    connect(this, &QMenu::aboutToShow, this, &RecentWorkspacesMenu::rebuild);
    rebuild();
}

void RecentWorkspacesMenu::rebuild()
{
    clear();
    const QStringList recent = m_settings.value(settings::recentWorkspaces);
    int n = 0;
    for (const QString &path : recent) {
        const QFileInfo info(path);
        ++n;
        const QString label = n < 10 ? tr("&%1 %2").arg(n).arg(info.completeBaseName())
                                     : info.completeBaseName();
        QAction *a = addAction(label);
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        a->setEnabled(info.exists());
        connect(a, &QAction::triggered, this, [this, path] { emit workspaceChosen(path); });
    }
    if (recent.isEmpty()) {
        addAction(tr("No Recent Workspaces"))->setEnabled(false);
        return;
    }
    addSeparator();
    connect(addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
        m_settings.reset(settings::recentWorkspaces);
        rebuild();
    });
}

} // namespace tierscope::ui
