// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/tier_statistics.h"
#include "core/storage/creator_repository.h"
#include "core/storage/settings_repository.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/charts/tier_chart_widget.h"
#include "ui/common/app_settings.h"
#include "ui/creators/creator_table_model.h"
#include "ui/creators/creators_view.h"
#include "ui/insights/benchmarks_dialog.h"
#include "ui/insights/insights_view.h"
#include "ui/insights/tier_summary_model.h"
#include "ui/main/main_window.h"
#include "ui/main/navigation_sidebar.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace tierscope;
using namespace Qt::StringLiterals;
using core::Tier;
using M = ui::TierSummaryModel;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    ui::AppSettings settings{dir.filePath(u"settings.ini"_s)};
    QHash<QString, qint64> ids;
    std::unique_ptr<ui::MainWindow> window;

    Fixture()
    {
        {
            auto ws = test::openWorkspace(dir, u"in"_s);
            ids = test::addKnownCreators(*ws);
        }
        window = std::make_unique<ui::MainWindow>(&settings);
        window->resize(1400, 900);
        window->show();
        window->openWorkspace(dir.filePath(u"in.tierscope"_s));
        window->sidebar()->setCurrentPage(ui::NavigationSidebar::Page::Insights);
    }
    ui::InsightsView &view() { return *window->insightsView(); }
    M &summary() { return *view().summaryModel(); }
    QVariant value(Tier t, int column) { return summary().index(int(t), column).data(M::ValueRole); }
    QString text(Tier t, int column) { return summary().index(int(t), column).data().toString(); }
    core::TierScheme storedScheme() const
    {
        return *core::SettingsRepository(window->workspace()->database()).tierScheme();
    }
    bool loaded() { return view().hasData() && !view().isLoading(); }
};

} // namespace

class TestInsightsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void summary_matchesHandComputedStatistics()
    {
        Fixture f;
        QTRY_VERIFY(f.loaded());
        QAbstractItemModelTester tester(&f.summary());
        QCOMPARE(f.summary().rowCount(), 5);
        QCOMPARE(f.value(Tier::Micro, M::CountColumn).toLongLong(), 6);
        QCOMPARE(f.value(Tier::Micro, M::ShareColumn).toDouble(), 0.5);
        QCOMPARE(f.value(Tier::Micro, M::MedianErColumn).toDouble(), 0.069);
        const QVariantList iqr = f.value(Tier::Micro, M::IqrColumn).toList();
        QCOMPARE(iqr.size(), 2);
        QCOMPARE(iqr[0].toDouble(), 0.065); // 0.05 0.065 0.069 0.08 0.091
        QCOMPARE(iqr[1].toDouble(), 0.08);
        QCOMPARE(f.value(Tier::Micro, M::BenchmarkColumn).toDouble(), 0.07);
        QVERIFY(qFuzzyCompare(f.value(Tier::Micro, M::ErVsBenchmarkColumn).toDouble(), -0.001));
        QCOMPARE(f.value(Tier::Micro, M::MedianFollowersColumn).toDouble(), 26'500.0);
        QCOMPARE(f.value(Tier::Micro, M::MedianFeeColumn).toDouble(), 33'500.0); // 150 250 420 600 $
        QCOMPARE(f.text(Tier::Micro, M::MedianFeeColumn), u"$335.00"_s);
        QCOMPARE(f.text(Tier::Micro, M::MedianErColumn), u"6.90%"_s);
        QCOMPARE(f.text(Tier::Micro, M::ErVsBenchmarkColumn), u"−0.1 pt"_s);
        QCOMPARE(f.value(Tier::Mega, M::CountColumn).toLongLong(), 2);
        QCOMPARE(f.value(Tier::Emerging, M::CountColumn).toLongLong(), 1);
        QVERIFY(!f.value(Tier::Emerging, M::BenchmarkColumn).isValid());
        QCOMPARE(f.text(Tier::Emerging, M::BenchmarkColumn), u"—"_s);

        // Every cell against core's own statistics over the same workspace.
        const auto stats = core::computeTierStatistics(f.window->workspace()->database(),
                                                       f.storedScheme(), {}, u"USD"_s);
        QVERIFY(stats);
        for (const core::TierSummary &t : stats->tiers) {
            QCOMPARE(f.value(t.tier, M::CountColumn).toLongLong(), t.count);
            QCOMPARE(f.value(t.tier, M::MedianCpeColumn).isValid(), t.medianCpeMinor.has_value());
            if (t.medianCpeMinor)
                QCOMPARE(f.value(t.tier, M::MedianCpeColumn).toDouble(), *t.medianCpeMinor);
            if (t.medianEr)
                QCOMPARE(f.value(t.tier, M::MedianErColumn).toDouble(), *t.medianEr);
        }
        // The chart shows the same data.
        QVERIFY(f.view().chart()->hasData());
        QVERIFY(f.view().chart()->captionText().contains(u"All 11 matching creators"_s));
    }

    void scope_followsTheCreatorsFilterWhenAsked()
    {
        Fixture f;
        QTRY_VERIFY(f.loaded());
        QCOMPARE(f.view().data().statistics.total, 12);
        core::CreatorFilter tiktok;
        tiktok.platforms = {core::Platform::TikTok};
        f.window->creatorsView()->model()->setFilter(tiktok);
        // The whole workspace stays until the filter is asked for.
        QTest::qWait(50);
        QTRY_VERIFY(f.loaded());
        QCOMPARE(f.view().data().statistics.total, 12);

        f.view().findChild<QRadioButton *>(u"currentFilter"_s)->click();
        QCOMPARE(f.view().scope(), ui::InsightsView::Scope::CurrentFilter);
        QTRY_COMPARE(f.view().data().statistics.total, 4); // ben, gia, hugo, leo
        QTRY_VERIFY(f.loaded());
        QCOMPARE(f.value(Tier::Micro, M::CountColumn).toLongLong(), 3);
        QVERIFY(f.view().findChild<QLabel *>(u"insightsHeading"_s)->text().contains(u"4 creators"_s));

        f.view().findChild<QRadioButton *>(u"wholeWorkspace"_s)->click();
        QTRY_COMPARE(f.view().data().statistics.total, 12);
    }

    void benchmarks_editIsOneUndoStepThatRestoresExactly()
    {
        Fixture f;
        QTRY_VERIFY(f.loaded());
        const core::TierScheme before = f.storedScheme();
        core::TierScheme edited = before;
        edited.setBenchmark(Tier::Micro, {0.05, u"Own study 2026"_s});
        edited.setLowerBound(Tier::Micro, 20'000); // ben (12.3k) and ines (10k) become nano
        edited.setPlatformBenchmark(core::Platform::TikTok, Tier::Micro, {0.09, u"TikTok"_s});
        QUndoStack *stack = f.window->undoStack();
        const int steps = stack->count();

        f.view().applyTierScheme(edited);
        QCOMPARE(stack->count(), steps + 1);
        QVERIFY(f.storedScheme() == edited);
        QTRY_COMPARE(f.value(Tier::Micro, M::BenchmarkColumn).toDouble(), 0.05);
        QTRY_VERIFY(f.loaded());
        QCOMPARE(f.value(Tier::Micro, M::CountColumn).toLongLong(), 4);
        QCOMPARE(f.value(Tier::Nano, M::CountColumn).toLongLong(), 3);
        QVERIFY(f.summary().index(int(Tier::Micro), M::BenchmarkColumn)
                    .data(Qt::ToolTipRole).toString().contains(u"Own study 2026"_s));
        // The Creators table derives tiers from the same scheme.
        QTRY_VERIFY(f.window->creatorsView()->model()->tierScheme() == edited);

        stack->undo();
        QVERIFY(f.storedScheme() == before);
        QTRY_COMPARE(f.value(Tier::Micro, M::BenchmarkColumn).toDouble(), 0.07);
        QTRY_VERIFY(f.loaded());
        QCOMPARE(f.value(Tier::Micro, M::CountColumn).toLongLong(), 6);
        QTRY_VERIFY(f.window->creatorsView()->model()->tierScheme() == before);

        stack->redo();
        QVERIFY(f.storedScheme() == edited);

        // Applying the scheme already stored adds no step.
        f.view().applyTierScheme(edited);
        QCOMPARE(stack->count(), steps + 1);
    }

    void dialog_acceptingUntouchedChangesNothingAndEditsLand()
    {
        core::TierScheme scheme;
        scheme.setBenchmark(Tier::Macro, {0.0237, u"odd figure"_s}); // more decimals than shown
        ui::BenchmarksDialog dialog(scheme);
        QVERIFY(dialog.scheme() == scheme);

        dialog.rateField(Tier::Micro)->setValue(5.5);
        dialog.sourceField(Tier::Micro)->setText(u"Agency 2026"_s);
        core::TierScheme expected = scheme;
        expected.setBenchmark(Tier::Micro, {0.055, u"Agency 2026"_s});
        QVERIFY(dialog.scheme() == expected);

        // A platform page: unticked tiers use the general figure; ticking one overrides it.
        dialog.platformChooser()->setCurrentIndex(
            dialog.platformChooser()->findData(int(core::Platform::TikTok)));
        QVERIFY(!dialog.overrideBox(Tier::Micro)->isChecked());
        QVERIFY(!dialog.rateField(Tier::Micro)->isEnabled());
        QCOMPARE(dialog.rateField(Tier::Micro)->value(), 5.5);
        QVERIFY(!dialog.thresholdField(Tier::Micro)->isEnabled());
        dialog.overrideBox(Tier::Micro)->setChecked(true);
        dialog.rateField(Tier::Micro)->setValue(9.0);
        expected.setPlatformBenchmark(core::Platform::TikTok, Tier::Micro,
                                      {0.09, u"Agency 2026"_s});
        QVERIFY(dialog.scheme() == expected);
        dialog.overrideBox(Tier::Micro)->setChecked(false);
        expected.clearPlatformBenchmark(core::Platform::TikTok, Tier::Micro);
        QVERIFY(dialog.scheme() == expected);

        // Thresholds out of order cannot be accepted.
        dialog.platformChooser()->setCurrentIndex(0);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.thresholdField(Tier::Micro)->setValue(500);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.problemLabel()->isHidden());
        dialog.thresholdField(Tier::Micro)->setValue(10'000);
        QVERIFY(ok->isEnabled());
    }

    void chartClick_showsTheCreatorInCreators()
    {
        Fixture f;
        QTRY_VERIFY(f.loaded());
        const qint64 hugo = f.ids.value(u"hugo.games"_s);
        emit f.view().chart()->creatorClicked(hugo);
        QCOMPARE(f.window->sidebar()->currentPage(), ui::NavigationSidebar::Page::Creators);
        const QModelIndex current = f.window->creatorsView()->table()->currentIndex();
        QCOMPARE(current.data(ui::CreatorTableModel::CreatorIdRole).toLongLong(), hugo);
        // …and the clicked creator is highlighted in Insights from then on.
        f.window->sidebar()->setCurrentPage(ui::NavigationSidebar::Page::Insights);
        QTRY_VERIFY(f.loaded());
        QTRY_VERIFY(std::any_of(f.view().data().points.cbegin(), f.view().data().points.cend(),
                                [hugo](const core::TierChartPoint &p) {
                                    return p.creatorId == hugo && p.highlighted;
                                }));
    }
};

QTEST_MAIN(TestInsightsView)
#include "tst_insights_view.moc"
