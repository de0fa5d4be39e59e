// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli_common.h"
#include "app/cli/console.h"
#include "app/cli/verbs.h"

#include "core/common/terminal_text.h"
#include "core/io/creator_importer.h"
#include "core/io/output_target.h"
#include "core/io/text_decoder.h"
#include "core/storage/settings_repository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cstdio>

namespace tierscope::app {

using namespace tierscope::core;

namespace {

constexpr int kRejectionsShown = 20;

std::optional<HeaderMapping> loadMapping(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        printErr(QStringLiteral("tierscope import: cannot read the mapping “%1”: %2")
                     .arg(path, f.errorString()));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(4 * 1024 * 1024), &error);
    if (!doc.isObject()) {
        printErr(QStringLiteral("tierscope import: the mapping “%1” is not JSON: %2")
                     .arg(path, error.errorString()));
        return std::nullopt;
    }
    auto mapping = HeaderMapping::fromJson(doc.object());
    if (!mapping) {
        printErr(QStringLiteral("tierscope import: the mapping “%1”: %2")
                     .arg(path, mapping.error().message));
        return std::nullopt;
    }
    return *mapping;
}

// The report file: counts and warnings, then every rejected row. The rejections are streamed to
// a temporary file during the import (there may be millions) and copied in behind the counts.
// One line per entry: the text of cells and headers in it is escaped (escapeForTerminal), so a
// line break in a cell cannot start a line of its own. "-" writes it to standard output.
bool writeReport(const QString &path, const ImportReport &report, QFile *rejections)
{
    QSaveFile file(path);
    QFile standardOutput;
    const bool toStandardOutput = OutputTarget::isStandardOutput(path);
    QFileDevice &f = toStandardOutput ? static_cast<QFileDevice &>(standardOutput) : file;
    if (!(toStandardOutput ? standardOutput.open(stdout, QIODevice::WriteOnly)
                           : file.open(QIODevice::WriteOnly)))
        return false;
    QString text =
        QStringLiteral("rows read\t%1\nnew\t%2\nupdated\t%3\nskipped\t%4\nrejected\t%5\n")
            .arg(report.rowsRead)
            .arg(report.inserted)
            .arg(report.updated)
            .arg(report.skipped)
            .arg(report.rejected);
    if (report.dryRun)
        text += QStringLiteral("dry run\tnothing written\n");
    text += QStringLiteral("cells left unknown\t%1\nrepeated in the file\t%2\n"
                           "engagement above followers\t%3\n")
                .arg(report.cellIssueCount)
                .arg(report.repeatedInFile)
                .arg(report.engagementAboveFollowers);
    for (const QString &w : report.warnings)
        text += QStringLiteral("warning\t") + escapeForTerminal(w) + u'\n';
    for (const QString &r : report.readings)
        text += QStringLiteral("reading\t") + escapeForTerminal(r) + u'\n';
    for (const QString &c : report.ambiguousColumns)
        text += QStringLiteral("ambiguous column\t") + escapeForTerminal(c) + u'\n';
    for (const UnknownTally &t : report.unknownValues)
        text += QStringLiteral("unknown values\t") + escapeForTerminal(t.toString()) + u'\n';
    for (const RepeatedRow &r : report.repeatedRows)
        text += QStringLiteral("repeated\tline %1 repeats @%2 from line %3\n")
                    .arg(r.line)
                    .arg(escapeForTerminal(r.handle))
                    .arg(r.earlierLine);
    for (const RejectedRow &r : report.cellIssues)
        text += QStringLiteral("cell\t") + escapeForTerminal(r.toString()) + u'\n';
    f.write(text.toUtf8());
    if (!rejections->seek(0))
        return false;
    while (!rejections->atEnd()) {
        const QByteArray chunk = rejections->read(1 << 20);
        if (chunk.isEmpty() || f.write(chunk) != chunk.size())
            return false;
    }
    return toStandardOutput ? standardOutput.flush() : file.commit();
}

// When a file without a byte-order mark looks like UTF-16, the reader refuses it and says which
// encoding to choose; on the command line that choice is --encoding.
QString encodingAdvice(const QString &path, TextEncoding requested)
{
    if (requested != TextEncoding::Auto)
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const auto utf16 = TextDecoder::bomlessUtf16(f.read(256));
    if (!utf16)
        return {};
    return QStringLiteral(" On the command line: --encoding %1.")
        .arg(TextDecoder::encodingName(*utf16));
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Imports creators from a CSV file."));
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file."));
    parser.addOption({QStringLiteral("platform"),
                      QStringLiteral("Platform of rows with no platform column or profile URL."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("on-duplicate"),
                      QStringLiteral("update (default) or skip creators already in the workspace."),
                      QStringLiteral("MODE"), QStringLiteral("update")});
    parser.addOption({QStringLiteral("mapping"),
                      QStringLiteral("A saved column mapping (JSON) to apply."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("encoding"),
                      QStringLiteral("auto (default: detected), utf-8, utf-16 (by its byte-order "
                                     "mark; little endian without one), utf-16le, utf-16be, "
                                     "windows-1252 or latin1."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("decimal-comma"),
                      QStringLiteral("Read numbers whose separator the file does not settle "
                                     "(\"1.200\") with a decimal comma: 1.200 = 1200.")});
    parser.addOption({QStringLiteral("decimal-point"),
                      QStringLiteral("Read them with a decimal point: 1.200 = 1.2. Without either, "
                                     "each column is read as its values show, else by the locale, "
                                     "and each such column is named.")});
    parser.addOption(
        {QStringLiteral("dry-run"), QStringLiteral("Validate and count; write nothing.")});
    parser.addOption({QStringLiteral("report"),
                      QStringLiteral("Write the counts and every rejected row to FILE (- for "
                                     "standard output)."),
                      QStringLiteral("FILE")});
    if (!parseVerbArguments(parser, QStringLiteral("import"), args))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral("tierscope import: name one CSV file to import."));
        return ExitUsage;
    }
    const QString file = parser.positionalArguments().constFirst();

    ImportOptions options;
    if (parser.isSet(QStringLiteral("platform"))) {
        options.platform = platformFromString(parser.value(QStringLiteral("platform")));
        if (!options.platform) {
            printErr(
                QStringLiteral("tierscope import: --platform takes instagram, tiktok or youtube."));
            return ExitUsage;
        }
    }
    const QString mode = parser.value(QStringLiteral("on-duplicate"));
    if (mode != u"update" && mode != u"skip") {
        printErr(QStringLiteral("tierscope import: --on-duplicate takes update or skip."));
        return ExitUsage;
    }
    options.onDuplicate = mode == u"skip" ? BulkCreatorWriter::OnDuplicate::Skip
                                          : BulkCreatorWriter::OnDuplicate::Update;
    if (parser.isSet(QStringLiteral("encoding"))) {
        const auto enc = TextDecoder::encodingFromName(parser.value(QStringLiteral("encoding")));
        if (!enc) {
            printErr(QStringLiteral("tierscope import: --encoding takes auto, utf-8, utf-16, "
                                    "utf-16le, utf-16be, windows-1252 or latin1."));
            return ExitUsage;
        }
        options.encoding = *enc;
    }
    if (parser.isSet(QStringLiteral("mapping"))) {
        options.mapping = loadMapping(parser.value(QStringLiteral("mapping")));
        if (!options.mapping)
            return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("decimal-comma"))
        && parser.isSet(QStringLiteral("decimal-point"))) {
        printErr(QStringLiteral(
            "tierscope import: choose --decimal-comma or --decimal-point, not both."));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("decimal-comma")))
        options.decimalMark = DecimalMark::Comma;
    else if (parser.isSet(QStringLiteral("decimal-point")))
        options.decimalMark = DecimalMark::Point;
    options.locale = QLocale();
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!QFileInfo(file).isFile()) {
        printErr(QStringLiteral("tierscope import: “%1” is not a file; check the path.").arg(file));
        return ExitFailure;
    }
    // Checked before anything is imported: the report may not replace the workspace, a
    // database, the file being imported or the mapping, nor a device or a pipe.
    const bool wantReport = parser.isSet(QStringLiteral("report"));
    if (wantReport
        && !checkOutputFile(parser, QStringLiteral("import"),
                            parser.value(QStringLiteral("report")), true,
                            {file, parser.value(QStringLiteral("mapping"))}))
        return ExitFailure;

    auto ws = openWorkspace(parser, Workspace::Mode::ReadWrite);
    if (!ws)
        return ExitFailure;
    if (const auto currency = SettingsRepository(ws->database()).defaultCurrency())
        options.defaultCurrency = *currency;
    if (const auto bases = SettingsRepository(ws->database()).erBases())
        options.erBases = *bases;

    // Every rejected row for --report, in a temporary file (a later pass starts it afresh).
    QTemporaryFile rejections;
    int currentPass = 1; // outlives the import, which calls options.rejected
    if (wantReport) {
        if (!rejections.open()) {
            printErr(QStringLiteral("tierscope import: cannot create a temporary file for the "
                                    "report: %1")
                         .arg(rejections.errorString()));
            return ExitFailure;
        }
        options.rejected = [&rejections, &currentPass](int pass, const RejectedRow &r) {
            if (pass != currentPass) {
                rejections.resize(0);
                rejections.seek(0);
                currentPass = pass;
            }
            rejections.write(
                QString(QStringLiteral("rejected\t") + escapeForTerminal(r.toString()) + u'\n')
                    .toUtf8());
        };
    }

    QElapsedTimer timer;
    timer.start();
    const auto report = CreatorImporter::run(ws->database(), file, options);
    if (!report) {
        printErr(QStringLiteral("tierscope import: %1%2")
                     .arg(report.error().message, encodingAdvice(file, options.encoding)));
        // A choice only the user can make (the rows' platform) is a usage error.
        return report.error().code == Error::Code::NeedsChoice ? ExitUsage : ExitFailure;
    }
    const QLocale locale;
    for (const QString &w : report->warnings)
        printErr(QStringLiteral("warning: ") + escapeForTerminal(w));
    // How the file's numbers were read; an ambiguous column is named with the reading used.
    for (const QString &r : report->readings)
        printErr(QStringLiteral("note: ") + escapeForTerminal(r));
    for (const QString &c : report->ambiguousColumns)
        printErr(QStringLiteral("ambiguous: column “%1” does not show its decimal mark; read as "
                                "noted above. Use --decimal-comma or --decimal-point to choose.")
                     .arg(escapeForTerminal(c)));
    for (const UnknownTally &t : report->unknownValues)
        printErr(QStringLiteral("note: ") + escapeForTerminal(t.toString()));
    if (report->repeatedInFile > 0) {
        const RepeatedRow &first = report->repeatedRows.constFirst();
        printErr(QStringLiteral("note: rows that repeat a creator from earlier in the file: %1 "
                                "(line %2 repeats @%3 from line %4); the %5 values were kept.")
                     .arg(locale.toString(report->repeatedInFile))
                     .arg(first.line)
                     .arg(escapeForTerminal(first.handle))
                     .arg(first.earlierLine)
                     .arg(options.onDuplicate == BulkCreatorWriter::OnDuplicate::Skip
                              ? QStringLiteral("earlier")
                              : QStringLiteral("later")));
    }
    if (report->engagementAboveFollowers > 0)
        printErr(QStringLiteral("note: creators with more interactions than followers (real on "
                                "video platforms), imported and flagged: %1.")
                     .arg(locale.toString(report->engagementAboveFollowers)));
    printOut(QStringLiteral("%1 %2 rows in %3 s: %4 new, %5 updated, %6 skipped, %7 rejected.\n")
                 .arg(report->dryRun ? QStringLiteral("Checked (dry run, nothing written)")
                                     : QStringLiteral("Imported"),
                      locale.toString(report->rowsRead),
                      QString::number(double(timer.elapsed()) / 1000.0, 'f', 1),
                      locale.toString(report->inserted), locale.toString(report->updated),
                      locale.toString(report->skipped), locale.toString(report->rejected)));
    for (int i = 0; i < report->rejectedRows.size() && i < kRejectionsShown; ++i)
        printOut(QStringLiteral("  rejected: ")
                 + escapeForTerminal(report->rejectedRows[i].toString()) + u'\n');
    if (report->cellIssueCount > 0)
        printOut(QStringLiteral("%1 cells could not be read; their creators were imported "
                                "without those fields:\n")
                     .arg(locale.toString(report->cellIssueCount)));
    for (int i = 0; i < report->cellIssues.size() && i < kRejectionsShown; ++i)
        printOut(QStringLiteral("  left unknown: ")
                 + escapeForTerminal(report->cellIssues[i].toString()) + u'\n');
    if (report->cellIssueCount > kRejectionsShown)
        printOut(QStringLiteral("  … %1 more cells%2.\n")
                     .arg(locale.toString(report->cellIssueCount - kRejectionsShown),
                          parser.isSet(QStringLiteral("report"))
                              ? QStringLiteral(" in the report file")
                              : QStringLiteral(" (use --report FILE to see them all)")));
    if (report->rejected > kRejectionsShown)
        printOut(QStringLiteral("  … %1 more rejected rows%2.\n")
                     .arg(locale.toString(report->rejected - kRejectionsShown),
                          parser.isSet(QStringLiteral("report"))
                              ? QStringLiteral(" in the report file")
                              : QStringLiteral(" (use --report FILE to see them all)")));
    if (wantReport && !writeReport(parser.value(QStringLiteral("report")), *report, &rejections)) {
        printErr(QStringLiteral("tierscope import: cannot write the report file “%1”.")
                     .arg(parser.value(QStringLiteral("report"))));
        return ExitFailure;
    }
    if (report->rowsRead > 0 && report->rejected == report->rowsRead) {
        printErr(QStringLiteral("tierscope import: no row could be imported. Fix the rows listed "
                                "above (or in the report), or check the column mapping "
                                "(--mapping FILE)."));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace tierscope::app
