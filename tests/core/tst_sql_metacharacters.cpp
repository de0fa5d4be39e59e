// SPDX-License-Identifier: GPL-3.0-or-later
// Every text a user can type into a filter reaches SQL as a bound value (or, for full-text
// search, as a quoted FTS5 phrase): SQL and FTS metacharacters match themselves, literally, and
// never change the query. Each hostile value goes through every text filter field, through the
// page, keyset, count, snapshot and chart paths, and the workspace must come out unchanged.
#include "core/analytics/tier_chart_data.h"
#include "core/storage/creator_repository.h"

#include "tests/core/support/test_workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tierscope::core;

namespace {

const QStringList kHostile = {
    QStringLiteral("'; DROP TABLE creators; --"),
    QStringLiteral("\" OR 1=1 --"),
    QStringLiteral("x' OR '1'='1"),
    QStringLiteral("%"),
    QStringLiteral("_"),
    QStringLiteral("*"),
    QStringLiteral("\\"),
    QStringLiteral(") OR (1=1"),
    QStringLiteral("NEAR(a b)"),
    QStringLiteral("niches : x OR handle : y"),
    QStringLiteral("?1"),
    QStringLiteral(":name"),
    QStringLiteral("$x"),
    QStringLiteral("' UNION SELECT sql FROM sqlite_master --"),
    QString(QChar(0)) + QStringLiteral("nul"),
};

// The one creator whose free-text fields hold a hostile value, so a literal match has a target.
Creator carrier(const QString &hostile, int n)
{
    Creator c;
    c.platform = Platform::Instagram;
    c.handle = QStringLiteral("carrier%1").arg(n);
    c.displayName = hostile;
    c.followers = 20'000;
    c.engagementRate = 0.05;
    c.niches = {hostile};
    c.country = QStringLiteral("US");
    c.language = QStringLiteral("en");
    c.notes = hostile;
    return c;
}

Creator plain(const char *handle, const char *niche)
{
    Creator c;
    c.platform = Platform::TikTok;
    c.handle = QString::fromLatin1(handle);
    c.displayName = QStringLiteral("Plain Creator");
    c.followers = 50'000;
    c.engagementRate = 0.04;
    c.niches = {QString::fromLatin1(niche)};
    c.country = QStringLiteral("DE");
    c.language = QStringLiteral("de");
    return c;
}

} // namespace

class TestSqlMetacharacters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_schemaBefore;

    QString schema() const
    {
        QSqlQuery q(m_ws->database());
        QString out;
        if (q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name"))) {
            while (q.next())
                out += q.value(0).toString() + u' ' + q.value(1).toString() + u' '
                    + q.value(2).toString() + u'\n';
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QList<Creator> creators = {plain("fitness.anna", "fitness"), plain("food.ben", "food")};
        for (qsizetype i = 0; i < kHostile.size(); ++i)
            creators << carrier(kHostile[i], int(i));
        m_ws = tierscope::test::workspaceWith(m_dir.filePath(QStringLiteral("meta.tierscope")),
                                              creators);
        QVERIFY(m_ws);
        m_schemaBefore = schema();
        QVERIFY(m_schemaBefore.contains(QStringLiteral("table creators")));
    }

    void cleanupTestCase() { m_ws.reset(); }

    void everyTextField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        for (const char *field : {"text", "niches", "countries", "languages"}) {
            for (const QString &v : kHostile)
                QTest::newRow(qPrintable(QString::fromLatin1(field) + u' ' + v.toHtmlEscaped()))
                    << QString::fromLatin1(field) << v;
        }
    }

    void everyTextField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        CreatorFilter filter;
        if (field == QLatin1String("text"))
            filter.text = value;
        else if (field == QLatin1String("niches"))
            filter.niches = {value};
        else if (field == QLatin1String("countries"))
            filter.countries = {value};
        else
            filter.languages = {value};

        const TierScheme scheme;
        CreatorRepository repo(m_ws->database());
        QList<qint64> seen;
        for (CreatorSortColumn column : {CreatorSortColumn::Followers, CreatorSortColumn::Handle,
                                         CreatorSortColumn::ErVsBenchmark}) {
            for (bool descending : {false, true}) {
                CreatorSort sort;
                sort.column = column;
                sort.descending = descending;
                const auto page = repo.page(filter, scheme, sort, 0, 50);
                QVERIFY2(page, qPrintable(page.error().message));
                QList<qint64> ids;
                for (const Creator &c : page->rows)
                    ids << c.id;
                std::sort(ids.begin(), ids.end());
                if (seen.isEmpty())
                    seen = ids;
                QCOMPARE(ids, seen); // the same rows in every order
                if (!page->rows.isEmpty()) {
                    const auto next = repo.pageAfter(filter, scheme, sort, page->keys.first(), 50);
                    QVERIFY2(next, qPrintable(next.error().message));
                    QCOMPARE(next->rows.size(), page->rows.size() - 1);
                }
                const auto snapshot = repo.orderedIds(filter, scheme, sort);
                QVERIFY2(snapshot, qPrintable(snapshot.error().message));
                QCOMPARE(snapshot->size(), seen.size());
            }
        }
        const auto count = repo.count(filter, scheme);
        QVERIFY2(count, qPrintable(count.error().message));
        QCOMPARE(*count, qint64(seen.size()));

        // Countries and languages are compared as whole values: no carrier has such a code.
        // Text and niches match words literally: only carriers, whose fields hold those words.
        const auto all = repo.totalCount();
        QVERIFY(all);
        QCOMPARE(*all, qint64(kHostile.size() + 2));
        if (field == QLatin1String("countries") || field == QLatin1String("languages"))
            QCOMPARE(seen.size(), 0);
        QVERIFY(seen.size() < kHostile.size());
        for (qint64 id : std::as_const(seen)) {
            const auto c = repo.get(id);
            QVERIFY(c);
            QVERIFY2(c->handle.startsWith(QLatin1String("carrier")), qPrintable(c->handle));
        }

        const auto chart = buildTierChartData(m_ws->database(), scheme, filter, {});
        QVERIFY2(chart, qPrintable(chart.error().message));
        QCOMPARE(chart->statistics.total, qint64(seen.size()));

        QCOMPARE(schema(), m_schemaBefore);
    }

    // A niche is matched as a phrase: the carrier of a hostile niche is found by exactly it.
    void hostileNicheFindsItsCarrier()
    {
        const TierScheme scheme;
        CreatorRepository repo(m_ws->database());
        CreatorFilter filter;
        filter.niches = {QStringLiteral("'; DROP TABLE creators; --")};
        const auto page = repo.page(filter, scheme, {}, 0, 50);
        QVERIFY2(page, qPrintable(page.error().message));
        QCOMPARE(page->rows.size(), 1);
        QCOMPARE(page->rows.first().handle, QStringLiteral("carrier0"));
    }
};

QTEST_GUILESS_MAIN(TestSqlMetacharacters)
#include "tst_sql_metacharacters.moc"
