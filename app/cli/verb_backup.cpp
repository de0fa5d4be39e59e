// SPDX-License-Identifier: GPL-3.0-or-later
// backup / restore: File › Back Up Now and File › Restore Backup from the command line.
#include "app/cli/cli_common.h"
#include "app/cli/console.h"
#include "app/cli/verbs.h"

#include "core/common/clock.h"
#include "core/storage/workspace_backup.h"

#include <QDir>
#include <QFileInfo>

namespace tierscope::app {

using namespace tierscope::core;

namespace {

QString kindName(WorkspaceBackup::Kind kind)
{
    switch (kind) {
    case WorkspaceBackup::Kind::Daily: return QStringLiteral("daily");
    case WorkspaceBackup::Kind::Manual: return QStringLiteral("manual");
    case WorkspaceBackup::Kind::PreMigration: return QStringLiteral("before upgrade");
    case WorkspaceBackup::Kind::BeforeRestore: return QStringLiteral("before restore");
    }
    return {};
}

// The complete backups, newest first, as File › Restore Backup lists them. Needs no open
// workspace: it is how to find a backup of one that was lost.
int listBackups(const QString &workspace)
{
    const QStringList backups = WorkspaceBackup::backups(workspace);
    if (backups.isEmpty()) {
        printOut(QStringLiteral("No backups of %1.\n").arg(QDir::toNativeSeparators(workspace)));
        return ExitOk;
    }
    for (const QString &b : backups)
        printOut(QStringLiteral("%1  %2  %3\n")
                     .arg(WorkspaceBackup::takenAt(b).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          kindName(WorkspaceBackup::kindOf(b)).leftJustified(14),
                          QDir::toNativeSeparators(b)));
    return ExitOk;
}

} // namespace

int runBackup(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copies the workspace into its backup folder (a manual backup, kept until deleted)."));
    addWorkspaceOption(parser);
    parser.addOption({QStringLiteral("list"),
                      QStringLiteral("List the workspace's backups, newest first, instead.")});
    if (!parseVerbArguments(parser, QStringLiteral("backup"), args))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.isSet(QStringLiteral("list")))
        return listBackups(QDir::cleanPath(parser.isSet(QStringLiteral("workspace"))
                                               ? parser.value(QStringLiteral("workspace"))
                                               : Workspace::defaultPath()));
    // Opening checks the file (a workspace, not damaged, not newer) before it is copied.
    auto ws = openWorkspace(parser, Workspace::Mode::ReadOnly);
    if (!ws)
        return ExitFailure;
    const auto made = WorkspaceBackup::backupNow(ws->path(), Clock::system().now(),
                                                 WorkspaceBackup::Kind::Manual);
    if (!made) {
        printErr(QStringLiteral("tierscope backup: %1").arg(made.error().message));
        return ExitFailure;
    }
    printOut(QStringLiteral("Backed up to %1\n").arg(QDir::toNativeSeparators(*made)));
    return ExitOk;
}

int runRestore(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Replaces the workspace's contents with a backup's; the current contents are kept "
        "beside it as “….before-restore-<time>”. Refused while another process is writing to "
        "the workspace. Close it in the app first: the app does not notice the change."));
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("BACKUP"), QStringLiteral("The backup file."));
    if (!parseVerbArguments(parser, QStringLiteral("restore"), args))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral("tierscope restore: name the backup file to restore."));
        return ExitUsage;
    }
    const QString backup = parser.positionalArguments().constFirst();
    const QString workspace = QDir::cleanPath(parser.isSet(QStringLiteral("workspace"))
                                                  ? parser.value(QStringLiteral("workspace"))
                                                  : Workspace::defaultPath());
    if (!QFileInfo::exists(backup)) {
        printErr(QStringLiteral("tierscope restore: “%1” does not exist.").arg(backup));
        return ExitFailure;
    }
    const auto kept = WorkspaceBackup::restore(backup, workspace, Clock::system().now());
    if (!kept) {
        printErr(QStringLiteral("tierscope restore: %1").arg(kept.error().message));
        return ExitFailure;
    }
    printOut(kept->isEmpty()
                 ? QStringLiteral("Restored %1 to %2\n").arg(backup, workspace)
                 : QStringLiteral("Restored %1 to %2; the replaced file was kept as %3\n")
                       .arg(backup, workspace, QDir::toNativeSeparators(*kept)));
    return ExitOk;
}

} // namespace tierscope::app
