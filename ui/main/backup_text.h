// SPDX-License-Identifier: GPL-3.0-or-later
// Words for backups shared by the backup dialogs and messages.
#pragma once

#include "core/storage/workspace_backup.h"

#include <QDateTime>
#include <QString>

namespace tierscope::ui {

// "daily", "manual", "before upgrade", "before restore".
QString backupKindName(core::WorkspaceBackup::Kind kind);
// When a backup was taken, to the second (two backups can be a minute apart): "11/26/26 2:16:58 AM".
QString backupTimeText(const QDateTime &taken);

} // namespace tierscope::ui
