// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/about_text.h"

#include "core/storage/sqlite_version.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace tierscope::ui {

QString aboutText()
{
    return QCoreApplication::translate(
               "AboutText",
               "<h3>Tierscope %1</h3>"
               "<p>Campaign planning for influencer marketing, built around micro-influencers.</p>"
               "<p>Your data stays on this computer, in one workspace file.</p>"
               "<p>Copyright © The Tierscope developers.<br>"
               "Licensed under the GNU General Public License, version 3 or (at your option) any "
               "later version (GPL-3.0-or-later). This program comes with ABSOLUTELY NO "
               "WARRANTY.</p>"
               "<p>Built with Qt %2, running on Qt %3 and SQLite %4.</p>"
               "<p><a href=\"%5\">%5</a></p>")
        .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()), core::sqliteVersion(),
             QStringLiteral("https://tierscope.example.org"));
}

} // namespace tierscope::ui
