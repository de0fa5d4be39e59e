// SPDX-License-Identifier: GPL-3.0-or-later
// The forecast-against-actual chart: bars in proportion on one scale, values in the locale's
// format, "no results yet" instead of a 0, a measured 0 as a bar, colours for light and dark;
// then on the Budget & Forecast tab of a main window, following results entered and undone, the
// engagements / views toggle and the order; and a 200-entry roster that scrolls.
#include "core/campaigns/planned_vs_actual.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/creator_repository.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/campaigns/budget_panel.h"
#include "ui/campaigns/campaign_document.h"
#include "ui/campaigns/campaign_editor.h"
#include "ui/campaigns/campaigns_view.h"
#include "ui/campaigns/results_bars.h"
#include "ui/campaigns/results_chart.h"
#include "ui/common/app_settings.h"
#include "ui/common/message_box.h"
#include "ui/main/main_window.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace tierscope;
using namespace Qt::StringLiterals;
using Bar = ui::ResultsBars::Bar;

namespace {

core::PlannedVsActualRow row(qint64 id, const QString &handle, std::optional<double> planned,
                             std::optional<qint64> actual, int deliverables, int measured,
                             bool hasResults)
{
    core::PlannedVsActualRow r;
    r.entryId = id;
    r.handle = handle;
    r.planned = planned;
    r.actual = actual;
    r.deliverables = deliverables;
    r.measuredDeliverables = measured;
    r.hasResults = hasResults;
    if (planned && actual && deliverables > 0)
        r.plannedToDate = *planned / deliverables * measured;
    return r;
}

// anna: 1,500 forecast, 650 from 1 of 3; ben: 800 forecast, a measured 0; dan: 100 without a
// forecast; cleo: 2,000 forecast, no results yet; a deleted creator with results but no
// engagements among them.
core::PlannedVsActual handMade()
{
    core::PlannedVsActual d;
    d.measure = core::ResultsMeasure::Engagements;
    d.rows = {row(1, u"anna"_s, 1'500.0, 650, 3, 1, true),
              row(2, u"ben"_s, 800.0, 0, 2, 2, true),
              row(3, u"dan"_s, std::nullopt, 100, 1, 1, true),
              row(4, u"cleo"_s, 2'000.0, std::nullopt, 1, 0, false),
              row(5, QString(), std::nullopt, std::nullopt, 1, 0, true)};
    return d;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

// A main window on the known creators and "Launch" ($1,000): @anna.fit (contracted, two reels,
// published, no results yet), @ben.cooks (contracted, one reel planned), @eva.vegan
// (negotiating, no deliverables).
struct Fixture
{
    QTemporaryDir dir;
    ui::AppSettings settings{dir.filePath(u"settings.ini"_s)};
    QHash<QString, qint64> ids;
    QHash<QString, qint64> entries;
    qint64 launch = 0;
    qint64 annaReels = 0;
    std::unique_ptr<ui::MainWindow> window;

    Fixture()
    {
        {
            auto ws = test::openWorkspace(dir, u"res"_s);
            ids = test::addKnownCreators(*ws);
            core::CampaignRepository repo(ws->database());
            core::Campaign c;
            c.name = u"Launch"_s;
            c.budget = core::Money(100'000, u"USD"_s);
            launch = *repo.create(c);
            const auto add = [&](const QString &handle, core::Stage stage) {
                core::RosterEntry e;
                e.campaignId = launch;
                e.creatorId = ids.value(handle);
                e.stage = stage;
                e.fee = core::Money(10'000, u"USD"_s);
                entries.insert(handle, *repo.addEntry(e));
            };
            add(u"anna.fit"_s, core::Stage::Contracted);
            add(u"ben.cooks"_s, core::Stage::Contracted);
            add(u"eva.vegan"_s, core::Stage::Negotiating);
            core::Deliverable d;
            d.rosterEntryId = entries.value(u"anna.fit"_s);
            d.kind = core::DeliverableKind::Reel;
            d.quantity = 2;
            d.status = core::DeliverableStatus::Published;
            annaReels = *repo.addDeliverable(d);
            d.rosterEntryId = entries.value(u"ben.cooks"_s);
            d.quantity = 1;
            d.status = core::DeliverableStatus::Planned;
            repo.addDeliverable(d);
        }
        window = std::make_unique<ui::MainWindow>(&settings);
        window->resize(1400, 900);
        window->show();
        window->openWorkspace(dir.filePath(u"res.tierscope"_s));
        window->campaignsView()->setCurrentCampaign(launch);
    }
    ui::ResultsChart &chart() { return *window->campaignsView()->budgetPanel()->resultsChart(); }
    ui::ResultsBars &bars() { return *chart().bars(); }
    int rowOf(const QString &handle)
    {
        for (int r = 0; r < bars().rowCount(); ++r) {
            if (bars().categoryText(r) == u'@' + handle)
                return r;
        }
        return -1;
    }
    QStringList categories()
    {
        QStringList out;
        for (int r = 0; r < bars().rowCount(); ++r)
            out << bars().categoryText(r);
        return out;
    }
};

} // namespace

class TestResultsChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ui::MessageBox::setAutoAnswers({});
    }

    void bars_proportionalOnOneScale_unknownInWords()
    {
        ui::ResultsBars bars;
        bars.setData(handMade());
        bars.resize(700, bars.minimumSizeHint().height());
        bars.show();
        QCOMPARE(bars.rowCount(), 5);
        QCOMPARE(bars.categoryText(0), u"@anna"_s);
        QCOMPARE(bars.categoryText(4), u"(deleted creator)"_s);
        QCOMPARE(bars.categoryDetail(0), u"1 of 3 measured"_s);
        QCOMPARE(bars.categoryDetail(1), QString()); // all measured
        QCOMPARE(bars.scaleMax(), 2'000.0);          // the largest value, on a whole step

        // Widths in proportion to the values, all from the same left edge.
        const QRectF cleo = bars.barRect(3, Bar::Forecast);
        const QRectF anna = bars.barRect(0, Bar::Forecast);
        const QRectF annaActual = bars.barRect(0, Bar::Actual);
        QVERIFY(cleo.width() > 300);
        QCOMPARE(anna.left(), cleo.left());
        QVERIFY(qAbs(anna.width() / cleo.width() - 1'500.0 / 2'000.0) < 1e-9);
        QVERIFY(qAbs(annaActual.width() / cleo.width() - 650.0 / 2'000.0) < 1e-9);
        QVERIFY(annaActual.top() > anna.bottom() - 1); // the actual under the forecast
        QVERIFY(bars.barRect(1, Bar::Forecast).top() > annaActual.bottom()); // next entry below

        // A measured 0 is a bar (of width 0); unknown is no bar and says why.
        const QRectF benActual = bars.barRect(1, Bar::Actual);
        QVERIFY(!benActual.isNull());
        QCOMPARE(benActual.width(), 0.0);
        QCOMPARE(bars.valueText(1, Bar::Actual), u"0 · 0% of forecast"_s);
        QVERIFY(bars.barRect(3, Bar::Actual).isNull());
        QCOMPARE(bars.valueText(3, Bar::Actual), u"no results yet"_s);
        QVERIFY(bars.barRect(2, Bar::Forecast).isNull());
        QCOMPARE(bars.valueText(2, Bar::Forecast), u"no forecast"_s);
        QCOMPARE(bars.valueText(2, Bar::Actual), u"100"_s); // no forecast: no ratio
        QCOMPARE(bars.valueText(4, Bar::Actual), u"no likes, comments or shares entered"_s);

        QCOMPARE(bars.valueText(0, Bar::Forecast), u"1.5k"_s);
        QCOMPARE(bars.valueText(0, Bar::Actual), u"650 · 130% of forecast"_s); // 650 / 500
        QCOMPARE(bars.valueText(3, Bar::Forecast), u"2.0k"_s);
        const QString tip = bars.toolTipText(0);
        QVERIFY2(tip.contains(u"Forecast: 1,500 engagements for 3 deliverables"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"Actual to date: 650 engagements from 1 of 3 deliverables"_s),
                 qPrintable(tip));
        QVERIFY2(tip.contains(u"Forecast for those deliverables: 500 (actual 130% of it)"_s),
                 qPrintable(tip));
        QCOMPARE(bars.toolTipText(3).split(u'\n').last(), u"No results yet"_s);

        QCOMPARE(bars.rowAt(annaActual.center().toPoint()), 0);
        QCOMPARE(bars.rowAt(bars.barRect(2, Bar::Actual).center().toPoint()), 2);
        QCOMPARE(bars.rowAt(QPoint(10, 1)), -1);
    }

    void bars_paintTheirColours_inLightAndDark()
    {
        for (const bool dark : {false, true}) {
            ui::ResultsBars bars;
            QPalette pal = dark ? darkPalette() : QPalette(Qt::white);
            if (!dark) {
                pal.setColor(QPalette::Base, Qt::white);
                pal.setColor(QPalette::Text, Qt::black);
            }
            bars.setPalette(pal);
            bars.setData(handMade());
            bars.resize(700, bars.minimumSizeHint().height());
            const QImage image = bars.grab().toImage();
            const qreal dpr = image.devicePixelRatio();
            const auto pixel = [&](const QRectF &r) {
                return image.pixelColor((r.center() * dpr).toPoint());
            };
            const QColor forecast = ui::ResultsBars::forecastColor(pal);
            const QColor actual = ui::ResultsBars::actualColor(pal);
            QCOMPARE(pixel(bars.barRect(0, Bar::Forecast)).rgb(), forecast.rgb());
            QCOMPARE(pixel(bars.barRect(0, Bar::Actual)).rgb(), actual.rgb());
            // Both stand out from the background; the actual more than the forecast.
            const int base = pal.color(QPalette::Base).lightness();
            QVERIFY2(qAbs(actual.lightness() - base) >= 80,
                     qPrintable(QString::number(actual.lightness())));
            QVERIFY(qAbs(forecast.lightness() - base) >= 40);
            QVERIFY(qAbs(actual.lightness() - base) > qAbs(forecast.lightness() - base));
            // Where the actual is unknown (cleo), nothing is drawn in the bar's colour.
            const QRectF above = bars.barRect(3, Bar::Forecast);
            QVERIFY(above.bottom() + above.height() < bars.height());
            int painted = 0;
            for (qreal y = above.bottom() + 3; y < above.bottom() + above.height(); y += 2) {
                for (qreal x = above.left(); x < bars.width() - 2; x += 2)
                    painted += image.pixelColor((QPointF(x, y) * dpr).toPoint()).rgb() == actual.rgb();
            }
            QCOMPARE(painted, 0);
        }
    }

    void bars_useTheWidgetsLocale()
    {
        ui::ResultsBars bars;
        bars.setLocale(QLocale(QLocale::German, QLocale::Germany));
        core::PlannedVsActual d;
        d.measure = core::ResultsMeasure::Views;
        d.rows = {row(1, u"anna"_s, 12'000.0, 9'600, 2, 2, true)};
        bars.setData(d);
        QCOMPARE(bars.valueText(0, Bar::Forecast), u"12,0k"_s);
        QCOMPARE(bars.valueText(0, Bar::Actual), u"9,6k · 80% of forecast"_s);
        QVERIFY2(bars.toolTipText(0).contains(u"12.000 impressions"_s), qPrintable(bars.toolTipText(0)));
        QVERIFY(bars.toolTipText(0).contains(u"9.600 views"_s));
    }

    void budgetTab_followsResultsEnteredAndUndone()
    {
        Fixture f;
        // eva has no deliverables, hence no forecast and no results: left out, and said so.
        QCOMPARE(f.categories(), (QStringList{u"@anna.fit"_s, u"@ben.cooks"_s}));
        QVERIFY2(f.chart().summaryLabel()->text().contains(
                     u"1 entry without a forecast or results not shown"_s),
                 qPrintable(f.chart().summaryLabel()->text()));
        const int anna = f.rowOf(u"anna.fit"_s);
        // 2 reels × 48,700 × 6.9 % = 6,720.6; 1 × 12,300 × 9.1 % = 1,119.3
        QCOMPARE(f.bars().valueText(anna, Bar::Forecast), u"6.7k"_s);
        QCOMPARE(f.bars().valueText(f.rowOf(u"ben.cooks"_s), Bar::Forecast), u"1.1k"_s);
        QCOMPARE(f.bars().valueText(anna, Bar::Actual), u"no results yet"_s);
        QVERIFY(f.bars().barRect(anna, Bar::Actual).isNull());

        // Results typed in (through the editor, as the deliverables table does).
        auto stored = core::CampaignRepository(f.window->workspace()->database())
                          .deliverable(f.annaReels);
        QVERIFY(stored);
        core::Deliverable d = *stored;
        d.actuals.views = 20'000;
        d.actuals.likes = 5'000;
        d.actuals.comments = 200;
        d.actuals.shares = 100;
        QVERIFY(f.window->campaignsView()->editor()->updateDeliverable(d));
        QTRY_COMPARE(f.bars().valueText(f.rowOf(u"anna.fit"_s), Bar::Actual),
                     u"5.3k · 79% of forecast"_s); // 5,300 / 6,720.6
        QVERIFY(f.bars().barRect(f.rowOf(u"anna.fit"_s), Bar::Actual).width() > 0);
        QVERIFY2(f.chart().summaryLabel()->text().contains(
                     u"5,300 engagements to date against 6,721 forecast for the same deliverables (79%)"_s),
                 qPrintable(f.chart().summaryLabel()->text()));

        // Impressions against views: ben on TikTok, 12,300 × 45 %; anna 2 × 48,700 × 25 %.
        f.chart().setMeasure(core::ResultsMeasure::Views);
        QCOMPARE(f.chart().legendText(), u"Forecast impressions / Actual views to date"_s);
        QCOMPARE(f.bars().valueText(f.rowOf(u"ben.cooks"_s), Bar::Forecast), u"5.5k"_s);
        QVERIFY(f.bars().toolTipText(f.rowOf(u"ben.cooks"_s)).contains(u"5,535 impressions"_s));
        QCOMPARE(f.bars().valueText(f.rowOf(u"anna.fit"_s), Bar::Actual),
                 u"20.0k · 82% of forecast"_s); // 20,000 / 24,350

        // Largest result first: anna (with results) before ben (none yet).
        f.chart().setOrder(core::PlannedVsActualOrder::Actual);
        QCOMPARE(f.categories(), (QStringList{u"@anna.fit"_s, u"@ben.cooks"_s}));
        f.chart().setOrder(core::PlannedVsActualOrder::Planned); // ben's 5,535 < anna's 24,350
        QCOMPARE(f.categories(), (QStringList{u"@anna.fit"_s, u"@ben.cooks"_s}));

        f.chart().setMeasure(core::ResultsMeasure::Engagements);
        f.window->undoStack()->undo();
        QTRY_COMPARE(f.bars().valueText(f.rowOf(u"anna.fit"_s), Bar::Actual), u"no results yet"_s);
        QVERIFY(f.bars().barRect(f.rowOf(u"anna.fit"_s), Bar::Actual).isNull());
    }

    void longRoster_scrollsInsideTheChart()
    {
        QTemporaryDir dir;
        auto ws = test::openWorkspace(dir, u"big"_s);
        test::addGeneratedCreators(*ws, 200);
        core::CampaignRepository repo(ws->database());
        core::Campaign c;
        c.name = u"Big"_s;
        c.budget = core::Money(10'000'000, u"USD"_s);
        const qint64 id = *repo.create(c);
        const auto page = core::CreatorRepository(ws->database())
                              .page({}, core::TierScheme::defaults(),
                                    {core::CreatorSortColumn::Handle, false}, 0, 200);
        QCOMPARE(page->rows.size(), 200);
        int withEr = 0;
        for (const core::Creator &creator : page->rows) {
            core::RosterEntry e;
            e.campaignId = id;
            e.creatorId = creator.id;
            const qint64 entry = *repo.addEntry(e);
            core::Deliverable d;
            d.rosterEntryId = entry;
            QVERIFY(repo.addDeliverable(d));
            if (creator.engagementRate && creator.followers)
                ++withEr;
        }
        ui::CampaignDocument doc;
        doc.setWorkspace(ws.get());
        doc.setCampaign(id);
        ui::ResultsChart chart(&doc);
        chart.resize(800, 420);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        // Every entry with a forecast is there, and the bars scroll rather than squeeze.
        QCOMPARE(chart.bars()->rowCount(), withEr);
        QVERIFY(withEr > 150);
        QVERIFY(chart.bars()->height() > 20 * chart.scrollArea()->viewport()->height());
        QVERIFY(chart.scrollArea()->verticalScrollBar()->maximum() > 0);
        const QRectF first = chart.bars()->barRect(0, Bar::Forecast);
        const QRectF last = chart.bars()->barRect(withEr - 1, Bar::Forecast);
        QVERIFY(first.height() >= chart.fontMetrics().height()); // bars stay readable
        QCOMPARE(last.height(), first.height());
    }
};

QTEST_MAIN(TestResultsChart)
#include "tst_results_chart.moc"
