// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli_common.h"
#include "app/cli/console.h"
#include "app/cli/verbs.h"

#include "core/common/terminal_text.h"
#include "core/demo/demo_workspace.h"

#include <QElapsedTimer>
#include <QLocale>

namespace tierscope::app {

using namespace tierscope::core;

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fills an empty workspace with a deterministic, realistic sample."));
    addWorkspaceOption(parser);
    parser.addOption({QStringLiteral("creators"), QStringLiteral("How many creators (default 10000)."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 20261101)."),
                      QStringLiteral("SEED"), QStringLiteral("20261101")});
    if (!parseVerbArguments(parser, QStringLiteral("demo"), args))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    DemoOptions options;
    bool ok = false;
    const auto n = parseAmount(parser.value(QStringLiteral("creators")));
    options.creators = n ? qint64(*n) : -1;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!n || *n < 0 || *n > 50'000'000 || !ok) {
        printErr(QStringLiteral("tierscope demo: --creators takes a number from 0 to 50M, --seed a "
                                "whole number."));
        return ExitUsage;
    }
    auto ws = openWorkspace(parser, Workspace::Mode::ReadWrite);
    if (!ws)
        return ExitFailure;
    QElapsedTimer timer;
    timer.start();
    if (const Status s = writeDemoWorkspace(*ws, options)) {
        printErr(QStringLiteral("tierscope demo: %1").arg(s.message));
        return ExitFailure;
    }
    printOut(QStringLiteral("Wrote %1 sample creators, 2 shortlists and 2 campaigns to %2 in %3 s.\n")
                 .arg(QLocale().toString(options.creators), escapeForTerminal(ws->path()),
                      QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)));
    return ExitOk;
}

} // namespace tierscope::app
