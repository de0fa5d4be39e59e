// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/creator_repository.h"
#include "core/storage/settings_repository.h"
#include "tests/ui/support/ui_test_support.h"
#include "ui/creators/creator_column.h"
#include "ui/creators/creator_page_cache.h"
#include "ui/creators/creator_table_model.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace tierscope;
using tierscope::ui::CreatorColumn;
using tierscope::ui::CreatorTableModel;

// Waits for the worker thread's count.
#define SETTLE(model) QTRY_VERIFY(!(model).isCounting())

class TestCreatorTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Workspace> m_generated; // 1,050 creators: ten full pages and a bit

    QList<qint64> allIdsInOrder(const CreatorTableModel &model)
    {
        core::CreatorRepository repo(m_generated->database());
        const auto page = repo.page(model.filter(), model.tierScheme(),
                                    {ui::CreatorColumns::sortColumn(CreatorColumn(model.sortColumn())),
                                     model.sortOrder() == Qt::DescendingOrder},
                                    0, 1'000'000);
        QList<qint64> ids;
        for (const core::Creator &c : page->rows)
            ids << c.id;
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_generated = test::openWorkspace(m_dir, QStringLiteral("generated"));
        QVERIFY(m_generated);
        test::addGeneratedCreators(*m_generated, 1'050);
    }

    void model_passesModelTesterThroughFilterSortAndChanges()
    {
        QTemporaryDir dir;
        auto ws = test::openWorkspace(dir);
        test::addKnownCreators(*ws);
        CreatorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(ws.get());
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.columnCount(), ui::CreatorColumns::count);
        core::CreatorFilter vegan;
        vegan.text = QStringLiteral("vegan");
        model.setFilter(vegan);
        QCOMPARE(model.rowCount(), 4);
        model.sort(int(CreatorColumn::Handle), Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, int(CreatorColumn::Handle))).toString(),
                 QStringLiteral("@anna.fit"));
        model.setFilter({});
        core::CreatorRepository repo(ws->database(), ws->events());
        QVERIFY(repo.insert(test::makeCreator(QStringLiteral("zed"), core::Platform::TikTok, 5000,
                                              0.05, QStringLiteral("US"))));
        QTRY_COMPARE(model.rowCount(), 13);
        QVERIFY(!repo.remove(model.idAt(0)));
        QVERIFY(!repo.remove(model.idAt(1)));
        QTRY_COMPARE(model.rowCount(), 11);
        model.setWorkspace(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void data_formatsNumbersAndUnknowns()
    {
        QTemporaryDir dir;
        auto ws = test::openWorkspace(dir);
        test::addKnownCreators(*ws);
        CreatorTableModel model;
        model.setWorkspace(ws.get());
        model.sort(int(CreatorColumn::Handle), Qt::AscendingOrder);
        const auto cell = [&](int row, CreatorColumn c, int role = Qt::DisplayRole) {
            return model.data(model.index(row, int(c)), role);
        };
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Row 0 is @anna.fit: 48,700 followers, ER 6.9 % computed, micro, $420.00.
        QCOMPARE(cell(0, CreatorColumn::Followers).toString(), QStringLiteral("48,700"));
        QCOMPARE(cell(0, CreatorColumn::EngagementRate).toString(), QStringLiteral("6.90%"));
        QCOMPARE(cell(0, CreatorColumn::Tier).toString(), QStringLiteral("Micro"));
        QCOMPARE(cell(0, CreatorColumn::Tier, CreatorTableModel::TierRole).toInt(),
                 int(core::Tier::Micro));
        QCOMPARE(cell(0, CreatorColumn::Fee).toString(), QStringLiteral("$420.00"));
        QCOMPARE(cell(0, CreatorColumn::EngagementRate, CreatorTableModel::ErSourceRole).toInt(),
                 int(core::ErSource::Reported));
        QVERIFY(cell(0, CreatorColumn::EngagementRate, Qt::ToolTipRole).toString().contains(
            QStringLiteral("reported")));
        // Row 1 is @ben.cooks, computed from the averages.
        QCOMPARE(cell(1, CreatorColumn::EngagementRate, CreatorTableModel::ErSourceRole).toInt(),
                 int(core::ErSource::Computed));
        QVERIFY(cell(1, CreatorColumn::EngagementRate, Qt::ToolTipRole).toString().startsWith(
            QStringLiteral("Computed")));
        QCOMPARE(cell(1, CreatorColumn::ErVsBenchmark).toString(), QStringLiteral("+2.1 pt"));
        QCOMPARE(cell(0, CreatorColumn::Followers, Qt::TextAlignmentRole).value<Qt::Alignment>()
                     & Qt::AlignRight, Qt::AlignRight);
        // Row 5 is @finn.runs: ER and fee unknown.
        QCOMPARE(cell(5, CreatorColumn::Handle).toString(), QStringLiteral("@finn.runs"));
        QCOMPARE(cell(5, CreatorColumn::EngagementRate).toString(), QStringLiteral("—"));
        QCOMPARE(cell(5, CreatorColumn::Fee).toString(), QStringLiteral("—"));
        QCOMPARE(cell(5, CreatorColumn::CostPerEngagement).toString(), QStringLiteral("—"));
        QVERIFY(cell(5, CreatorColumn::Fee, CreatorTableModel::UnknownRole).toBool());
        // Row 6 is @gia.style, 640 followers: emerging.
        QCOMPARE(cell(6, CreatorColumn::Tier).toString(), QStringLiteral("Emerging"));
        QLocale::setDefault(QLocale::system());
    }

    void paging_everyOrderMatchesOneBigQuery_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int c = 0; c < ui::CreatorColumns::count; ++c) {
            const QByteArray name = ui::CreatorColumns::title(CreatorColumn(c)).toUtf8();
            QTest::newRow(QByteArray(name + " asc").constData()) << c << false;
            QTest::newRow(QByteArray(name + " desc").constData()) << c << true;
        }
    }

    // Pages from the sorted query alone (no snapshot): keyset, reversed and OFFSET pages.
    void paging_everyOrderMatchesOneBigQuery()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        CreatorTableModel model;
        model.setSnapshotsEnabled(false);
        model.setWorkspace(m_generated.get());
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        const QList<qint64> expected = allIdsInOrder(model);
        SETTLE(model);
        QCOMPARE(model.rowCount(), expected.size());

        // Top to bottom: the first page came with the sort, then keyset continuations.
        model.resetFetchStats();
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.idAt(r), expected[r]);
        QCOMPARE(model.fetchStats().offsetPages, 0);
        QCOMPARE(model.fetchStats().keysetPages, 10);

        // Bottom to top after a jump to the end: reversed order, then backward keysets.
        model.sort(column == 0 ? 1 : 0);
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        SETTLE(model);
        model.resetFetchStats();
        for (int r = model.rowCount() - 1; r >= 0; --r)
            QCOMPARE(model.idAt(r), expected[r]);
        QCOMPARE(model.fetchStats().reversedPages, 1);
        QCOMPARE(model.fetchStats().keysetPages, 9);

        // Random jumps.
        model.sort(column == 0 ? 1 : 0);
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        SETTLE(model);
        QRandomGenerator rng(column * 2 + descending);
        for (int i = 0; i < 40; ++i) {
            const int r = int(rng.bounded(model.rowCount()));
            QCOMPARE(model.idAt(r), expected[r]);
        }
    }

    void snapshot_servesTheOrderThePagesWalk_data() { paging_everyOrderMatchesOneBigQuery_data(); }

    // The snapshot built on the worker thread lists the order the pages walk, so it can take over
    // without moving a row; after it, any row is read by id.
    void snapshot_servesTheOrderThePagesWalk()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        CreatorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_generated.get());
        SETTLE(model);
        core::CreatorFilter filter;
        filter.tiers = {core::Tier::Nano, core::Tier::Micro, core::Tier::Macro};
        model.setFilter(filter);
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        const QList<qint64> expected = allIdsInOrder(model);
        QVERIFY(expected.size() > 3 * CreatorTableModel::kPageSize);
        // Before the snapshot can arrive (it is delivered through this thread's event loop)
        // the first page is shown, from the sorted query.
        QVERIFY(model.isCounting() && !model.hasSnapshot());
        QCOMPARE(model.rowCount(), CreatorTableModel::kPageSize);
        QList<qint64> shown;
        for (int r = 0; r < model.rowCount(); ++r)
            shown << model.idAt(r);
        QCOMPARE(shown, expected.mid(0, shown.size()));
        QCOMPARE(model.fetchStats().snapshotPages, 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        SETTLE(model);
        QVERIFY(model.hasSnapshot());
        QCOMPARE(model.rowCount(), expected.size());
        QCOMPARE(resets.size() + layouts.size() + changed.size(), 0);
        // The rows shown stay where they were, from the cache; the rest come from the snapshot.
        model.resetFetchStats();
        for (int r = 0; r < shown.size(); ++r)
            QCOMPARE(model.idAt(r), shown[r]);
        QCOMPARE(model.fetchStats().pages(), 0);
        QRandomGenerator rng(column * 2 + descending);
        for (int i = 0; i < 20; ++i) {
            const int r = int(rng.bounded(model.rowCount()));
            QCOMPARE(model.idAt(r), expected[r]);
        }
        for (int r = model.rowCount() - 1; r >= 0; --r)
            QCOMPARE(model.idAt(r), expected[r]);
        QCOMPARE(model.fetchStats().keysetPages + model.fetchStats().offsetPages
                     + model.fetchStats().reversedPages, 0);
        QVERIFY(model.fetchStats().snapshotPages > 0);
    }

    void snapshot_followsDataChangesAndOnlyTheNewestFilter()
    {
        QTemporaryDir dir;
        auto ws = test::openWorkspace(dir);
        test::addKnownCreators(*ws);
        CreatorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(ws.get());
        model.sort(int(CreatorColumn::Handle), Qt::AscendingOrder);
        SETTLE(model);
        QVERIFY(model.hasSnapshot());
        const auto handles = [&model] {
            QStringList out;
            for (int r = 0; r < model.rowCount(); ++r)
                out << model.creatorAt(r)->handle;
            return out;
        };
        // An insert: a new snapshot places the row; rows follow by id.
        core::CreatorRepository repo(ws->database(), ws->events());
        const auto id = repo.insert(test::makeCreator(QStringLiteral("bea"), core::Platform::TikTok,
                                                      5'000, 0.05, QStringLiteral("US")));
        QVERIFY(id);
        QTRY_COMPARE(model.rowCount(), 13);
        SETTLE(model);
        QVERIFY(model.hasSnapshot());
        QCOMPARE(model.idAt(1), *id); // after anna.fit
        QStringList sorted = handles();
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(handles(), sorted);
        // A delete.
        QVERIFY(!repo.remove(model.idAt(0)));
        QTRY_COMPARE(model.rowCount(), 12);
        SETTLE(model);
        QVERIFY(model.hasSnapshot());
        QCOMPARE(handles(), sorted.mid(1));
        // An edit without a filter keeps the snapshot, and the row where it is.
        const int queries = model.fetchStats().countQueries;
        core::Creator c = *model.creatorAt(0);
        c.followers = 1;
        QVERIFY(!repo.update(c));
        QCOMPARE(model.idAt(0), c.id);
        QCOMPARE(model.creatorAt(0)->followers, std::optional<qint64>(1));
        QTest::qWait(20);
        QVERIFY(model.hasSnapshot());
        QCOMPARE(model.fetchStats().countQueries, queries);
        // With a filter, an edit can change what matches: a new snapshot.
        core::CreatorFilter filter;
        filter.minFollowers = 5'000;
        model.setFilter(filter);
        SETTLE(model);
        const int matching = model.rowCount();
        c = *model.creatorAt(0);
        c.followers = 10;
        QVERIFY(!repo.update(c));
        QTRY_COMPARE(model.rowCount(), matching - 1);
        SETTLE(model);
        QVERIFY(model.hasSnapshot());
        QVERIFY(model.fetchStats().countQueries > queries + 1);
        // Filters typed in quick succession: only the newest is answered.
        core::CreatorFilter us;
        us.countries = {QStringLiteral("US")};
        model.setFilter(us);
        QSignalSpy counts(&model, &CreatorTableModel::countsChanged);
        model.setFilter(filter);
        SETTLE(model);
        QTest::qWait(20);
        QCOMPARE(model.rowCount(), matching - 1);
        QCOMPARE(counts.last().at(1).toLongLong(), matching - 1);
        for (const QList<QVariant> &args : counts)
            QVERIFY(args.at(1).toLongLong() != *repo.count(us, model.tierScheme()));
    }

    void cache_staysBounded()
    {
        CreatorTableModel model;
        model.setWorkspace(m_generated.get());
        SETTLE(model);
        for (int r = 0; r < model.rowCount(); r += 7)
            model.idAt(r);
        QCOMPARE(model.cachedPages(), 11);
        ui::CreatorPageCache cache(3);
        for (qint64 p = 0; p < 10; ++p)
            cache.insert(p, {});
        QCOMPARE(cache.size(), 3);
        QVERIFY(cache.peek(9) && cache.peek(8) && cache.peek(7) && !cache.peek(6));
        QVERIFY(cache.find(7));      // 7 is now the most recently used …
        cache.insert(10, {});        // … so 8 goes
        QVERIFY(cache.peek(7) && !cache.peek(8) && cache.peek(9) && cache.peek(10));
    }

    void cache_neverHoldsMoreThanItsCapacity()
    {
        QTemporaryDir dir;
        auto ws = test::openWorkspace(dir);
        test::addGeneratedCreators(*ws, 5'000);
        CreatorTableModel model;
        model.setWorkspace(ws.get());
        SETTLE(model);
        QCOMPARE(model.rowCount(), 5'000);
        for (int r = 0; r < model.rowCount(); r += CreatorTableModel::kPageSize)
            QVERIFY(model.idAt(r) > 0);
        QCOMPARE(model.cachedPages(), CreatorTableModel::kCachedPages);
    }

    void filterChange_showsTheFirstRowsBeforeTheCount()
    {
        CreatorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_generated.get());
        SETTLE(model);
        QSignalSpy counts(&model, &CreatorTableModel::countsChanged);
        core::CreatorFilter filter;
        filter.tiers = {core::Tier::Nano, core::Tier::Micro};
        model.setFilter(filter);
        // At once: the first page, and "still counting".
        QCOMPARE(model.rowCount(), CreatorTableModel::kPageSize);
        QVERIFY(model.isCounting());
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.first().at(1).toLongLong(), -1);
        SETTLE(model);
        const qint64 expected = *core::CreatorRepository(m_generated->database())
                                     .count(filter, model.tierScheme());
        QVERIFY(expected > CreatorTableModel::kPageSize);
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(counts.last().at(0).toLongLong(), 1'050);
        QCOMPARE(counts.last().at(1).toLongLong(), expected);
        // A short result is counted by its first page alone.
        filter.text = QStringLiteral("vegan");
        filter.countries = {QStringLiteral("US")};
        model.setFilter(filter);
        QVERIFY(model.rowCount() < CreatorTableModel::kPageSize);
        QCOMPARE(model.rowCount(), *core::CreatorRepository(m_generated->database())
                                        .count(filter, model.tierScheme()));
        // Synchronous counting, for callers that need the number at once.
        CreatorTableModel sync;
        sync.setCountsAsync(false);
        sync.setWorkspace(m_generated.get());
        QCOMPARE(sync.rowCount(), 1'050);
        QVERIFY(!sync.isCounting());
    }

    void creatorUpdated_refreshesTheCachedRowOnly()
    {
        QTemporaryDir dir;
        auto ws = test::openWorkspace(dir);
        test::addKnownCreators(*ws);
        CreatorTableModel model;
        model.setWorkspace(ws.get());
        const qint64 id = model.idAt(3);
        core::CreatorRepository repo(ws->database(), ws->events());
        core::Creator c = *repo.get(id);
        c.displayName = QStringLiteral("Renamed");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.resetFetchStats();
        QVERIFY(!repo.update(c));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
        QCOMPARE(model.data(model.index(3, int(CreatorColumn::Name))).toString(),
                 QStringLiteral("Renamed"));
        QCOMPARE(model.fetchStats().pages(), 0);
    }

    void tierScheme_comesFromTheWorkspace()
    {
        QTemporaryDir dir;
        auto ws = test::openWorkspace(dir);
        test::addKnownCreators(*ws);
        core::TierScheme scheme;
        scheme.setLowerBound(core::Tier::Micro, 20'000); // ben (12.3k) and ines (10k) become nano
        core::SettingsRepository settings(ws->database(), ws->events());
        CreatorTableModel model;
        model.setWorkspace(ws.get());
        core::CreatorFilter micro;
        micro.tiers = {core::Tier::Micro};
        model.setFilter(micro);
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(!settings.setTierScheme(scheme));
        QTRY_COMPARE(model.rowCount(), 4);
    }
};

QTEST_MAIN(TestCreatorTableModel)
#include "tst_creator_table_model.moc"
