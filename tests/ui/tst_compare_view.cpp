// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/creator_repository.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/charts/tier_chart_builder.h"
#include "ui/charts/tier_chart_widget.h"
#include "ui/common/app_settings.h"
#include "ui/compare/compare_view.h"
#include "ui/compare/comparison_model.h"
#include "ui/compare/creator_search_box.h"
#include "ui/creators/creators_view.h"
#include "ui/main/main_window.h"
#include "ui/main/navigation_sidebar.h"
#include "ui/shortlists/shortlists_view.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace tierscope;
using namespace Qt::StringLiterals;
using core::ComparisonField;
using M = ui::ComparisonModel;

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
            auto ws = test::openWorkspace(dir, u"cmp"_s);
            ids = test::addKnownCreators(*ws);
        }
        window = std::make_unique<ui::MainWindow>(&settings);
        window->resize(1400, 900);
        window->show();
        window->openWorkspace(dir.filePath(u"cmp.tierscope"_s));
    }
    ui::CompareView &view() { return *window->compareView(); }
    M &model() { return *view().model(); }
    QList<qint64> idsOf(const QStringList &handles) const
    {
        QList<qint64> out;
        for (const QString &h : handles)
            out << ids.value(h);
        return out;
    }
    QList<qint64> shownIds()
    {
        QList<qint64> out;
        for (int c = 0; c < model().columnCount(); ++c)
            out << model().headerData(c, Qt::Horizontal, M::CreatorIdRole).toLongLong();
        return out;
    }
    // Columns marked best in a row.
    QList<int> best(ComparisonField field)
    {
        QList<int> out;
        const int row = model().rowOf(field);
        for (int c = 0; c < model().columnCount(); ++c) {
            if (model().index(row, c).data(M::BestRole).toBool())
                out << c;
        }
        return out;
    }
    QString cell(ComparisonField field, int column)
    {
        return model().index(model().rowOf(field), column).data().toString();
    }
    bool settled() { return !view().isLoading(); }
};

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void bestValues_areMarkedWithTextAndFollowTheRule()
    {
        Fixture f;
        f.view().setCreators(f.idsOf({u"anna.fit"_s, u"ben.cooks"_s, u"carla.travel"_s}));
        QTRY_COMPARE(f.model().columnCount(), 3);
        QTRY_VERIFY(f.settled());
        QAbstractItemModelTester tester(&f.model());
        QCOMPARE(f.shownIds(), f.idsOf({u"anna.fit"_s, u"ben.cooks"_s, u"carla.travel"_s}));
        QCOMPARE(f.model().headerData(0, Qt::Horizontal).toString(), u"@anna.fit"_s);

        QCOMPARE(f.best(ComparisonField::Followers), QList<int>{2});       // higher is better
        QCOMPARE(f.best(ComparisonField::EngagementRate), QList<int>{1});  // 9.1 %
        QCOMPARE(f.best(ComparisonField::Fee), QList<int>{1});             // lower is better: $150
        QCOMPARE(f.best(ComparisonField::Platform), QList<int>{});         // not ranked
        QCOMPARE(f.cell(ComparisonField::EngagementRate, 1), u"★ 9.10%"_s);
        QCOMPARE(f.cell(ComparisonField::EngagementRate, 0), u"6.90%"_s);
        QVERIFY(f.model().index(f.model().rowOf(ComparisonField::Fee), 1)
                    .data(Qt::ToolTipRole).toString().contains(u"lower is better"_s));
        // The rule is on the row header, not only in colour.
        QCOMPARE(f.model().headerData(f.model().rowOf(ComparisonField::Fee), Qt::Vertical)
                     .toString(),
                 u"Fee per post ▼"_s);
        QCOMPARE(f.model().headerData(f.model().rowOf(ComparisonField::Followers), Qt::Vertical)
                     .toString(),
                 u"Followers ▲"_s);
        // ER against the tier benchmark: anna 6.9 % vs micro 7 %.
        QCOMPARE(f.cell(ComparisonField::ErVsBenchmark, 0), u"−0.1 pt"_s);
        // Percentile within the tier comes from the worker's pass: known for all three.
        for (int c = 0; c < 3; ++c)
            QVERIFY(f.model().index(f.model().rowOf(ComparisonField::ErPercentileInTier), c)
                        .data(M::ValueRole).isValid());
        // Ben has the highest ER of the five micro creators with one: (4 + 0.5) / 5.
        QCOMPARE(f.model().index(f.model().rowOf(ComparisonField::ErPercentileInTier), 1)
                     .data(M::ValueRole).toDouble(), 0.9);
    }

    void unknownValues_neverWin()
    {
        Fixture f;
        // finn.runs has no ER; ines.books no fee.
        f.view().setCreators(f.idsOf({u"finn.runs"_s, u"ines.books"_s, u"hugo.games"_s}));
        QTRY_COMPARE(f.model().columnCount(), 3);
        QTRY_VERIFY(f.settled());
        QCOMPARE(f.cell(ComparisonField::EngagementRate, 0), u"—"_s);
        QCOMPARE(f.best(ComparisonField::EngagementRate), QList<int>{1}); // 8 % beats 5 %
        // Only hugo has a fee: nothing to compare, nothing marked.
        QCOMPARE(f.best(ComparisonField::Fee), QList<int>{});
    }

    void columns_removeMoveAndCap()
    {
        Fixture f;
        f.view().setCreators(f.idsOf({u"anna.fit"_s, u"ben.cooks"_s, u"carla.travel"_s}));
        QTRY_COMPARE(f.model().columnCount(), 3);
        f.view().removeCreatorAt(0);
        QTRY_COMPARE(f.shownIds(), f.idsOf({u"ben.cooks"_s, u"carla.travel"_s}));
        f.view().moveCreator(0, 1);
        QTRY_COMPARE(f.shownIds(), f.idsOf({u"carla.travel"_s, u"ben.cooks"_s}));

        QSignalSpy messages(&f.view(), &ui::CompareView::statusMessage);
        const int added = f.view().addCreators(
            f.idsOf({u"ben.cooks"_s, u"dan.tech"_s, u"eva.vegan"_s, u"gia.style"_s,
                     u"hugo.games"_s, u"ines.books"_s}));
        QCOMPARE(added, 4); // ben is there already; six at most
        QCOMPARE(f.view().creatorIds().size(), ui::CompareView::kMaxCreators);
        QCOMPARE(messages.size(), 1);
        QTRY_COMPARE(f.model().columnCount(), 6);
    }

    void chart_highlightsTheComparedCreators()
    {
        Fixture f;
        const QList<qint64> compared = f.idsOf({u"anna.fit"_s, u"kim.beauty"_s});
        f.view().setCreators(compared);
        QTRY_VERIFY(f.view().chart()->hasData() && f.settled());
        QSet<qint64> highlighted;
        for (const core::TierChartPoint &p : f.view().chart()->builder()->data().points) {
            if (p.highlighted)
                highlighted << p.creatorId;
        }
        QCOMPARE(highlighted, QSet<qint64>(compared.cbegin(), compared.cend()));
        // Statistics are over the whole workspace.
        QCOMPARE(f.view().chart()->builder()->data().statistics.total, 12);
    }

    void exportCsv_writesTheTableWithBestMarks()
    {
        Fixture f;
        f.view().setCreators(f.idsOf({u"anna.fit"_s, u"ben.cooks"_s}));
        QTRY_COMPARE(f.model().columnCount(), 2);
        QTRY_VERIFY(f.settled());
        const QString path = f.dir.filePath(u"comparison.csv"_s);
        QString error;
        QVERIFY2(f.view().exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s);
        QCOMPARE(lines.first(), u"Field,Better,anna.fit (Instagram),ben.cooks (TikTok)"_s);
        QVERIFY(lines.contains(u"Engagement rate,Higher is better,6.90%,9.10% (best)"_s));
        QVERIFY(lines.contains(u"Followers,Higher is better,\"48,700 (best)\",\"12,300\""_s));
    }

    void sources_creatorsAndShortlistsOpenCompare()
    {
        Fixture f;
        emit f.window->creatorsView()->addToComparisonRequested(
            f.idsOf({u"anna.fit"_s, u"leo.vegan.eats"_s}));
        QCOMPARE(f.window->sidebar()->currentPage(), ui::NavigationSidebar::Page::Compare);
        QCOMPARE(f.view().creatorIds(), f.idsOf({u"anna.fit"_s, u"leo.vegan.eats"_s}));
        // Adding from Creators adds to what is there; a shortlist replaces it.
        emit f.window->creatorsView()->addToComparisonRequested(f.idsOf({u"ben.cooks"_s}));
        QCOMPARE(f.view().creatorIds().size(), 3);
        emit f.window->shortlistsView()->compareRequested(f.idsOf({u"dan.tech"_s, u"kim.beauty"_s}));
        QCOMPARE(f.view().creatorIds(), f.idsOf({u"dan.tech"_s, u"kim.beauty"_s}));
        QTRY_COMPARE(f.model().columnCount(), 2);
    }

    void searchBox_suggestsAndAdds()
    {
        Fixture f;
        f.window->sidebar()->setCurrentPage(ui::NavigationSidebar::Page::Compare);
        ui::CreatorSearchBox *search = f.view().searchBox();
        search->setText(u"vegan"_s);
        search->updateSuggestions();
        // eva.vegan, leo.vegan.eats, anna.fit and ben.cooks have "vegan" in handle or niches.
        QCOMPARE(search->suggestions()->rowCount(), 4);
        const qint64 first = search->suggestions()->index(0, 0)
                                 .data(ui::CreatorSearchBox::IdRole).toLongLong();
        QCOMPARE(first, f.ids.value(u"anna.fit"_s)); // the largest audience first
        emit search->creatorChosen(first);
        QCOMPARE(f.view().creatorIds(), QList<qint64>{first});
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compare_view.moc"
