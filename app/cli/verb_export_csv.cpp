// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli_common.h"
#include "app/cli/console.h"
#include "app/cli/verbs.h"

#include "core/common/terminal_text.h"
#include "core/io/creator_csv_exporter.h"
#include "core/io/output_target.h"
#include "core/storage/settings_repository.h"
#include "core/storage/shortlist_repository.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>

#include <cstdio>

namespace tierscope::app {

using namespace tierscope::core;

namespace {

// "no shortlist …": name the ones there are, so the user can pick.
QString unknownShortlist(const ShortlistRepository &lists, const QString &name)
{
    QString text = QStringLiteral("tierscope export-csv: there is no shortlist “%1” in this "
                                  "workspace.")
                       .arg(name);
    const auto all = lists.list();
    if (all && !all->isEmpty()) {
        QStringList names;
        for (const Shortlist &s : *all)
            names << QStringLiteral("“%1”").arg(s.name);
        text += QStringLiteral(" Its shortlists: %1.").arg(names.join(QStringLiteral(", ")));
    } else if (all) {
        text += QStringLiteral(" It has none yet.");
    }
    return text;
}

} // namespace

int runExportCsv(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the creators that match the filters, or a shortlist, to a CSV file "
                       "(UTF-8, RFC 4180) that imports back to the same creators."));
    addWorkspaceOption(parser);
    addFilterOptions(parser);
    parser.addOption({QStringLiteral("shortlist"),
                      QStringLiteral("Export this shortlist (name or id), in its order."),
                      QStringLiteral("NAME")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The CSV file to write."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("bom"),
         QStringLiteral("Start the file with a UTF-8 byte-order mark (for spreadsheets "
                        "that need it).")});
    if (!parseVerbArguments(parser, QStringLiteral("export-csv"), args,
                            QStringLiteral("name the file with -o FILE.")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        printErr(QStringLiteral("tierscope export-csv: name the file to write with -o FILE "
                                "(or -o - for standard output)."));
        return ExitUsage;
    }
    const auto filter = filterFromOptions(parser);
    if (!filter)
        return ExitUsage;
    const bool shortlist = parser.isSet(QStringLiteral("shortlist"));
    if (shortlist && !filter->isEmpty()) {
        printErr(QStringLiteral("tierscope export-csv: choose filters or --shortlist, not both."));
        return ExitUsage;
    }
    if (!checkOutputFile(parser, QStringLiteral("export-csv"), output, true))
        return ExitFailure;
    const bool toStandardOutput = OutputTarget::isStandardOutput(output);

    auto ws = openWorkspace(parser, Workspace::Mode::ReadOnly);
    if (!ws)
        return ExitFailure;
    const QSqlDatabase db = ws->database();
    std::optional<Shortlist> list;
    if (shortlist) {
        const ShortlistRepository lists(db);
        const QString name = parser.value(QStringLiteral("shortlist"));
        const auto found = lists.findByNameOrId(name);
        if (!found) {
            printErr(found.error().code == Error::Code::NotFound
                         ? unknownShortlist(lists, name)
                         : QStringLiteral("tierscope export-csv: %1").arg(found.error().message));
            return ExitFailure;
        }
        list = *found;
    }
    const auto scheme = SettingsRepository(db).tierScheme();
    if (!scheme) {
        printErr(QStringLiteral("tierscope export-csv: %1").arg(scheme.error().message));
        return ExitFailure;
    }

    // A file is written beside the target and renamed at the end: a failed export leaves no
    // half file. "-o -" streams the CSV to standard output, unescaped (it is data, not text for
    // a terminal), and the summary goes to stderr.
    QSaveFile file(output);
    QFile standardOutput;
    QFileDevice &device = toStandardOutput ? static_cast<QFileDevice &>(standardOutput) : file;
    const bool opened = toStandardOutput ? standardOutput.open(stdout, QIODevice::WriteOnly)
                                         : file.open(QIODevice::WriteOnly);
    if (!opened) {
        printErr(QStringLiteral("tierscope export-csv: cannot write “%1”: %2. Choose a folder you "
                                "may write to.")
                     .arg(output, device.errorString()));
        return ExitFailure;
    }
    CsvExportOptions options;
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    const auto written = list
        ? CreatorCsvExporter::exportShortlist(db, list->id, &device, options)
        : CreatorCsvExporter::exportCreators(db, *filter, *scheme, &device, options);
    if (!written) {
        if (!toStandardOutput)
            file.cancelWriting();
        printErr(QStringLiteral("tierscope export-csv: %1").arg(written.error().message));
        return ExitFailure;
    }
    if (toStandardOutput ? !standardOutput.flush() : !file.commit()) {
        printErr(QStringLiteral("tierscope export-csv: cannot write “%1”: %2.")
                     .arg(output, device.errorString()));
        return ExitFailure;
    }
    const QLocale locale;
    const QString where = toStandardOutput ? QStringLiteral("standard output") : output;
    const QString summary =
        list ? QStringLiteral("Exported %1 creators of the shortlist “%2” to %3.")
                   .arg(locale.toString(*written), escapeForTerminal(list->name),
                        escapeForTerminal(where))
             : QStringLiteral("Exported %1 creators to %2.")
                   .arg(locale.toString(*written), escapeForTerminal(where));
    if (toStandardOutput)
        printErr(summary);
    else
        printOut(summary + u'\n');
    return ExitOk;
}

} // namespace tierscope::app
