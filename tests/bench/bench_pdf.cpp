// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign plan PDF of a 200-creator roster (DESIGN.md §7: ≤ 2 s):
//   bench_pdf [--creators N] [--roster N] [--runs N] [-o FILE]
// Builds a demo workspace of N creators (default 20,000) in a temporary folder, puts `roster`
// of them (default 200) on a campaign with two deliverables each, then times the whole export
// as File › Export PDF… and `tierscope export-pdf` do it: read the plan and the chart data,
// build the document, lay it out, paint every page and write the file. Prints the median and
// PASS/FAIL, and the split between reading and writing.
#include "core/demo/demo_workspace.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"
#include "ui/report/campaign_plan_report.h"
#include "ui/report/pdf_render_job.h"
#include "ui/report/report_page_setup.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace tierscope;
using namespace tierscope::core;

namespace {

constexpr double kBarMs = 2000.0;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv); // Qt Charts paints through QGraphicsWidget
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("creators"), QStringLiteral("Demo creators."),
                      QStringLiteral("N"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("roster"), QStringLiteral("Creators on the roster."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Keep the PDF here."), QStringLiteral("FILE")});
    parser.process(app);
    if (QLocale::system().language() == QLocale::C) // as the app does
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.tierscope"));
    auto ws = Workspace::open(path);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    DemoOptions demo;
    demo.creators = parser.value(QStringLiteral("creators")).toLongLong();
    demo.withProjects = false;
    if (const Status s = writeDemoWorkspace(**ws, demo)) {
        std::fprintf(stderr, "%s\n", qPrintable(s.message));
        return 1;
    }
    const QSqlDatabase db = (*ws)->database();
    CampaignRepository campaigns(db);
    Campaign c;
    c.name = QStringLiteral("Bench Launch 2027");
    c.brand = QStringLiteral("Lumen Skincare");
    c.budget = Money(60'000'00, QStringLiteral("USD"));
    c.startsOn = QDate(2027, 3, 1);
    c.endsOn = QDate(2027, 5, 31);
    c.keyMessage = QStringLiteral("Glow that lasts all season.");
    const auto campaignId = campaigns.create(c);
    if (!campaignId) {
        std::fprintf(stderr, "%s\n", qPrintable(campaignId.error().message));
        return 1;
    }
    const int roster = parser.value(QStringLiteral("roster")).toInt();
    for (int i = 0; i < roster; ++i) {
        RosterEntry e;
        e.campaignId = *campaignId;
        e.creatorId = 1 + qint64(i) * 37 % demo.creators;
        e.stage = allStages()[i % 6];
        e.fee = Money(15'000 + i * 250, QStringLiteral("USD"));
        e.position = i;
        const auto entryId = campaigns.addEntry(e);
        if (!entryId)
            continue;
        for (int k = 0; k < 2; ++k) {
            Deliverable d;
            d.rosterEntryId = *entryId;
            d.kind = k == 0 ? DeliverableKind::Reel : DeliverableKind::Story;
            d.quantity = 1 + k;
            d.dueOn = c.startsOn.addDays((i * 3 + k * 11) % 90);
            campaigns.addDeliverable(d);
        }
    }

    const QString out = parser.isSet(QStringLiteral("output"))
                            ? parser.value(QStringLiteral("output"))
                            : dir.filePath(QStringLiteral("plan.pdf"));
    QList<double> total, reading, writing;
    int pages = 0;
    for (int run = 0; run < parser.value(QStringLiteral("runs")).toInt(); ++run) {
        QElapsedTimer t;
        t.start();
        const auto data = ui::loadCampaignReportData(db, *campaignId);
        if (!data) {
            std::fprintf(stderr, "%s\n", qPrintable(data.error().message));
            return 1;
        }
        const double read = double(t.nsecsElapsed()) / 1e6;
        ui::ReportDocument doc = ui::CampaignPlanReport::build(*data, QDate::currentDate());
        doc.layout(ui::ReportPageSetup(QPageSize::A4));
        if (const Status s = ui::PdfRenderJob::write(doc, out)) {
            std::fprintf(stderr, "%s\n", qPrintable(s.message));
            return 1;
        }
        const double all = double(t.nsecsElapsed()) / 1e6;
        total << all;
        reading << read;
        writing << all - read;
        pages = doc.pageCount();
    }
    const double m = median(total);
    std::printf("campaign plan PDF, %d-creator roster, %lld creators in the workspace: "
                "%d pages, %.0f KB\n",
                roster, demo.creators, pages, double(QFileInfo(out).size()) / 1024.0);
    std::printf("  median %.0f ms (read %.0f ms, build + lay out + paint + write %.0f ms) over "
                "%lld runs — bar %.0f ms: %s\n",
                m, median(reading), median(writing), qlonglong(total.size()), kBarMs,
                m <= kBarMs ? "PASS" : "FAIL");
    return m <= kBarMs ? 0 : 2;
}
