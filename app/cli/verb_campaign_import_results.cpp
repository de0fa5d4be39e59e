// SPDX-License-Identifier: GPL-3.0-or-later
// tierscope campaign import-results NAME|ID FILE.csv: a campaign's results sheet into its
// deliverables (core::ResultsImporter), all rows in one transaction.
#include "app/cli/cli_common.h"
#include "app/cli/console.h"
#include "app/cli/verbs.h"

#include "core/common/terminal_text.h"
#include "core/io/results_importer.h"
#include "core/storage/campaign_repository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace tierscope::app {

using namespace tierscope::core;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignImportResults)
};

constexpr int kRejectionsShown = 50;

} // namespace

// Follows `import`: the summary and the rejected rows on stdout, notes on stderr; exit 0 when
// any row went in (rejected rows are listed), 1 when the file or the campaign cannot be read,
// the write failed (nothing written) or every row was rejected, 2 on bad usage.
int runCampaignImportResults(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString verb = QStringLiteral("tierscope campaign import-results");
    if (positional.size() > 3) {
        printErr(Text::tr("%1: unexpected argument “%2”; give the campaign (quote a name with "
                          "spaces) and one CSV file.")
                     .arg(verb, positional[3]));
        return ExitUsage;
    }
    if (positional.size() != 3 || positional[1].trimmed().isEmpty()) {
        printErr(Text::tr("%1: give the campaign (name or id) and the CSV file: tierscope "
                          "campaign import-results NAME|ID FILE.csv.")
                     .arg(verb));
        return ExitUsage;
    }
    const QString file = positional[2];
    auto ws = openWorkspace(parser, Workspace::Mode::ReadWrite);
    if (!ws)
        return ExitFailure;
    const auto fail = [&verb](const QString &message) {
        printErr(QStringLiteral("%1: %2").arg(verb, message));
        return ExitFailure;
    };
    const auto campaign = CampaignRepository(ws->database()).findByNameOrId(positional[1]);
    if (!campaign)
        return fail(campaign.error().message);
    const auto import = ResultsImporter::run(ws->database(), campaign->id, file, {}, ws->events());
    if (!import)
        return fail(import.error().message);

    const ImportReport &report = import->report;
    const QLocale locale;
    for (const QString &w : report.warnings)
        printErr(QStringLiteral("warning: ") + w);
    printOut(Text::tr("Results for “%1” from %2: %3 rows read, %4 deliverables updated, %5 "
                      "unchanged, %6 rejected.\n")
                 .arg(escapeForTerminal(campaign->name),
                      escapeForTerminal(QFileInfo(file).fileName()), locale.toString(report.rowsRead),
                      locale.toString(report.updated), locale.toString(report.skipped),
                      locale.toString(report.rejected)));
    for (int i = 0; i < report.rejectedRows.size() && i < kRejectionsShown; ++i)
        printOut(QStringLiteral("  rejected: ")
                 + escapeForTerminal(report.rejectedRows[i].toString()) + u'\n');
    if (report.rejected > kRejectionsShown)
        printOut(Text::tr("  … %1 more rejected rows.\n")
                     .arg(locale.toString(report.rejected - kRejectionsShown)));
    if (report.rowsRead > 0 && report.rejected == report.rowsRead)
        return fail(Text::tr("no row could be imported. Fix the rows listed above, or check "
                             "the columns."));
    return ExitOk;
}

} // namespace tierscope::app
