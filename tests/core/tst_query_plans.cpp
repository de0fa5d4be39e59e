// SPDX-License-Identifier: GPL-3.0-or-later
// The first-page query of typical filter shapes must be served by an index: no full scan of
// creators, and no temporary B-tree to sort (DESIGN §3: numeric filters and sorts are served by
// indexes; keyset paging relies on an indexed ORDER BY).
#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"
#include "tests/core/support/test_workspace.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tierscope::core;
using namespace tierscope::test;

Q_DECLARE_METATYPE(tierscope::core::CreatorFilter)
Q_DECLARE_METATYPE(tierscope::core::CreatorSortColumn)

namespace {

constexpr int kCreators = 3'000;

const struct
{
    CreatorSortColumn column;
    const char *name;
} kColumns[] = {
    {CreatorSortColumn::Handle, "handle"},
    {CreatorSortColumn::DisplayName, "name"},
    {CreatorSortColumn::Platform, "platform"},
    {CreatorSortColumn::Followers, "followers"},
    {CreatorSortColumn::EngagementRate, "er"},
    {CreatorSortColumn::AvgViews, "views"},
    {CreatorSortColumn::Niches, "niches"},
    {CreatorSortColumn::Country, "country"},
    {CreatorSortColumn::Language, "language"},
    {CreatorSortColumn::Authenticity, "authenticity"},
    {CreatorSortColumn::SponsoredRatio, "sponsored"},
    {CreatorSortColumn::Fee, "fee"},
    {CreatorSortColumn::CostPerEngagement, "cpe"},
    {CreatorSortColumn::MetricsAsOf, "as-of"},
    {CreatorSortColumn::Id, "id"},
    // ErVsBenchmark is an expression over the scheme with no index: exempt.
};

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    static void addShape(const char *name, const CreatorFilter &f, CreatorSortColumn column, bool desc)
    {
        QTest::newRow(name) << f << column << desc;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ws = openWorkspace(m_dir.filePath(QStringLiteral("plans.tierscope")));
        QVERIFY(m_ws);
        QVERIFY(bulkInsertDemo(*m_ws, kCreators));
        CreatorRepository repo(m_ws->database());
        QCOMPARE(*repo.totalCount(), qint64(kCreators));
    }

    void cleanupTestCase() { m_ws.reset(); }

    void firstPage_isServedByAnIndex_data()
    {
        QTest::addColumn<CreatorFilter>("filter");
        QTest::addColumn<CreatorSortColumn>("column");
        QTest::addColumn<bool>("descending");

        CreatorFilter f;
        f.tiers = {Tier::Micro};
        f.minEngagementRate = 0.05;
        f.countries = {QStringLiteral("US")};
        addShape("tier micro + ER from 5 % + country US, by ER desc", f, CreatorSortColumn::EngagementRate, true);

        f = {};
        f.platforms = {Platform::TikTok};
        addShape("platform TikTok, by followers desc", f, CreatorSortColumn::Followers, true);
        addShape("platform TikTok, by followers asc", f, CreatorSortColumn::Followers, false);

        f = {};
        f.minFeeMinor = 10'000;
        f.maxFeeMinor = 50'000;
        addShape("fee 100..500, by fee asc", f, CreatorSortColumn::Fee, false);

        f = {};
        f.text = QStringLiteral("fitn");
        addShape("text fitn, by followers desc", f, CreatorSortColumn::Followers, true);

        f = {};
        f.countries = {QStringLiteral("DE")};
        addShape("country DE, by followers desc", f, CreatorSortColumn::Followers, true);

        f = {};
        f.hideFlagged = true;
        addShape("flagged hidden, by ER desc", f, CreatorSortColumn::EngagementRate, true);
        addShape("flagged hidden, by followers desc", f, CreatorSortColumn::Followers, true);
        f.tiers = {Tier::Micro};
        f.minEngagementRate = 0.05;
        f.countries = {QStringLiteral("US")};
        addShape("tier micro + ER from 5 % + US + flagged hidden, by ER desc", f,
                 CreatorSortColumn::EngagementRate, true);

        for (const auto &col : kColumns) {
            for (bool desc : {false, true})
                QTest::addRow("no filter, by %s %s", col.name, desc ? "desc" : "asc")
                    << CreatorFilter{} << col.column << desc;
        }
    }
    void firstPage_isServedByAnIndex()
    {
        QFETCH(CreatorFilter, filter);
        QFETCH(CreatorSortColumn, column);
        QFETCH(bool, descending);
        CreatorRepository repo(m_ws->database());
        const auto plan = repo.explainPage(filter, TierScheme(), CreatorSort{column, descending});
        TS_VERIFY_OK(plan);
        QVERIFY(!plan->isEmpty());
        const QString text = plan->join(QStringLiteral(" | "));

        // A bare "SCAN creators" reads the whole table; only the id order may (rowid order).
        static const QRegularExpression bareScan(QStringLiteral("^SCAN creators$"));
        for (const QString &line : *plan) {
            if (column != CreatorSortColumn::Id)
                QVERIFY2(!bareScan.match(line.trimmed()).hasMatch(), qPrintable(QStringLiteral("full scan: ") + text));
            QVERIFY2(!line.contains(QStringLiteral("USE TEMP B-TREE FOR ORDER BY")),
                     qPrintable(QStringLiteral("sorts in a temp B-tree: ") + text));
        }
        // Whatever the plan, the query it explains runs and returns the first page.
        const auto page = repo.page(filter, TierScheme(), CreatorSort{column, descending}, 0, 100);
        TS_VERIFY_OK(page);
        if (filter.isEmpty())
            QCOMPARE(page->rows.size(), 100);
    }

    // Hiding flagged creators tests a column outside the ER index after its own columns: an ER
    // page still walks idx_creators_er.
    void hideFlagged_keepsTheErIndexPath()
    {
        CreatorRepository repo(m_ws->database());
        CreatorFilter f;
        f.hideFlagged = true;
        f.tiers = {Tier::Micro};
        f.countries = {QStringLiteral("US")};
        const auto plan = repo.explainPage(f, TierScheme(),
                                           CreatorSort{CreatorSortColumn::EngagementRate, true});
        TS_VERIFY_OK(plan);
        const QString text = plan->join(QStringLiteral(" | "));
        QVERIFY2(text.contains(QStringLiteral("idx_creators_er")), qPrintable(text));
    }

    void erVsBenchmark_isExemptButWorks()
    {
        CreatorRepository repo(m_ws->database());
        const auto plan = repo.explainPage(CreatorFilter{}, TierScheme(),
                                           CreatorSort{CreatorSortColumn::ErVsBenchmark, true});
        TS_VERIFY_OK(plan);
        QVERIFY(!plan->isEmpty());
        const auto page = repo.page(CreatorFilter{}, TierScheme(),
                                    CreatorSort{CreatorSortColumn::ErVsBenchmark, true}, 0, 50);
        TS_VERIFY_OK(page);
        QCOMPARE(page->rows.size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_query_plans.moc"
