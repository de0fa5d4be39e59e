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

int runBackup(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copies the workspace into its backup folder (a manual backup, kept until deleted)."));
    addWorkspaceOption(parser);
    if (!parseVerbArguments(parser, QStringLiteral("backup"), args))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
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
        "Replaces the workspace with a backup; the current file is kept beside it as "
        "“….before-restore-<time>”. Close the workspace in the app first."));
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
