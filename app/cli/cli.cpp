// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/cli/cli_application.h"
#include "app/cli/console.h"
#include "app/cli/locale_setup.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstring>
#include <functional>
#include <map>

namespace tierscope::app {

namespace {

using Verb = std::function<int(const QStringList &)>;

const std::map<QString, Verb> &verbs()
{
    static const std::map<QString, Verb> v = {
        {QStringLiteral("backup"), runBackup},
        {QStringLiteral("campaign"), runCampaign},
        {QStringLiteral("campaigns"), runCampaigns},
        {QStringLiteral("demo"), runDemo},
        {QStringLiteral("export-csv"), runExportCsv},
        {QStringLiteral("export-pdf"), runExportPdf},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("list"), runList},
        {QStringLiteral("restore"), runRestore},
        {QStringLiteral("stats"), runStats},
    };
    return v;
}

QString usage()
{
    return QStringLiteral(
        "Usage: tierscope [--workspace PATH | FILE.tierscope]   start the app\n"
        "       tierscope VERB [options]                        run one command\n"
        "\n"
        "Verbs (all take --workspace PATH; default: the workspace in your data folder):\n"
        "  backup                   copy the workspace into its backup folder (kept until deleted)\n"
        "  campaigns [--archived]   list campaigns: dates, status, budget, planned, committed\n"
        "  campaign show NAME|ID    a campaign's brief, roster, budget, forecast and results\n"
        "  campaign import-results NAME|ID FILE.csv\n"
        "                           read a results sheet (views, likes, clicks, revenue …) into\n"
        "                           the campaign's deliverables\n"
        "  demo --creators N        fill an empty workspace with realistic sample data\n"
        "  import FILE [--platform P] [--on-duplicate update|skip] [--mapping FILE]\n"
        "              [--encoding NAME] [--dry-run] [--report FILE|-]\n"
        "                           import creators from a CSV file; --encoding: auto (default,\n"
        "                           detected), utf-8, utf-16 (by its byte-order mark, little\n"
        "                           endian without one), utf-16le, utf-16be, windows-1252, latin1\n"
        "  export-csv [filters | --shortlist NAME] [--bom] -o FILE|-\n"
        "                           write creators to a CSV file that imports back unchanged\n"
        "                           (-o -: to standard output)\n"
        "  export-pdf --campaign NAME|ID | --shortlist NAME|ID | --compare ID,ID,… -o FILE\n"
        "             [--paper a4|letter]\n"
        "                           a campaign plan, shortlist or comparison as a PDF\n"
        "  list [filters]           print matching creators as a table\n"
        "  restore BACKUP           replace the workspace with a backup; the current file is kept\n"
        "                           beside it as ….before-restore-<time>\n"
        "  stats [filters]          per tier: count, median and quartile ER, median fee\n"
        "\n"
        "Filters (list, stats, export-csv):\n"
        "  --platform P   instagram, tiktok, youtube (repeat or comma-separate)\n"
        "  --tier T       emerging, nano, micro, macro, mega (repeat or comma-separate)\n"
        "  --min-followers N  --max-followers N   (13.8k, 1.2M are fine)\n"
        "  --min-er R  --max-er R   as a fraction (0.05) or a percentage (5%)\n"
        "  --country CC  --language LL  --niche NICHE   (repeat or comma-separate)\n"
        "  --search TEXT   words in handle, name, niches, country or notes\n"
        "  --min-fee AMOUNT  --max-fee AMOUNT  --min-authenticity R  --max-sponsored R\n"
        "  --hide-flagged   leave out creators with a data-quality flag (engagement above\n"
        "                   followers)\n"
        "  A bound beyond any possible value keeps its meaning: a minimum matches no one\n"
        "  (--min-followers 1e30, --min-fee 1e17), a maximum matches everyone whose value is\n"
        "  known (--max-fee 1e30: everyone with a fee). Negative values, NaN and infinity are\n"
        "  refused.\n"
        "list only:\n"
        "  --sort COLUMN  handle, name, platform, followers, er, er-vs-benchmark, views, niches,\n"
        "                 country, language, authenticity, sponsored, fee, cpe, as-of\n"
        "  --asc | --desc (default: descending)   --limit N (default 20)   --offset N\n"
        "\n"
        "  --version      print the version\n"
        "  --help         print this help\n"
        "\n"
        "Output files (-o, --report) are written whole or not at all, and only as regular files:\n"
        "never over the workspace or its -wal/-shm/-journal files, another SQLite database, a\n"
        "file the command reads, a folder, a device or a pipe.\n"
        "Names, handles and notes are printed with control and bidirectional characters shown\n"
        "as escapes (\\x1b, \\n, <U+202E>); CSV files keep them as they are.\n"
        "Exit codes: 0 done; 1 the work failed or an output file was refused (nothing was\n"
        "written); 2 wrong usage (an unknown option, a missing value, a stray argument).\n");
}

} // namespace

bool isCommandLineInvocation(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    return verbs().count(first) > 0 || first == u"--version" || first == u"-v"
           || first == u"--help" || first == u"-h" || (!first.startsWith(u'-')
                                                       && !first.endsWith(u".tierscope"));
}

int runCommandLine(int argc, char *argv[])
{
    const auto app = createCliApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tierscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIERSCOPE_VERSION));
    applyDefaultLocale();
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const QString verb = args.takeFirst();
    if (verb == u"--version" || verb == u"-v") {
        printOut(QStringLiteral("tierscope %1\n").arg(QStringLiteral(TIERSCOPE_VERSION)));
        return ExitOk;
    }
    if (verb == u"--help" || verb == u"-h") {
        printOut(usage());
        return ExitOk;
    }
    const auto it = verbs().find(verb);
    if (it == verbs().end()) {
        printErr(QStringLiteral("tierscope: unknown command “%1”. Run “tierscope --help” for the "
                                "list of commands.")
                     .arg(verb));
        return ExitUsage;
    }
    return it->second(args);
}

} // namespace tierscope::app
