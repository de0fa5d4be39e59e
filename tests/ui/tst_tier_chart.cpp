// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/tier_chart_data.h"
#include "core/storage/creator_repository.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/charts/tier_chart_builder.h"
#include "ui/charts/tier_chart_widget.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSvgGenerator>
#include <QTest>
#include <QBuffer>

#include <cmath>

using namespace tierscope;
using namespace Qt::StringLiterals;
using core::Tier;

namespace {

template<typename T = QXYSeries>
T *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == name)
            return qobject_cast<T *>(s);
    }
    return nullptr;
}

QSet<double> ys(const QXYSeries *s)
{
    QSet<double> out;
    for (const QPointF &p : s->points())
        out << std::round(p.y() * 1000.0) / 1000.0; // ER %, 3 decimals
    return out;
}

} // namespace

class TestTierChart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_ws;
    QHash<QString, qint64> m_ids;

    core::TierChartData build(const QList<qint64> &highlighted = {}, int maxPoints = 5000)
    {
        core::TierChartOptions options;
        options.feeCurrency = QStringLiteral("USD");
        options.highlightedIds = highlighted;
        options.maxPoints = maxPoints;
        auto data = core::buildTierChartData(m_ws->database(), core::TierScheme::defaults(), {},
                                             options);
        if (!data)
            qFatal("%s", qPrintable(data.error().message));
        return data.value();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_ws = test::openWorkspace(m_dir);
        m_ids = test::addKnownCreators(*m_ws);
    }

    void builder_oneSeriesPerTierWithItsCreators()
    {
        const ui::TierChartBuilder builder(build());
        std::unique_ptr<QChart> chart(builder.createChart());
        // Known creators with followers and ER, by tier (finn.runs has no ER: not plotted).
        QCOMPARE(seriesNamed(chart.get(), u"tier:emerging"_s)->count(), 1);
        QCOMPARE(seriesNamed(chart.get(), u"tier:nano"_s)->count(), 1);
        QCOMPARE(seriesNamed(chart.get(), u"tier:micro"_s)->count(), 5);
        QCOMPARE(seriesNamed(chart.get(), u"tier:macro"_s)->count(), 2);
        QCOMPARE(seriesNamed(chart.get(), u"tier:mega"_s)->count(), 2);
        QCOMPARE(ys(seriesNamed(chart.get(), u"tier:micro"_s)),
                 (QSet<double>{6.9, 9.1, 5.0, 8.0, 6.5}));
        QCOMPARE(ys(seriesNamed(chart.get(), u"tier:mega"_s)), (QSet<double>{2.0, 1.8}));
        // x is log10(followers): dan.tech's 1,200,000 → 6.079…
        bool found = false;
        for (const QPointF &p : seriesNamed(chart.get(), u"tier:mega"_s)->points())
            found = found || qFuzzyCompare(p.x(), std::log10(1'200'000.0));
        QVERIFY(found);
        // Names carry the tier's creator count (all matching ones, not just plotted).
        QCOMPARE(seriesNamed(chart.get(), u"tier:micro"_s)->name(), u"Micro · 6"_s);
        QVERIFY(!seriesNamed(chart.get(), u"highlights"_s));
    }

    void builder_axesAreLogDecadesAndTierBands()
    {
        const ui::TierChartBuilder builder(build());
        std::unique_ptr<QChart> chart(builder.createChart());
        QCategoryAxis *followers = nullptr;
        QCategoryAxis *tiers = nullptr;
        for (QAbstractAxis *a : chart->axes()) {
            if (a->objectName() == u"followersAxis")
                followers = qobject_cast<QCategoryAxis *>(a);
            if (a->objectName() == u"tierAxis")
                tiers = qobject_cast<QCategoryAxis *>(a);
        }
        QVERIFY(followers && tiers);
        // gia.style has 640 followers: the axis starts at 100 so emerging creators show.
        QCOMPARE(followers->categoriesLabels(),
                 (QStringList{u"100"_s, u"1k"_s, u"10k"_s, u"100k"_s, u"1M"_s, u"10M"_s}));
        QCOMPARE(tiers->categoriesLabels(), (QStringList{u"Emerging"_s, u"Nano"_s, u"Micro"_s,
                                                         u"Macro"_s, u"Mega"_s}));
        QCOMPARE(tiers->endValue(u"Micro"_s), 5.0);
        QCOMPARE(builder.geometry().xMin, 2.0);
        QCOMPARE(builder.geometry().xMax, 7.0);
        // Every ER is on the scale: 15 % (gia) is the highest, the scale ends at a round value.
        QCOMPARE(builder.geometry().aboveScale, 0);
        QVERIFY(builder.geometry().yMax >= 15.0);
    }

    void builder_benchmarksSpanTheirBandsAndMediansSitAtTheMedians()
    {
        const core::TierChartData data = build();
        const ui::TierChartBuilder builder(data);
        std::unique_ptr<QChart> chart(builder.createChart());
        auto *micro = seriesNamed<QLineSeries>(chart.get(), u"benchmark:micro"_s);
        QVERIFY(micro);
        for (const QPointF &p : micro->points()) {
            QCOMPARE(p.y(), 7.0);
            QVERIFY(p.x() > 4.0 && p.x() < 5.0);
        }
        QVERIFY(!seriesNamed(chart.get(), u"benchmark:emerging"_s)); // emerging has none
        QCOMPARE(seriesNamed(chart.get(), u"benchmark:mega"_s)->points().first().y(), 2.0);

        auto *medians = seriesNamed(chart.get(), u"medians"_s);
        QCOMPARE(medians->count(), 5);
        // Micro: median ER of 6.9, 9.1, 5, 8, 6.5 is 6.9 %; median followers of the six micro
        // creators (finn.runs included) is (22,000 + 31,000) / 2.
        const QPointF microMedian = medians->at(2);
        QCOMPARE(std::round(microMedian.y() * 1000.0) / 1000.0, 6.9);
        QVERIFY(qFuzzyCompare(microMedian.x(), std::log10(26'500.0)));
    }

    void builder_highlightedCreatorsAreOnTopWithTheirHandle()
    {
        const qint64 anna = m_ids.value(u"anna.fit"_s);
        const qint64 dan = m_ids.value(u"dan.tech"_s);
        const ui::TierChartBuilder builder(build({anna, dan}));
        std::unique_ptr<QChart> chart(builder.createChart());
        QCOMPARE(seriesNamed(chart.get(), u"tier:micro"_s)->count(), 4);
        QCOMPARE(seriesNamed(chart.get(), u"tier:mega"_s)->count(), 1);
        auto *annaSeries = seriesNamed(chart.get(), u"highlight:"_s + QString::number(anna));
        QVERIFY(annaSeries);
        QCOMPARE(annaSeries->name(), u"@anna.fit"_s);
        QCOMPARE(annaSeries->pointLabelsFormat(), u"@anna.fit"_s);
        QCOMPARE(annaSeries->count(), 1);
        QCOMPARE(annaSeries->at(0).y(), 6.9);
        // Drawn last: after the tiers, benchmarks and medians.
        QCOMPARE(chart->series().constLast()->objectName().startsWith(u"highlight:"), true);
        QVERIFY(chart->series().indexOf(annaSeries)
                > chart->series().indexOf(seriesNamed(chart.get(), u"medians"_s)));
    }

    void builder_captionIsTheSamplingNote()
    {
        const core::TierChartData data = build();
        const ui::TierChartBuilder builder(data);
        QCOMPARE(builder.caption(), data.samplingNote());
        QVERIFY(builder.caption().contains(u"All 11 matching creators"_s));
    }

    void builder_sampleIsBoundedAndTheSameEveryTime()
    {
        QTemporaryDir dir;
        auto ws = test::openWorkspace(dir, u"gen"_s);
        test::addGeneratedCreators(*ws, 3000);
        core::TierChartOptions options;
        options.feeCurrency = u"USD"_s;
        options.maxPoints = 400;
        const auto a = core::buildTierChartData(ws->database(), core::TierScheme::defaults(), {},
                                                options);
        const auto b = core::buildTierChartData(ws->database(), core::TierScheme::defaults(), {},
                                                options);
        QVERIFY(a && b && a->isSampled());
        std::unique_ptr<QChart> first(ui::TierChartBuilder(*a).createChart());
        std::unique_ptr<QChart> second(ui::TierChartBuilder(*b).createChart());
        qsizetype plotted = 0;
        for (Tier t : core::allTiers()) {
            auto *s1 = seriesNamed(first.get(), u"tier:"_s + core::tierKey(t));
            auto *s2 = seriesNamed(second.get(), u"tier:"_s + core::tierKey(t));
            if (!s1)
                continue;
            QCOMPARE(s1->points(), s2->points());
            QVERIFY(s1->count() <= a->perTierCap);
            plotted += s1->count();
        }
        QVERIFY(plotted <= 400);
        QCOMPARE(plotted, a->points.size());
        QVERIFY(ui::TierChartBuilder(*a).caption().contains(u"400 of"_s));
    }

    void render_paintsTheChartAndCaptionOnAnyDevice()
    {
        const ui::TierChartBuilder builder(build({m_ids.value(u"anna.fit"_s)}));
        QImage image(900, 600, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            builder.render(&painter, QRectF(0, 0, 900, 600));
        }
        // The micro colour is somewhere in the plot (the highlighted point is opaque).
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                if (QColor(image.pixel(x, y)).hsvSaturation() > 120)
                    ++coloured;
            }
        }
        QVERIFY2(coloured > 50, qPrintable(QString::number(coloured)));

        // Vector output: an SVG holds the axis labels and the caption as text.
        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setSize(QSize(800, 500));
        generator.setViewBox(QRect(0, 0, 800, 500));
        {
            QPainter painter(&generator);
            builder.render(&painter, QRectF(0, 0, 800, 500));
        }
        const QString text = QString::fromUtf8(svg.data());
        QVERIFY(text.contains(u">10k<"_s) || text.contains(u"10k"_s));
        QVERIFY(text.contains(u"Micro"_s));
        QVERIFY(text.contains(u"@anna.fit"_s));
    }

    void widget_hoverTellsAndClickSelects()
    {
        const qint64 anna = m_ids.value(u"anna.fit"_s);
        const core::TierChartData data = build({anna});
        ui::TierChartWidget widget;
        widget.resize(900, 600);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.setData(data);
        QCOMPARE(widget.captionText(), ui::TierChartBuilder(data).caption());
        QTRY_VERIFY(!widget.chart()->plotArea().isEmpty());

        qsizetype annaIndex = -1;
        for (qsizetype i = 0; i < data.points.size(); ++i) {
            if (data.points[i].creatorId == anna)
                annaIndex = i;
        }
        QVERIFY(annaIndex >= 0);
        const auto pos = widget.viewportPosition(data.points[annaIndex]);
        QVERIFY(pos);
        QCOMPARE(widget.pointAt(*pos), int(annaIndex));
        const QString tip = widget.toolTipAt(*pos);
        QVERIFY2(tip.contains(u"@anna.fit"_s), qPrintable(tip));
        QVERIFY(tip.contains(u"Instagram"_s));
        QVERIFY(tip.contains(u"48,700 followers"_s));
        QVERIFY(tip.contains(u"ER 6.90%"_s));

        QSignalSpy clicked(&widget, &ui::TierChartWidget::creatorClicked);
        QTest::mouseClick(widget.chartView()->viewport(), Qt::LeftButton, {}, *pos);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toLongLong(), anna);

        // Far from every point: nothing.
        QCOMPARE(widget.pointAt(QPoint(2, 2)), -1);
        QTest::mouseClick(widget.chartView()->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(clicked.size(), 1);
    }

    void widget_medianAndBenchmarkHaveTooltips()
    {
        const core::TierChartData data = build();
        ui::TierChartWidget widget;
        widget.resize(900, 600);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.setData(data);
        QTRY_VERIFY(!widget.chart()->plotArea().isEmpty());
        auto *medians = seriesNamed(widget.chart(), u"medians"_s);
        const QPointF inChart = widget.chart()->mapToPosition(medians->at(2), medians);
        const QPoint pos = widget.chartView()->mapFromScene(widget.chart()->mapToScene(inChart));
        const QString tip = widget.toolTipAt(pos);
        QVERIFY2(tip.startsWith(u"Micro median: ER 6.9%"_s), qPrintable(tip));
    }
};

QTEST_MAIN(TestTierChart)
#include "tst_tier_chart.moc"
