// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/backup_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace tierscope::ui {

QString backupKindName(core::WorkspaceBackup::Kind kind)
{
    using Kind = core::WorkspaceBackup::Kind;
    switch (kind) {
    case Kind::Daily:
        return QCoreApplication::translate("BackupText", "daily");
    case Kind::Manual:
        return QCoreApplication::translate("BackupText", "manual");
    case Kind::PreMigration:
        return QCoreApplication::translate("BackupText", "before upgrade");
    case Kind::BeforeRestore:
        return QCoreApplication::translate("BackupText", "before restore");
    }
    return {};
}

QString backupTimeText(const QDateTime &taken)
{
    const QLocale locale;
    // The locale's long time format has the seconds; its time zone ("t") is left out.
    const QString time = locale.timeFormat(QLocale::LongFormat).remove(u't').trimmed();
    return locale.toString(taken.date(), QLocale::ShortFormat) + u' '
           + locale.toString(taken.time(), time);
}

} // namespace tierscope::ui
