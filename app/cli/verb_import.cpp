// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli_common.h"
#include "app/cli/console.h"
#include "app/cli/verbs.h"

#include "core/io/creator_importer.h"
#include "core/io/text_decoder.h"
#include "core/storage/settings_repository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryFile>

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
bool writeReport(const QString &path, const ImportReport &report, QFile *rejections)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QString text = QStringLiteral("rows read\t%1\nnew\t%2\nupdated\t%3\nskipped\t%4\nrejected\t%5\n")
                       .arg(report.rowsRead)
                       .arg(report.inserted)
                       .arg(report.updated)
                       .arg(report.skipped)
                       .arg(report.rejected);
    if (report.dryRun)
        text += QStringLiteral("dry run\tnothing written\n");
    for (const QString &w : report.warnings)
        text += QStringLiteral("warning\t") + w + u'\n';
    f.write(text.toUtf8());
    if (!rejections->seek(0))
        return false;
    while (!rejections->atEnd()) {
        const QByteArray chunk = rejections->read(1 << 20);
        if (chunk.isEmpty() || f.write(chunk) != chunk.size())
            return false;
    }
    return f.commit();
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
                      QStringLiteral("A saved column mapping (JSON) to apply."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("encoding"),
                      QStringLiteral("utf-8, utf-16, windows-1252 or latin1 (default: detected)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Validate and count; write nothing.")});
    parser.addOption({QStringLiteral("report"),
                      QStringLiteral("Write the counts and every rejected row to FILE."),
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
            printErr(QStringLiteral("tierscope import: --platform takes instagram, tiktok or youtube."));
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
            printErr(QStringLiteral("tierscope import: --encoding takes utf-8, utf-16, "
                                    "windows-1252 or latin1."));
            return ExitUsage;
        }
        options.encoding = *enc;
    }
    if (parser.isSet(QStringLiteral("mapping"))) {
        options.mapping = loadMapping(parser.value(QStringLiteral("mapping")));
        if (!options.mapping)
            return ExitUsage;
    }
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!QFileInfo(file).isFile()) {
        printErr(QStringLiteral("tierscope import: “%1” is not a file; check the path.").arg(file));
        return ExitFailure;
    }

    auto ws = openWorkspace(parser, Workspace::Mode::ReadWrite);
    if (!ws)
        return ExitFailure;
    if (const auto currency = SettingsRepository(ws->database()).defaultCurrency())
        options.defaultCurrency = *currency;

    // Every rejected row for --report, in a temporary file (a later pass starts it afresh).
    QTemporaryFile rejections;
    int currentPass = 1; // outlives the import, which calls options.rejected
    const bool wantReport = parser.isSet(QStringLiteral("report"));
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
            rejections.write(QString(QStringLiteral("rejected\t") + r.toString() + u'\n').toUtf8());
        };
    }

    QElapsedTimer timer;
    timer.start();
    const auto report = CreatorImporter::run(ws->database(), file, options);
    if (!report) {
        printErr(QStringLiteral("tierscope import: %1").arg(report.error().message));
        return ExitFailure;
    }
    const QLocale locale;
    for (const QString &w : report->warnings)
        printErr(QStringLiteral("warning: ") + w);
    printOut(QStringLiteral("%1 %2 rows in %3 s: %4 new, %5 updated, %6 skipped, %7 rejected.\n")
                 .arg(report->dryRun ? QStringLiteral("Checked (dry run, nothing written)")
                                     : QStringLiteral("Imported"),
                      locale.toString(report->rowsRead),
                      QString::number(double(timer.elapsed()) / 1000.0, 'f', 1),
                      locale.toString(report->inserted), locale.toString(report->updated),
                      locale.toString(report->skipped), locale.toString(report->rejected)));
    for (int i = 0; i < report->rejectedRows.size() && i < kRejectionsShown; ++i)
        printOut(QStringLiteral("  rejected: ") + report->rejectedRows[i].toString() + u'\n');
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
