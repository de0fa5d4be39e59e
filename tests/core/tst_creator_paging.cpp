// SPDX-License-Identifier: GPL-3.0-or-later
// Keyset paging (pageAfter) and offset paging (page) must walk exactly the same order, for every
// sort column, both directions, with unknown values (NULL) and ties in the data.
#include "core/storage/creator_er_merge.h"
#include "core/storage/creator_query_builder.h"
#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"
#include "tests/core/support/test_workspace.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tierscope::core;
using namespace tierscope::test;

Q_DECLARE_METATYPE(tierscope::core::CreatorSortColumn)

namespace {

constexpr int kRows = 45;
constexpr int kPageSize = 7;

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
    {CreatorSortColumn::ErVsBenchmark, "er-vs-benchmark"},
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
};

// Creator i of the fixture: many NULLs and ties, ASCII text so SQLite's BINARY/NOCASE orders are
// easy to state in C++.
Creator fixtureCreator(int i)
{
    static const char *const names[] = {"anna", "Anna", "ben", "BEN", "Carla", "", "carla"};
    static const qint64 followers[] = {500, 1'000, 1'000, 25'000, 250'000, 2'000'000, 0, 10'000};
    static const double ers[] = {0.0, 0.05, 0.05, 0.12, 0.02, 0.07};
    static const char *const niches[] = {"fitness", "food, travel", "fitness, yoga", "music"};
    static const char *const countries[] = {"US", "DE", "", "GB"};
    static const char *const languages[] = {"en", "de", "en", "fr", "es"};
    static const double authenticity[] = {0.5, 0.9, 0.9, 0.7};
    static const qint64 fees[] = {0, 5'000, 5'000, 12'000};

    Creator c;
    c.platform = Platform(i % 3);
    c.handle = QStringLiteral("h%1").arg(i % 20, 2, 10, QLatin1Char('0')); // ties across platforms
    c.displayName = QString::fromLatin1(names[i % 7]);
    if (i % 5 != 0)
        c.followers = followers[i % 8];
    if (i % 4 != 1) {
        c.engagementRate = ers[i % 6];
        c.erSource = ErSource::Reported;
    }
    if (i % 3 != 2)
        c.avgViews = double(i % 5) * 1'000.0;
    for (const QString &n : QString::fromLatin1(niches[i % 4]).split(QStringLiteral(", ")))
        c.niches << n;
    c.country = QString::fromLatin1(countries[i % 4]);
    c.language = QString::fromLatin1(languages[i % 5]);
    if (i % 6 != 0)
        c.authenticity = authenticity[i % 4];
    if (i % 7 != 3)
        c.sponsoredRatio = double(i % 3) / 10.0;
    if (i % 5 != 2)
        c.fee = Money(fees[i % 4], QStringLiteral("USD"));
    if (i % 6 != 4)
        c.metricsAsOf = QDate(2026, 1, 1).addDays(i % 9);
    return c;
}

// The scheme the pages are built with: platform overrides make the ER-vs-benchmark expression
// carry extra bound values.
TierScheme fixtureScheme()
{
    TierScheme s;
    s.setPlatformBenchmark(Platform::TikTok, Tier::Micro, Benchmark{0.09, QString()});
    s.setPlatformBenchmark(Platform::YouTube, Tier::Nano, Benchmark{0.03, QString()});
    return s;
}

// A sort key computed in C++, independently of the SQL: null, a number or a text.
struct Key
{
    bool null = true;
    double number = 0;
    QString text;
    bool isText = false;
};

Key keyOf(const Creator &c, CreatorSortColumn column, const TierScheme &scheme)
{
    Key k;
    const auto num = [&k](std::optional<double> v) {
        k.null = !v.has_value();
        k.number = v.value_or(0);
    };
    const auto txt = [&k](const QString &t) {
        k.null = false;
        k.isText = true;
        k.text = t;
    };
    const auto optF = [&c]() -> std::optional<double> {
        return c.followers ? std::optional<double>(double(*c.followers)) : std::nullopt;
    };
    switch (column) {
    case CreatorSortColumn::Handle: txt(c.handle); break;
    case CreatorSortColumn::DisplayName: txt(c.displayName.toLower()); break; // NOCASE (ASCII)
    case CreatorSortColumn::Platform: txt(platformKey(c.platform)); break;
    case CreatorSortColumn::Followers: num(optF()); break;
    case CreatorSortColumn::EngagementRate: num(c.engagementRate); break;
    case CreatorSortColumn::ErVsBenchmark: {
        std::optional<double> v;
        if (c.engagementRate && c.followers) {
            if (const auto b = scheme.benchmark(scheme.tier(*c.followers), c.platform))
                v = *c.engagementRate - b->engagementRate;
        }
        num(v);
        break;
    }
    case CreatorSortColumn::AvgViews: num(c.avgViews); break;
    case CreatorSortColumn::Niches: txt(c.niches.join(QStringLiteral(", "))); break;
    case CreatorSortColumn::Country: txt(c.country); break;
    case CreatorSortColumn::Language: txt(c.language); break;
    case CreatorSortColumn::Authenticity: num(c.authenticity); break;
    case CreatorSortColumn::SponsoredRatio: num(c.sponsoredRatio); break;
    case CreatorSortColumn::Fee:
        num(c.fee ? std::optional<double>(double(c.fee->minor())) : std::nullopt);
        break;
    case CreatorSortColumn::CostPerEngagement: {
        std::optional<double> v;
        if (c.fee && c.followers && c.engagementRate) {
            const double reach = double(*c.followers) * *c.engagementRate;
            if (reach != 0.0) // SQLite: x / 0 is NULL
                v = double(c.fee->minor()) / reach;
        }
        num(v);
        break;
    }
    case CreatorSortColumn::MetricsAsOf:
        if (c.metricsAsOf.isValid())
            txt(c.metricsAsOf.toString(Qt::ISODate));
        break;
    case CreatorSortColumn::Id: num(double(c.id)); break;
    }
    return k;
}

// Unknown sorts as the smallest value; ties are broken by id.
bool lessAscending(const Key &a, qint64 idA, const Key &b, qint64 idB)
{
    if (a.null != b.null)
        return a.null;
    if (!a.null) {
        if (a.isText) {
            if (a.text != b.text)
                return a.text < b.text;
        } else if (a.number != b.number) {
            return a.number < b.number;
        }
    }
    return idA < idB;
}

QList<qint64> ids(const QList<Creator> &rows)
{
    QList<qint64> out;
    for (const Creator &c : rows)
        out << c.id;
    return out;
}

// For the ER-vs-benchmark merge: overrides (one equal to the generic figure, one to another
// tier's), exact ties within and across streams, unknown keys, rates one ulp apart.
TierScheme mergeScheme()
{
    TierScheme s;
    s.setPlatformBenchmark(Platform::TikTok, Tier::Micro, Benchmark{0.09, QString()});
    s.setPlatformBenchmark(Platform::YouTube, Tier::Nano, Benchmark{0.03, QString()});
    s.setPlatformBenchmark(Platform::TikTok, Tier::Mega, Benchmark{0.03, QString()});
    s.setPlatformBenchmark(Platform::Instagram, Tier::Macro,
                           Benchmark{0.025, QStringLiteral("same figure, other source")});
    return s;
}

// Rates one ulp apart, the larger inserted first (smaller id): the walk along the ER index and
// the order by key, then id, disagree on them.
const double kCloseRates[] = {0.001, 0.002, 0.003, 0.0041};

QList<Creator> mergeCreators()
{
    static const qint64 followers[] = {500, 2'000, 9'999, 10'000, 50'000, 99'999, 100'000,
                                       400'000, 1'000'000, 5'000'000};
    static const double rates[] = {0.0, 0.01, 0.02, 0.05, 0.07, 0.09, 0.1, 0.12, 0.3, 1.0};
    QList<Creator> out;
    for (int i = 0; i < 240; ++i) {
        Creator c;
        c.platform = Platform(i % 3);
        c.handle = QStringLiteral("m%1").arg(i);
        if (i % 11 != 5)
            c.followers = followers[(i * 7 + i / 30) % 10];
        if (i % 13 != 7) {
            c.engagementRate = rates[(i * 3 + i / 10) % 10];
            c.erSource = ErSource::Reported;
        }
        out << c;
    }
    for (double low : kCloseRates) {
        for (double rate : {std::nextafter(low, 1.0), low}) {
            Creator c;
            c.platform = Platform::Instagram;
            c.handle = QStringLiteral("close%1").arg(out.size());
            c.followers = 20'000; // micro: 0.07
            c.engagementRate = rate;
            c.erSource = ErSource::Reported;
            out << c;
        }
    }
    return out;
}

} // namespace

class TestCreatorPaging : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QList<Creator> m_stored; // as read back, with ids

    CreatorFilter filterNamed(const QString &name) const
    {
        CreatorFilter f;
        if (name == u"platform")
            f.platforms = {Platform::Instagram, Platform::TikTok};
        else if (name == u"niche")
            f.niches = {QStringLiteral("fitness")};
        return f;
    }

    bool matches(const Creator &c, const QString &filterName) const
    {
        if (filterName == u"platform")
            return c.platform != Platform::YouTube;
        if (filterName == u"niche")
            return c.niches.contains(QStringLiteral("fitness"));
        return true;
    }

    QList<qint64> expectedOrder(CreatorSortColumn column, bool descending, const QString &filterName) const
    {
        const TierScheme scheme = fixtureScheme();
        QList<std::pair<Key, qint64>> keyed;
        for (const Creator &c : m_stored) {
            if (matches(c, filterName))
                keyed.append({keyOf(c, column, scheme), c.id});
        }
        std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
            return lessAscending(a.first, a.second, b.first, b.second);
        });
        QList<qint64> out;
        for (const auto &k : keyed)
            out << k.second;
        if (descending)
            std::reverse(out.begin(), out.end());
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QList<Creator> creators;
        for (int i = 0; i < kRows; ++i)
            creators << fixtureCreator(i);
        QList<qint64> idList;
        m_ws = workspaceWith(m_dir.filePath(QStringLiteral("paging.tierscope")), creators, &idList);
        QVERIFY(m_ws);
        CreatorRepository repo(m_ws->database());
        const auto all = repo.getMany(idList);
        TS_VERIFY_OK(all);
        m_stored = *all;
        QCOMPARE(m_stored.size(), kRows);
        // The fixture really has unknowns and ties where the test needs them.
        QVERIFY(std::count_if(m_stored.begin(), m_stored.end(), [](const Creator &c) { return !c.followers; }) > kPageSize);
        QVERIFY(std::count_if(m_stored.begin(), m_stored.end(), [](const Creator &c) { return !c.engagementRate; }) > kPageSize);
    }

    void cleanupTestCase() { m_ws.reset(); }

    void paging_keysetAndOffsetWalkTheSameOrder_data()
    {
        QTest::addColumn<CreatorSortColumn>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("filter");
        for (const auto &col : kColumns) {
            for (bool desc : {false, true}) {
                for (const char *filter : {"none", "platform", "niche"})
                    QTest::addRow("%s %s, filter %s", col.name, desc ? "desc" : "asc", filter)
                        << col.column << desc << QString::fromLatin1(filter);
            }
        }
    }
    void paging_keysetAndOffsetWalkTheSameOrder()
    {
        QFETCH(CreatorSortColumn, column);
        QFETCH(bool, descending);
        QFETCH(QString, filter);
        CreatorRepository repo(m_ws->database());
        const TierScheme scheme = fixtureScheme();
        const CreatorFilter f = filterNamed(filter);
        const CreatorSort sort{column, descending};

        // One page with everything is the reference, and it has the documented order.
        const auto all = repo.page(f, scheme, sort, 0, 100'000);
        TS_VERIFY_OK(all);
        const QList<qint64> full = ids(all->rows);
        QCOMPARE(full, expectedOrder(column, descending, filter));
        QCOMPARE(all->keys.size(), all->rows.size());
        QCOMPARE(qint64(full.size()), *repo.count(f, scheme));
        for (qsizetype i = 0; i < all->keys.size(); ++i)
            QCOMPARE(all->keys[i].id, full[i]);
        // The id snapshot a view takes serves the same order.
        const auto snapshot = repo.orderedIds(f, scheme, sort);
        TS_VERIFY_OK(snapshot);
        QCOMPARE(*snapshot, full);

        // Keyset walk from the first page's last key.
        const auto first = repo.page(f, scheme, sort, 0, kPageSize);
        TS_VERIFY_OK(first);
        QList<qint64> walked = ids(first->rows);
        CreatorSortKey last = first->keys.isEmpty() ? CreatorSortKey{} : first->keys.last();
        for (int guard = 0; !first->rows.isEmpty() && guard <= kRows; ++guard) {
            const auto next = repo.pageAfter(f, scheme, sort, last, kPageSize);
            TS_VERIFY_OK(next);
            QVERIFY(next->rows.size() <= kPageSize);
            if (next->rows.isEmpty())
                break;
            walked += ids(next->rows);
            last = next->keys.last();
        }
        QCOMPARE(walked, full);

        // From any row's key, not only page ends: the next rows are the same.
        for (qsizetype i = 0; i < all->keys.size(); ++i) {
            const auto next = repo.pageAfter(f, scheme, sort, all->keys[i], kPageSize);
            TS_VERIFY_OK(next);
            QVERIFY2(ids(next->rows) == full.mid(i + 1, kPageSize),
                     qPrintable(QStringLiteral("after row %1 (id %2)").arg(i).arg(full[i])));
        }

        // Offset pages, aligned and not.
        for (qsizetype offset : {0, 3, 7, 14, 20, 21, 30, 40, 44, 45, 60}) {
            const auto p = repo.page(f, scheme, sort, offset, kPageSize);
            TS_VERIFY_OK(p);
            QVERIFY2(ids(p->rows) == full.mid(offset, kPageSize),
                     qPrintable(QStringLiteral("offset %1").arg(offset)));
        }
    }

    void erVsBenchmark_mergedPagesEqualTheCaseOrder_data()
    {
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("filter");
        // Ids 50,000 apart: the unknown keys' short walk by id finds one row at most, so the
        // pages come from the indexed search past it.
        QTest::addColumn<bool>("spread");
        for (bool spread : {false, true}) {
            for (bool desc : {true, false}) {
                for (int f = 0; f < 5; ++f)
                    QTest::addRow("%s, filter %d%s", desc ? "desc" : "asc", f,
                                  spread ? ", ids spread" : "")
                        << desc << f << spread;
            }
        }
    }
    void erVsBenchmark_mergedPagesEqualTheCaseOrder()
    {
        QFETCH(bool, descending);
        QFETCH(int, filter);
        QFETCH(bool, spread);
        QTemporaryDir dir;
        auto ws = workspaceWith(dir.filePath(QStringLiteral("merge.tierscope")), mergeCreators());
        QVERIFY(ws);
        if (spread) {
            QSqlQuery move(ws->database());
            QVERIFY(move.exec(QStringLiteral("UPDATE creators SET id = -id")));
            QVERIFY(move.exec(QStringLiteral("UPDATE creators SET id = -id * 50000")));
        }
        const TierScheme scheme = mergeScheme();
        // The fixture really has keys that tie although their rates differ.
        QVERIFY(std::any_of(std::begin(kCloseRates), std::end(kCloseRates), [](double low) {
            return low - 0.07 == std::nextafter(low, 1.0) - 0.07;
        }));
        CreatorFilter f;
        if (filter == 1)
            f.platforms = {Platform::TikTok, Platform::YouTube};
        if (filter == 2)
            f.tiers = {Tier::Micro, Tier::Mega};
        if (filter == 3)
            std::tie(f.minEngagementRate, f.maxFollowers) = std::pair(0.05, 99'999);
        if (filter == 4)
            f.tiers = {Tier::Emerging}; // no benchmark: every key unknown
        CreatorRepository repo(ws->database());
        const CreatorSort sort{CreatorSortColumn::ErVsBenchmark, descending};
        // The CASE-expression order: one query sorted by SQLite.
        const CreatorQueryBuilder builder(f, scheme);
        const SqlFragment where = builder.conditions();
        const SqlFragment key = builder.sortExpression(CreatorSortColumn::ErVsBenchmark);
        QSqlQuery q(ws->database());
        const QString order = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
        QVERIFY(q.prepare(QStringLiteral("SELECT id FROM creators WHERE %1 ORDER BY %2 %3, id %3")
                              .arg(where.sql, key.sql, order)));
        for (const QVariant &b : where.binds + key.binds)
            q.addBindValue(b);
        QVERIFY(q.exec());
        QList<qint64> full;
        while (q.next())
            full << q.value(0).toLongLong();
        QVERIFY(full.size() > 2 * kPageSize);
        QCOMPARE(*repo.orderedIds(f, scheme, sort), full); // the snapshot, sorted in C++

        // The merge itself, for several page sizes, from the start and past an offset.
        const CreatorErMerge merge(ws->database(), f, scheme, descending);
        for (int n : {1, 2, 7, 50, 1'000}) {
            for (qsizetype skip : {0, 3, 60, 251}) {
                const auto keys = merge.keys(nullptr, skip, n);
                TS_VERIFY_OK(keys);
                QList<qint64> got;
                for (const CreatorSortKey &k : *keys)
                    got << k.id;
                QVERIFY2(got == full.mid(skip, n), qPrintable(QString::number(skip)));
            }
        }
        // Keyset walks with pages of 1 and 7 rows, and a page after every row's key.
        for (int n : {1, kPageSize}) {
            const auto first = repo.page(f, scheme, sort, 0, n);
            TS_VERIFY_OK(first);
            QList<qint64> walked = ids(first->rows);
            for (auto last = first->keys; !last.isEmpty() && walked.size() <= full.size();) {
                const auto next = repo.pageAfter(f, scheme, sort, last.last(), n);
                TS_VERIFY_OK(next);
                walked += ids(next->rows);
                last = next->keys;
            }
            QCOMPARE(walked, full);
        }
        const auto every = repo.page(f, scheme, sort, 0, 1'000);
        QCOMPARE(ids(every->rows), full);
        for (qsizetype i = 0; i < every->keys.size(); ++i) {
            const auto next = repo.pageAfter(f, scheme, sort, every->keys[i], kPageSize);
            TS_VERIFY_OK(next);
            QVERIFY2(ids(next->rows) == full.mid(i + 1, kPageSize),
                     qPrintable(QStringLiteral("after row %1 (id %2)").arg(i).arg(full[i])));
        }
    }

    void paging_unknownFirstAscendingLastDescending_data()
    {
        QTest::addColumn<CreatorSortColumn>("column");
        for (const auto &col : kColumns) {
            if (CreatorQueryBuilder::sortNullable(col.column))
                QTest::newRow(col.name) << col.column;
        }
    }
    void paging_unknownFirstAscendingLastDescending()
    {
        QFETCH(CreatorSortColumn, column);
        CreatorRepository repo(m_ws->database());
        const TierScheme scheme = fixtureScheme();
        const auto asc = repo.page(CreatorFilter{}, scheme, CreatorSort{column, false}, 0, kRows);
        const auto desc = repo.page(CreatorFilter{}, scheme, CreatorSort{column, true}, 0, kRows);
        TS_VERIFY_OK(asc);
        TS_VERIFY_OK(desc);
        QCOMPARE(asc->keys.size(), kRows);
        QCOMPARE(desc->keys.size(), kRows);
        int unknown = 0;
        for (const Creator &c : m_stored)
            unknown += keyOf(c, column, scheme).null ? 1 : 0;
        QVERIFY2(unknown > 0, "the fixture needs unknowns in every nullable column");
        for (int i = 0; i < kRows; ++i) {
            QCOMPARE(asc->keys[i].value.isNull(), i < unknown);
            QCOMPARE(desc->keys[i].value.isNull(), i >= kRows - unknown);
        }
    }
};

QTEST_GUILESS_MAIN(TestCreatorPaging)
#include "tst_creator_paging.moc"
