// SPDX-License-Identifier: GPL-3.0-or-later
// `tierscope export-pdf --campaign NAME|ID | --shortlist NAME|ID | --compare ID,ID,…
// -o FILE [--paper a4|letter]`: the same PDF documents as File › Export PDF… in the app.
#include "app/cli/cli_common.h"
#include "app/cli/console.h"
#include "app/cli/verbs.h"

#include "core/common/clock.h"
#include "core/common/terminal_text.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/shortlist_repository.h"
#include "ui/appearance/language.h"
#include "ui/report/campaign_plan_report.h"
#include "ui/report/comparison_report.h"
#include "ui/report/pdf_render_job.h"
#include "ui/report/report_page_setup.h"
#include "ui/report/shortlist_report.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>
#include <variant>

namespace tierscope::app {

using namespace tierscope::core;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportPdfVerb)
};

int fail(const QString &message)
{
    printErr(QStringLiteral("tierscope export-pdf: %1").arg(message));
    return ExitFailure;
}

int usageError(const QString &message)
{
    printErr(QStringLiteral("tierscope export-pdf: %1").arg(message));
    return ExitUsage;
}

std::optional<QList<qint64>> parseIds(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

// The document the options ask for, laid out; or the exit code of the failure already printed.
std::variant<ui::ReportDocument, int> buildDocument(const QCommandLineParser &parser,
                                                    QSqlDatabase db)
{
    const QDate today = Clock::system().today();
    if (parser.isSet(QStringLiteral("campaign"))) {
        const QString name = parser.value(QStringLiteral("campaign"));
        const auto campaign = CampaignRepository(db).findByNameOrId(name);
        if (!campaign) {
            return fail(campaign.error().code == Error::Code::NotFound
                            ? Text::tr("there is no campaign “%1” in this workspace; "
                                       "“tierscope campaigns” lists them.")
                                  .arg(name)
                            : campaign.error().message);
        }
        const auto data = ui::loadCampaignReportData(db, campaign->id);
        if (!data)
            return fail(data.error().message);
        return ui::CampaignPlanReport::build(*data, today);
    }
    if (parser.isSet(QStringLiteral("shortlist"))) {
        const QString name = parser.value(QStringLiteral("shortlist"));
        const auto list = ShortlistRepository(db).findByNameOrId(name);
        if (!list) {
            return fail(list.error().code == Error::Code::NotFound
                            ? Text::tr("there is no shortlist “%1” in this workspace.").arg(name)
                            : list.error().message);
        }
        const auto data = ui::loadShortlistReportData(db, list->id);
        if (!data)
            return fail(data.error().message);
        return ui::ShortlistReport::build(*data, today);
    }
    const auto ids = parseIds(parser.value(QStringLiteral("compare")));
    if (!ids || ids->size() < 2)
        return usageError(Text::tr("--compare takes two or more creator ids, separated by "
                                   "commas (for example --compare 12,40,77)."));
    const auto data = ui::loadComparisonReportData(db, *ids);
    if (!data)
        return fail(data.error().message);
    return ui::ComparisonReport::build(*data, today);
}

} // namespace

int runExportPdf(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Writes a campaign plan, a shortlist or a comparison to a PDF file (A4 or "
                 "Letter; by default the paper of your locale)."));
    addWorkspaceOption(parser);
    parser.addOption({QStringLiteral("campaign"), Text::tr("The campaign plan of this campaign."),
                      QStringLiteral("NAME|ID")});
    parser.addOption({QStringLiteral("shortlist"), Text::tr("This shortlist."),
                      QStringLiteral("NAME|ID")});
    parser.addOption({QStringLiteral("compare"),
                      Text::tr("A side-by-side comparison of these creators (2–6 ids)."),
                      QStringLiteral("ID,ID,…")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Text::tr("The PDF file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("paper"), Text::tr("a4 or letter."),
                      QStringLiteral("SIZE")});
    if (!parseVerbArguments(parser, QStringLiteral("export-pdf"), args,
                            Text::tr("name the file with -o FILE.")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const int chosen = int(parser.isSet(QStringLiteral("campaign")))
                       + int(parser.isSet(QStringLiteral("shortlist")))
                       + int(parser.isSet(QStringLiteral("compare")));
    if (chosen != 1)
        return usageError(Text::tr("choose one of --campaign NAME|ID, --shortlist NAME|ID or "
                                   "--compare ID,ID,…"));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(Text::tr("name the file to write with -o FILE."));
    // The document reads as in the app: its translations (and plural forms), the user's locale.
    ui::installTranslations(*QCoreApplication::instance(), QString());
    QPageSize::PageSizeId paper = ui::ReportPageSetup::paperFor(QLocale());
    if (parser.isSet(QStringLiteral("paper"))) {
        const auto p = ui::ReportPageSetup::paperFromName(parser.value(QStringLiteral("paper")));
        if (!p)
            return usageError(Text::tr("unknown paper “%1”; use a4 or letter.")
                                  .arg(parser.value(QStringLiteral("paper"))));
        paper = *p;
    }
    if (parser.isSet(QStringLiteral("compare"))) {
        const auto ids = parseIds(parser.value(QStringLiteral("compare")));
        if (!ids || ids->size() < 2 || ids->size() > 6)
            return usageError(Text::tr("--compare takes 2 to 6 creator ids, separated by "
                                       "commas (for example --compare 12,40,77)."));
    }

    // A PDF is no text for a terminal: "-" is refused, as are the workspace, databases and
    // special files (OutputTarget).
    if (!checkOutputFile(parser, QStringLiteral("export-pdf"), output, false))
        return ExitFailure;

    auto ws = openWorkspace(parser, Workspace::Mode::ReadOnly);
    if (!ws)
        return ExitFailure;
    auto built = buildDocument(parser, ws->database());
    if (const int *code = std::get_if<int>(&built))
        return *code;
    ui::ReportDocument &doc = std::get<ui::ReportDocument>(built);
    doc.layout(ui::ReportPageSetup(paper));
    if (const Status s = ui::PdfRenderJob::write(doc, output))
        return fail(s.message);
    printOut(Text::tr("Wrote %1 (%n page(s)).", nullptr, doc.pageCount())
                 .arg(escapeForTerminal(output))
             + u'\n');
    return ExitOk;
}

} // namespace tierscope::app
