// SPDX-License-Identifier: GPL-3.0-or-later
// The forecast-against-actual chart of the campaign plan PDF: there only when some creator has
// results, right after the results table; one row per measured creator with its forecast and
// actual engagements; unknown values in words, never a bar of 0; numbers in the document's
// locale; and a long list limited, said so, and paginated inside the pages.
#include "core/campaigns/forecast.h"
#include "core/campaigns/planned_vs_actual.h"
#include "ui/report/campaign_plan_report.h"
#include "ui/report/pdf_render_job.h"
#include "ui/report/report_page_setup.h"
#include "ui/report/results_bars_block.h"
#include "ui/report/table_block.h"
#include "ui/report/text_blocks.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace tierscope;
using namespace tierscope::core;
using namespace Qt::StringLiterals;
using Bar = ui::ResultsBarsLayout::Bar;

namespace {

struct Post
{
    int quantity = 1;
    bool published = false;
    std::optional<qint64> views;
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> shares;
};

// A campaign "Autumn Glow 2027" and a helper to put creators on its roster with their posts.
struct PlanBuilder
{
    ui::CampaignReportData data;
    qint64 nextDeliverable = 1;

    PlanBuilder()
    {
        Campaign &c = data.plan.campaign;
        c.id = 7;
        c.name = u"Autumn Glow 2027"_s;
        c.brand = u"Lumen Skincare"_s;
        c.budget = Money(5'000'000, u"USD"_s);
        c.startsOn = QDate(2027, 9, 1);
        c.endsOn = QDate(2027, 11, 30);
        for (Platform p : allPlatforms())
            data.plan.viewRates.insert(p, 0.3);
    }

    void add(const QString &handle, qint64 followers, double er, const QList<Post> &posts)
    {
        const qint64 id = data.plan.roster.size() + 1;
        Creator cr;
        cr.id = 1000 + id;
        cr.platform = Platform::Instagram;
        cr.handle = handle;
        cr.displayName = handle;
        cr.followers = followers;
        cr.engagementRate = er;
        cr.erSource = ErSource::Computed;
        data.plan.creators.insert(cr.id, cr);
        RosterEntry e;
        e.id = id;
        e.campaignId = data.plan.campaign.id;
        e.creatorId = cr.id;
        e.stage = Stage::ContentLive;
        e.fee = Money(30'000, u"USD"_s);
        e.position = int(id);
        data.plan.roster.append(e);
        QList<Deliverable> list;
        for (const Post &p : posts) {
            Deliverable d;
            d.id = nextDeliverable++;
            d.rosterEntryId = e.id;
            d.kind = DeliverableKind::Reel;
            d.quantity = p.quantity;
            d.dueOn = QDate(2027, 9, 10);
            if (p.published) {
                d.status = DeliverableStatus::Published;
                d.publishedOn = QDate(2027, 9, 12);
            }
            d.actuals.views = p.views;
            d.actuals.likes = p.likes;
            d.actuals.comments = p.comments;
            d.actuals.shares = p.shares;
            list << d;
        }
        if (!list.isEmpty())
            data.plan.deliverables.insert(e.id, list);
    }
};

// anna: 2 reels live, 780 engagements against 2 × 12,000 × 5 % = 1,200; ben: 1 of 3 reels live,
// 165 against 3 × 20,000 × 4 % = 2,400 (800 for the one); cleo: 1 reel live with likes and
// comments but no views, 95 against 8,000 × 6 % = 480; dan: a reel planned, no results; eva:
// nothing planned.
PlanBuilder threeMeasured()
{
    PlanBuilder b;
    b.add(u"anna"_s, 12'000, 0.05, {{2, true, 9'000, 730, 40, 10}});
    b.add(u"ben"_s, 20'000, 0.04, {{1, true, 4'000, 150, 10, 5}, {2, false, {}, {}, {}, {}}});
    b.add(u"cleo"_s, 8'000, 0.06, {{1, true, std::nullopt, 90, 5, std::nullopt}});
    b.add(u"dan"_s, 15'000, 0.03, {{1, false, {}, {}, {}, {}}});
    b.add(u"eva"_s, 9'000, 0.07, {});
    return b;
}

// 60 creators with results, their forecasts (2 × followers × 5 %) not in roster order.
PlanBuilder sixtyMeasured(QList<std::pair<double, int>> *forecasts = nullptr)
{
    PlanBuilder b;
    for (int i = 1; i <= 60; ++i) {
        const qint64 followers = 10'000 + (i * 7'919) % 60'000;
        b.add(u"creator.%1"_s.arg(i), followers, 0.05,
              {{2, true, followers / 2, followers / 20, 10, 2}});
        if (forecasts)
            *forecasts << std::pair(2.0 * double(followers) * 0.05, i);
    }
    return b;
}

const ui::ResultsBarsBlock *resultsChart(const ui::ReportDocument &doc, int *index = nullptr)
{
    const ui::ResultsBarsBlock *found = nullptr;
    for (int i = 0; i < int(doc.blocks().size()); ++i) {
        const ui::ReportBlock *block = doc.blocks()[size_t(i)].get();
        if (const auto *b = dynamic_cast<const ui::ResultsBarsBlock *>(block)) {
            if (found)
                return nullptr; // one chart, not two
            found = b;
            if (index)
                *index = i;
        }
    }
    return found;
}

QStringList paragraphs(const ui::ReportDocument &doc)
{
    QStringList out;
    for (const auto &b : doc.blocks()) {
        if (const auto *p = dynamic_cast<const ui::ParagraphBlock *>(b.get()))
            out << p->text();
    }
    return out;
}

} // namespace

class TestReportResultsChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void noResults_noChart()
    {
        PlanBuilder b;
        b.add(u"anna"_s, 12'000, 0.05, {{2, true, {}, {}, {}, {}}}); // live, nothing entered
        b.add(u"ben"_s, 20'000, 0.04, {{1, false, {}, {}, {}, {}}});
        const ui::ReportDocument doc = ui::CampaignPlanReport::build(b.data, QDate(2027, 10, 1));
        QVERIFY(!resultsChart(doc));
        // Results for one creator: the chart appears, with that creator only.
        b.data.plan.deliverables[1][0].actuals.likes = 12;
        const ui::ReportDocument withResults
            = ui::CampaignPlanReport::build(b.data, QDate(2027, 10, 1));
        const ui::ResultsBarsBlock *chart = resultsChart(withResults);
        QVERIFY(chart);
        QCOMPARE(chart->rowCount(), 1);
        QCOMPARE(chart->bars().categoryText(0), u"@anna"_s);
        QCOMPARE(chart->bars().value(0, Bar::Actual), std::optional<double>(12.0));
    }

    void threeMeasured_rowsWithTheirForecastAndActual()
    {
        const PlanBuilder b = threeMeasured();
        ui::ReportDocument doc = ui::CampaignPlanReport::build(b.data, QDate(2027, 10, 1));
        int index = -1;
        const ui::ResultsBarsBlock *chart = resultsChart(doc, &index);
        QVERIFY(chart);
        QCOMPARE(chart->rowCount(), 3);
        QCOMPARE(chart->legendText(), u"Forecast engagements / Actual engagements to date"_s);
        const ui::ResultsBarsLayout &bars = chart->bars();
        QCOMPARE(bars.categoryText(0), u"@anna"_s);
        QCOMPARE(bars.categoryText(1), u"@ben"_s);
        QCOMPARE(bars.categoryText(2), u"@cleo"_s);
        const QList<double> forecast{1'200.0, 2'400.0, 480.0};
        const QList<double> actual{780.0, 165.0, 95.0};
        for (int r = 0; r < 3; ++r) {
            QVERIFY(bars.value(r, Bar::Forecast));
            QVERIFY(bars.value(r, Bar::Actual));
            QCOMPARE(*bars.value(r, Bar::Forecast), forecast[r]);
            QCOMPARE(*bars.value(r, Bar::Actual), actual[r]);
        }
        // The same numbers as the forecast the results table is built from.
        const CampaignForecast f = forecastCampaign(b.data.plan);
        QCOMPARE(*f.entry(2)->expectedEngagements, 2'400.0);
        QCOMPARE(*f.entry(2)->actualEngagements, qint64(165));
        QCOMPARE(bars.valueText(0, Bar::Forecast), u"1.2k"_s);
        QCOMPARE(bars.valueText(0, Bar::Actual), u"780 · 65% of forecast"_s);
        // ben has one of three reels live: compared with the forecast for that one (800).
        QCOMPARE(bars.categoryDetail(1), u"1 of 3 measured"_s);
        QCOMPARE(bars.valueText(1, Bar::Actual), u"165 · 21% of forecast"_s);
        QCOMPARE(bars.categoryDetail(0), QString());
        QCOMPARE(bars.scaleMax(), 2'500.0);
        QCOMPARE(chart->tickLabels(),
                 (QStringList{u"0"_s, u"500"_s, u"1.0k"_s, u"1.5k"_s, u"2.0k"_s, u"2.5k"_s}));

        // Right after the results table and its note; the method comes after it.
        int table = -1;
        for (int i = 0; i < int(doc.blocks().size()); ++i) {
            const auto *t = dynamic_cast<const ui::TableBlock *>(doc.blocks()[size_t(i)].get());
            if (t && t->rowCount() == 4 && i < index) // 3 creators and the total
                table = i;
        }
        QVERIFY(table >= 0);
        for (int i = table + 1; i < index; ++i)
            QVERIFY(dynamic_cast<const ui::ParagraphBlock *>(doc.blocks()[size_t(i)].get()));
        QVERIFY(paragraphs(doc).contains(u"Forecast against actual engagements"_s));
        // 780 + 165 + 95 = 1,040 against 1,200 + 800 + 480 = 2,480 for the same deliverables.
        const QStringList texts = paragraphs(doc);
        QVERIFY2(std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) {
                     return t.startsWith(u"1,040 engagements to date against 2,480 forecast for "
                                         u"the same deliverables (42%)."_s);
                 }),
                 qPrintable(texts.join(u'\n')));

        // Laid out on a page: bars in proportion on one scale from one left edge.
        doc.layout(ui::ReportPageSetup(QPageSize::A4));
        const qreal w = chart->width();
        QVERIFY(w > 400);
        const QRectF ben = bars.barRect(1, Bar::Forecast, w);
        const QRectF anna = bars.barRect(0, Bar::Forecast, w);
        QCOMPARE(anna.left(), ben.left());
        QVERIFY(qAbs(anna.width() / ben.width() - 0.5) < 1e-9);
        QVERIFY(bars.barRect(2, Bar::Actual, w).right() <= w);
    }

    void unknownValues_areWordsNotZeroBars()
    {
        PlanBuilder b = threeMeasured();
        // dan's reel goes live with views only; fay's with zero likes, comments and shares.
        b.data.plan.deliverables[4][0].status = DeliverableStatus::Published;
        b.data.plan.deliverables[4][0].actuals.views = 3'000;
        b.add(u"fay"_s, 10'000, 0.05, {{1, true, 2'000, 0, 0, 0}});
        const ui::ReportDocument doc = ui::CampaignPlanReport::build(b.data, QDate(2027, 10, 1));
        const ui::ResultsBarsBlock *chart = resultsChart(doc);
        QVERIFY(chart);
        const ui::ResultsBarsLayout &bars = chart->bars();
        QCOMPARE(chart->rowCount(), 5);
        QCOMPARE(bars.categoryText(3), u"@dan"_s);
        QVERIFY(!bars.value(3, Bar::Actual));
        QVERIFY(bars.barRect(3, Bar::Actual, 500).isNull());
        QCOMPARE(bars.valueText(3, Bar::Actual), u"no likes, comments or shares entered"_s);
        QCOMPARE(*bars.value(3, Bar::Forecast), 450.0); // still forecast
        // A measured 0 is a result: a bar of 0, with its value.
        QCOMPARE(bars.categoryText(4), u"@fay"_s);
        QCOMPARE(bars.value(4, Bar::Actual), std::optional<double>(0.0));
        QVERIFY(!bars.barRect(4, Bar::Actual, 500).isNull());
        QCOMPARE(bars.valueText(4, Bar::Actual), u"0 · 0% of forecast"_s);

        // The same creators as impressions against views: cleo entered no views.
        const CampaignForecast f = forecastCampaign(b.data.plan);
        ui::ResultsBarsBlock views(plannedVsActual(b.data.plan, f, ResultsMeasure::Views),
                                   QLocale(QLocale::English, QLocale::UnitedStates));
        views.layout(500);
        QCOMPARE(views.legendText(), u"Forecast impressions / Actual views to date"_s);
        int cleo = -1;
        for (int r = 0; r < views.rowCount(); ++r) {
            if (views.bars().categoryText(r) == u"@cleo"_s)
                cleo = r;
        }
        QVERIFY(cleo >= 0);
        QVERIFY(!views.bars().value(cleo, Bar::Actual));
        QVERIFY(views.bars().barRect(cleo, Bar::Actual, 500).isNull());
        QCOMPARE(views.bars().valueText(cleo, Bar::Actual), u"no views entered"_s);
        // 8,000 followers × 30 % view rate.
        QCOMPARE(*views.bars().value(cleo, Bar::Forecast), 2'400.0);
    }

    void numbers_followTheDocumentLocale()
    {
        const PlanBuilder b = threeMeasured();
        const ui::ReportDocument doc = ui::CampaignPlanReport::build(
            b.data, QDate(2027, 10, 1), QLocale(QLocale::German, QLocale::Germany));
        const ui::ResultsBarsBlock *chart = resultsChart(doc);
        QVERIFY(chart);
        QCOMPARE(chart->bars().valueText(1, Bar::Forecast), u"2,4k"_s);
        QCOMPARE(chart->bars().valueText(0, Bar::Actual), u"780 · 65% of forecast"_s);
        QCOMPARE(chart->tickLabels().value(3), u"1,5k"_s);
    }

    void sixtyMeasured_limitedSaidSoAndPaginatedInsideThePages_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("A4") << int(QPageSize::A4);
        QTest::newRow("Letter") << int(QPageSize::Letter);
    }

    void sixtyMeasured_limitedSaidSoAndPaginatedInsideThePages()
    {
        QFETCH(int, paper);
        QList<std::pair<double, int>> forecasts; // (forecast, roster position)
        const PlanBuilder b = sixtyMeasured(&forecasts);
        ui::ReportDocument doc = ui::CampaignPlanReport::build(b.data, QDate(2027, 10, 1));
        int index = -1;
        const ui::ResultsBarsBlock *chart = resultsChart(doc, &index);
        QVERIFY(chart);
        QCOMPARE(chart->rowCount(), ui::kReportResultsBars);
        // The largest forecasts, in roster order.
        std::sort(forecasts.begin(), forecasts.end(), std::greater<>());
        QList<int> expected;
        for (int i = 0; i < ui::kReportResultsBars; ++i)
            expected << forecasts[i].second;
        std::sort(expected.begin(), expected.end());
        for (int r = 0; r < chart->rowCount(); ++r)
            QCOMPARE(chart->bars().categoryText(r), u"@creator.%1"_s.arg(expected[r]));
        const QStringList texts = paragraphs(doc);
        QVERIFY2(std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) {
                     return t.contains(u"Shown: the 40 creators with the largest forecasts, of "
                                       u"60 with results"_s);
                 }),
                 qPrintable(texts.join(u'\n')));

        doc.layout(ui::ReportPageSetup(QPageSize::PageSizeId(paper)));
        const qreal contentHeight = doc.pageSetup().contentRect().height();
        int next = 0;
        int pagesWithChart = 0;
        for (const ui::ReportPageContent &page : doc.pages()) {
            qreal lastBottom = 0;
            for (const ui::ReportSlice &slice : page.slices) {
                const ui::ReportBlock &block = *doc.blocks()[size_t(slice.block)];
                QVERIFY(slice.unitTops.first() + 1e-6 >= lastBottom); // nothing overlaps
                for (int i = 0; i < slice.unitCount(); ++i) {
                    const qreal bottom
                        = slice.unitTops[i] + block.unitHeight(slice.firstUnit + i);
                    QVERIFY2(bottom <= contentHeight + 1e-6, "a unit runs past the page");
                    lastBottom = bottom;
                }
                if (slice.block != index)
                    continue;
                ++pagesWithChart;
                QVERIFY(slice.withHeader); // legend and scale on every page of the chart
                QVERIFY(slice.headerTop + chart->headerHeight() <= slice.unitTops.first() + 1e-6);
                QCOMPARE(slice.firstUnit, next); // rows in order, none lost, none twice
                next += slice.unitCount();
            }
        }
        QCOMPARE(next, ui::kReportResultsBars);
        QVERIFY(pagesWithChart >= 2);
        QVERIFY(chart->headerHeight() > 0);
    }

    void pdf_saysTheValuesAndWordsAsText()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("poppler-utils are not installed");
        QTemporaryDir dir;
        if (qEnvironmentVariableIsSet("TIERSCOPE_KEEP_PDF")) { // to look at the pages
            dir.setAutoRemove(false);
            qInfo().noquote() << "PDFs in" << dir.path();
        }
        const auto pdfText = [&](const ui::CampaignReportData &data, const QString &name) {
            ui::ReportDocument doc = ui::CampaignPlanReport::build(data, QDate(2027, 10, 1));
            doc.layout(ui::ReportPageSetup(QPageSize::A4));
            const QString pdf = dir.filePath(name);
            if (ui::PdfRenderJob::write(doc, pdf))
                return QString();
            QProcess p;
            p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
            p.waitForFinished(60'000);
            return QString::fromUtf8(p.readAllStandardOutput()).simplified();
        };

        PlanBuilder b = threeMeasured();
        b.data.plan.deliverables[4][0].status = DeliverableStatus::Published;
        b.data.plan.deliverables[4][0].actuals.views = 3'000;
        const QString text = pdfText(b.data, u"results.pdf"_s);
        for (const QString &s : {u"Forecast against actual engagements"_s,
                                 u"Actual engagements to date"_s, u"1 of 3 measured"_s,
                                 u"780 · 65% of forecast"_s,
                                 u"no likes, comments or shares entered"_s})
            QVERIFY2(text.contains(s), qPrintable(s));

        const QString longText = pdfText(sixtyMeasured().data, u"sixty.pdf"_s);
        QVERIFY2(longText.contains(u"Shown: the 40 creators with the largest forecasts"_s),
                 qPrintable(longText));
    }
};

QTEST_MAIN(TestReportResultsChart)
#include "tst_report_results_chart.moc"
