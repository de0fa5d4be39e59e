// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/clock.h"
#include "core/demo/demo_creator_factory.h"
#include "core/storage/bulk_creator_writer.h"
#include "core/storage/creator_repository.h"
#include "core/storage/schema.h"
#include "core/storage/workspace.h"
#include "tests/core/support/test_workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tierscope::core;
using namespace tierscope::test;

namespace {

const QDateTime kT0(QDate(2026, 5, 1), QTime(12, 0, 0), Qt::UTC);
const QDateTime kT1(QDate(2026, 6, 1), QTime(8, 30, 15, 250), Qt::UTC);

// Everything a reader could tell apart: rows, search index and schema objects.
struct Snapshot
{
    qint64 rows = -1;
    QStringList indexes;
    QStringList triggers;
    QString contentHash; // a digest of every row

    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(const QSqlDatabase &db)
{
    Snapshot s;
    s.rows = scalar(db, QStringLiteral("SELECT count(*) FROM creators")).toLongLong();
    s.indexes = schemaNames(db, QStringLiteral("index"));
    s.triggers = schemaNames(db, QStringLiteral("trigger"));
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT * FROM creators ORDER BY id"));
    QStringList parts;
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            parts << q.value(i).toString();
    }
    s.contentHash = QString::number(qHash(parts.join(QChar(0x1f))));
    return s;
}

QString describe(const Snapshot &s)
{
    return QStringLiteral("rows %1, %2 indexes, %3 triggers").arg(s.rows).arg(s.indexes.size()).arg(s.triggers.size());
}

qint64 ftsCount(const QSqlDatabase &db, const QString &text)
{
    CreatorRepository repo(db);
    CreatorFilter f;
    f.text = text;
    const auto n = repo.count(f, TierScheme());
    return n.ok() ? *n : -1;
}

bool ftsIntegrityOk(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("INSERT INTO creators_fts(creators_fts, rank) VALUES ('integrity-check', 1)"));
}

Creator existing()
{
    Creator c = makeCreator(Platform::Instagram, QStringLiteral("anna.fit"), 1'000, 0.05);
    c.displayName = QStringLiteral("Old Name");
    c.notes = QStringLiteral("keep me: met at the Berlin fair");
    c.country = QStringLiteral("DE");
    c.extra = {{QStringLiteral("a"), 1}, {QStringLiteral("b"), QStringLiteral("x")}};
    c.fee = Money(10'000, QStringLiteral("EUR"));
    return c;
}

Creator incoming()
{
    Creator c = makeCreator(Platform::Instagram, QStringLiteral("anna.fit"), 2'000, 0.08);
    c.displayName = QStringLiteral("Brandnew Name");
    c.notes = QStringLiteral("overwritten?");
    c.country = QStringLiteral("FR");
    c.extra = {{QStringLiteral("b"), QStringLiteral("y")}, {QStringLiteral("c"), true}};
    c.fee = Money(20'000, QStringLiteral("EUR"));
    return c;
}

} // namespace

class TestBulkCreatorWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Workspace> fresh()
    {
        return openWorkspace(m_dir.filePath(QStringLiteral("w%1.tierscope").arg(++m_counter)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void emptyWorkspace_insertsAndRebuildsIndexesAndSearch()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QSqlDatabase db = ws->database();
        DemoCreatorFactory factory;
        FixedClock clock(kT0);
        {
            BulkCreatorWriter writer(db, BulkCreatorWriter::OnDuplicate::Skip, {}, clock);
            TS_VERIFY_OK(writer.begin());
            QVERIFY(writer.rebuildsIndexes());
            for (int i = 0; i < 500; ++i)
                TS_VERIFY_OK(writer.add(factory.make(i)));
            TS_VERIFY_OK(writer.commit());
            QCOMPARE(writer.counts().inserted, qint64(500));
            QCOMPARE(writer.counts().updated, qint64(0));
            QCOMPARE(writer.counts().skipped, qint64(0));
        }
        CreatorRepository repo(db);
        QCOMPARE(*repo.totalCount(), qint64(500));
        const QStringList indexes = schemaNames(db, QStringLiteral("index"));
        for (const QString &name : schema::creatorIndexNames())
            QVERIFY2(indexes.contains(name), qPrintable(name));
        const QStringList triggers = schemaNames(db, QStringLiteral("trigger"));
        for (const QString &name : schema::creatorFtsTriggerNames())
            QVERIFY2(triggers.contains(name), qPrintable(name));
        QVERIFY(ftsIntegrityOk(db));

        // Search finds the bulk rows.
        const Creator c42 = factory.make(42);
        const auto found = repo.findByHandle(c42.platform, c42.handle);
        TS_VERIFY_OK(found);
        CreatorFilter f;
        f.text = c42.handle;
        const auto page = repo.page(f, TierScheme(), CreatorSort{}, 0, 10);
        TS_VERIFY_OK(page);
        QCOMPARE(page->rows.size(), 1);
        QCOMPARE(page->rows.first().id, found->id);
        QVERIFY(ftsCount(db, QStringLiteral("fitn")) > 0);

        // The stored row is the factory's creator, with the writer's times.
        Creator expected = c42;
        expected.id = found->id;
        expected.createdAt = kT0;
        expected.updatedAt = kT0;
        const QString diff = creatorDiff(expected, *found);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // And the triggers keep search in step afterwards.
        QVERIFY(repo.insert(makeCreator(Platform::TikTok, QStringLiteral("zyxwvut"), 5)).ok());
        QCOMPARE(ftsCount(db, QStringLiteral("zyxwvut")), qint64(1));
    }

    // Planner statistics are full after a load into an empty table, and refreshed only when a
    // later run adds a tenth or more of the analysed rows.
    void statistics_fullAfterALoad_refreshedOnlyForLargeAdditions()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QSqlDatabase db = ws->database();
        const auto stat = [&db](const char *index) -> QString {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT stat FROM sqlite_stat1 WHERE idx = ?"));
            q.addBindValue(QString::fromLatin1(index));
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        };
        const auto load = [&db](int from, int to) {
            DemoCreatorFactory factory;
            BulkCreatorWriter writer(db, BulkCreatorWriter::OnDuplicate::Skip);
            if (writer.begin())
                return false;
            for (int i = from; i < to; ++i) {
                if (writer.add(factory.make(i)))
                    return false;
            }
            return !writer.commit();
        };
        QVERIFY(load(0, 3'000));
        // Three platforms: a full analysis says about a thousand rows per platform value.
        const QStringList platform = stat("idx_creators_platform").split(u' ');
        QCOMPARE(platform.size(), 2);
        QCOMPARE(platform[0].toInt(), 3'000);
        QVERIFY2(platform[1].toInt() > 800 && platform[1].toInt() < 1'500, qPrintable(platform[1]));
        // 200 more (under a tenth): the statistics stay as they were.
        QVERIFY(load(3'000, 3'200));
        QCOMPARE(stat("idx_creators_platform").split(u' ').value(0).toInt(), 3'000);
        // 400 more (over a tenth of 3,000): analysed again.
        QVERIFY(load(3'200, 3'600));
        QCOMPARE(stat("idx_creators_platform").split(u' ').value(0).toInt(), 3'600);
    }

    void nonEmptyWorkspace_keepsIndexesAndSearchInStep()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QSqlDatabase db = ws->database();
        CreatorRepository repo(db);
        QVERIFY(repo.insert(makeCreator(Platform::YouTube, QStringLiteral("already.here"), 10)).ok());
        const QStringList indexesBefore = schemaNames(db, QStringLiteral("index"));
        {
            BulkCreatorWriter writer(db, BulkCreatorWriter::OnDuplicate::Skip);
            TS_VERIFY_OK(writer.begin());
            QVERIFY(!writer.rebuildsIndexes());
            // Nothing is dropped while the run goes on.
            QCOMPARE(schemaNames(db, QStringLiteral("index")), indexesBefore);
            DemoCreatorFactory factory;
            for (int i = 0; i < 100; ++i)
                TS_VERIFY_OK(writer.add(factory.make(i)));
            TS_VERIFY_OK(writer.commit());
            QCOMPARE(writer.counts().inserted, qint64(100));
        }
        QCOMPARE(*repo.totalCount(), qint64(101));
        QCOMPARE(schemaNames(db, QStringLiteral("index")), indexesBefore);
        QVERIFY(ftsIntegrityOk(db));
        const Creator c7 = DemoCreatorFactory().make(7);
        QCOMPARE(ftsCount(db, c7.handle), qint64(1));
        QCOMPARE(ftsCount(db, QStringLiteral("already")), qint64(1));
    }

    void duplicates_updateOnlyTheGivenColumns()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QSqlDatabase db = ws->database();
        FixedClock repoClock(kT0);
        CreatorRepository repo(db, nullptr, repoClock);
        const auto id = repo.insert(existing());
        TS_VERIFY_OK(id);
        const Creator before = *repo.get(*id);

        FixedClock clock(kT1);
        {
            BulkCreatorWriter writer(db, BulkCreatorWriter::OnDuplicate::Update,
                                     {QStringLiteral("followers"), QStringLiteral("display_name"),
                                      QStringLiteral("extra")},
                                     clock);
            TS_VERIFY_OK(writer.begin());
            TS_VERIFY_OK(writer.add(incoming()));
            TS_VERIFY_OK(writer.add(makeCreator(Platform::TikTok, QStringLiteral("newcomer"), 50)));
            TS_VERIFY_OK(writer.commit());
            QCOMPARE(writer.counts().updated, qint64(1));
            QCOMPARE(writer.counts().inserted, qint64(1));
            QCOMPARE(writer.counts().skipped, qint64(0));
        }
        QCOMPARE(*repo.totalCount(), qint64(2));
        const Creator after = *repo.get(*id);
        QCOMPARE(after.id, before.id);
        QCOMPARE(*after.followers, qint64(2'000));                  // given
        QCOMPARE(after.displayName, QStringLiteral("Brandnew Name")); // given
        QCOMPARE(*after.engagementRate, 0.05);                      // not given: survives
        QCOMPARE(after.notes, before.notes);                        // not given: survives
        QCOMPARE(after.country, QStringLiteral("DE"));
        QVERIFY(after.fee == before.fee);
        QCOMPARE(after.createdAt, kT0);
        QCOMPARE(after.updatedAt, kT1);
        // extra is merged: a kept, b replaced, c added.
        const QJsonObject extra = QJsonObject::fromVariantMap(after.extra);
        QCOMPARE(extra.value(QStringLiteral("a")).toDouble(), 1.0);
        QCOMPARE(extra.value(QStringLiteral("b")).toString(), QStringLiteral("y"));
        QCOMPARE(extra.value(QStringLiteral("c")).toBool(), true);
        QCOMPARE(extra.size(), 3);
        // Search follows the new name.
        QCOMPARE(ftsCount(db, QStringLiteral("brandnew")), qint64(1));
        QCOMPARE(ftsCount(db, QStringLiteral("old name")), qint64(0));
        QVERIFY(ftsIntegrityOk(db));
    }

    void duplicates_updateAllColumnsWhenNoneAreGiven()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QSqlDatabase db = ws->database();
        FixedClock repoClock(kT0);
        CreatorRepository repo(db, nullptr, repoClock);
        const auto id = repo.insert(existing());
        TS_VERIFY_OK(id);
        {
            BulkCreatorWriter writer(db, BulkCreatorWriter::OnDuplicate::Update);
            TS_VERIFY_OK(writer.begin());
            TS_VERIFY_OK(writer.add(incoming()));
            TS_VERIFY_OK(writer.commit());
            QCOMPARE(writer.counts().updated, qint64(1));
            QCOMPARE(writer.counts().inserted, qint64(0));
        }
        const Creator after = *repo.get(*id);
        QCOMPARE(after.notes, QStringLiteral("overwritten?"));
        QCOMPARE(after.country, QStringLiteral("FR"));
        QCOMPARE(after.fee->minor(), qint64(20'000));
        QCOMPARE(after.createdAt, kT0); // never changes
        QCOMPARE(after.platform, Platform::Instagram);
        QCOMPARE(after.handle, QStringLiteral("anna.fit"));
        QCOMPARE(QJsonObject::fromVariantMap(after.extra).size(), 3); // still merged
    }

    void duplicates_skipLeavesRowsUntouched()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QSqlDatabase db = ws->database();
        CreatorRepository repo(db);
        const auto id = repo.insert(existing());
        TS_VERIFY_OK(id);
        const Creator before = *repo.get(*id);
        {
            BulkCreatorWriter writer(db, BulkCreatorWriter::OnDuplicate::Skip);
            TS_VERIFY_OK(writer.begin());
            TS_VERIFY_OK(writer.add(incoming()));
            TS_VERIFY_OK(writer.add(makeCreator(Platform::YouTube, QStringLiteral("fresh.one"), 1)));
            TS_VERIFY_OK(writer.add(incoming()));
            TS_VERIFY_OK(writer.commit());
            QCOMPARE(writer.counts().skipped, qint64(2));
            QCOMPARE(writer.counts().inserted, qint64(1));
            QCOMPARE(writer.counts().updated, qint64(0));
        }
        const QString diff = creatorDiff(before, *repo.get(*id));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(*repo.totalCount(), qint64(2));
    }

    void duplicates_withinOneRunOnAnEmptyWorkspace()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QSqlDatabase db = ws->database();
        {
            BulkCreatorWriter writer(db, BulkCreatorWriter::OnDuplicate::Update);
            TS_VERIFY_OK(writer.begin());
            QVERIFY(writer.rebuildsIndexes());
            TS_VERIFY_OK(writer.add(existing()));
            TS_VERIFY_OK(writer.add(makeCreator(Platform::TikTok, QStringLiteral("anna.fit"), 3))); // other platform
            TS_VERIFY_OK(writer.add(incoming()));
            TS_VERIFY_OK(writer.commit());
            QCOMPARE(writer.counts().inserted, qint64(2));
            QCOMPARE(writer.counts().updated, qint64(1));
        }
        CreatorRepository repo(db);
        QCOMPARE(*repo.totalCount(), qint64(2));
        QCOMPARE(*repo.findByHandle(Platform::Instagram, QStringLiteral("anna.fit"))->followers, qint64(2'000));
        QCOMPARE(ftsCount(db, QStringLiteral("brandnew")), qint64(1));
        QVERIFY(ftsIntegrityOk(db));
    }

    void destroyedWithoutCommit_leavesWorkspaceAsBefore_data()
    {
        QTest::addColumn<bool>("startEmpty");
        QTest::addColumn<bool>("explicitRollback");
        QTest::newRow("empty workspace, destroyed") << true << false;
        QTest::newRow("empty workspace, rolled back") << true << true;
        QTest::newRow("non-empty workspace, destroyed") << false << false;
        QTest::newRow("non-empty workspace, rolled back") << false << true;
    }
    void destroyedWithoutCommit_leavesWorkspaceAsBefore()
    {
        QFETCH(bool, startEmpty);
        QFETCH(bool, explicitRollback);
        auto ws = fresh();
        QVERIFY(ws);
        const QSqlDatabase db = ws->database();
        CreatorRepository repo(db);
        if (!startEmpty) {
            QVERIFY(repo.insert(existing()).ok());
            QVERIFY(repo.insert(makeCreator(Platform::TikTok, QStringLiteral("second"), 7)).ok());
        }
        const Snapshot before = snapshot(db);
        {
            BulkCreatorWriter writer(db, BulkCreatorWriter::OnDuplicate::Update);
            TS_VERIFY_OK(writer.begin());
            QCOMPARE(writer.rebuildsIndexes(), startEmpty);
            DemoCreatorFactory factory;
            for (int i = 0; i < 50; ++i)
                TS_VERIFY_OK(writer.add(factory.make(i)));
            TS_VERIFY_OK(writer.add(incoming()));
            if (explicitRollback) {
                writer.rollback();
                QVERIFY(writer.commit()); // nothing left to commit
            }
        }
        const Snapshot after = snapshot(db);
        QVERIFY2(after == before, qPrintable(describe(before) + QStringLiteral(" → ") + describe(after)));
        for (const QString &name : schema::creatorIndexNames())
            QVERIFY2(after.indexes.contains(name), qPrintable(name));
        for (const QString &name : schema::creatorFtsTriggerNames())
            QVERIFY2(after.triggers.contains(name), qPrintable(name));
        QVERIFY(ftsIntegrityOk(db));
        // The connection is usable and not inside a transaction.
        const auto id = repo.insert(makeCreator(Platform::YouTube, QStringLiteral("after.rollback"), 1));
        TS_VERIFY_OK(id);
        QCOMPARE(ftsCount(db, QStringLiteral("rollback")), qint64(1));
    }

    void errorMidRun_endsTheRunAndRollsBack_data()
    {
        QTest::addColumn<bool>("startEmpty");
        QTest::newRow("empty workspace") << true;
        QTest::newRow("non-empty workspace") << false;
    }
    void errorMidRun_endsTheRunAndRollsBack()
    {
        QFETCH(bool, startEmpty);
        auto ws = fresh();
        QVERIFY(ws);
        const QString path = ws->path();
        QSqlDatabase db = ws->database();
        {
            CreatorRepository repo(db);
            if (!startEmpty)
                QVERIFY(repo.insert(existing()).ok());
        }
        const Snapshot before = snapshot(db);
        {
            BulkCreatorWriter writer(db, BulkCreatorWriter::OnDuplicate::Update);
            TS_VERIFY_OK(writer.begin());
            DemoCreatorFactory factory;
            for (int i = 0; i < 20; ++i)
                TS_VERIFY_OK(writer.add(factory.make(i)));
            // Negative followers: the schema's CHECK refuses the row (an ER above 100 % is real
            // and allowed since schema 4).
            Creator bad = makeCreator(Platform::TikTok, QStringLiteral("bad.count"), -1'000);
            const Status s = writer.add(bad);
            QVERIFY2(s, "a row the schema refuses must fail the run");
            QVERIFY(!s.message.isEmpty());
            // The run is over: nothing more goes in, nothing commits.
            QVERIFY(writer.add(factory.make(100)));
            QVERIFY(writer.commit());
        }
        const Snapshot after = snapshot(db);
        QVERIFY2(after == before, qPrintable(describe(before) + QStringLiteral(" → ") + describe(after)));
        for (const QString &name : schema::creatorIndexNames())
            QVERIFY2(after.indexes.contains(name), qPrintable(name));
        for (const QString &name : schema::creatorFtsTriggerNames())
            QVERIFY2(after.triggers.contains(name), qPrintable(name));
        QVERIFY(ftsIntegrityOk(db));

        // Later writes are durable (not stuck inside a dangling transaction).
        {
            CreatorRepository repo(db);
            TS_VERIFY_OK(repo.insert(makeCreator(Platform::YouTube, QStringLiteral("durable"), 1)));
        }
        db = QSqlDatabase();
        ws.reset();
        auto again = openWorkspace(path);
        QVERIFY(again);
        CreatorRepository repo(again->database());
        TS_VERIFY_OK(repo.findByHandle(Platform::YouTube, QStringLiteral("durable")));
        QCOMPARE(*repo.totalCount(), before.rows + 1);
    }

    void add_beforeBeginIsRefused()
    {
        auto ws = fresh();
        QVERIFY(ws);
        BulkCreatorWriter writer(ws->database(), BulkCreatorWriter::OnDuplicate::Skip);
        QVERIFY(writer.add(makeCreator(Platform::TikTok, QStringLiteral("early"), 1)));
        QVERIFY(writer.commit());
        CreatorRepository repo(ws->database());
        QCOMPARE(*repo.totalCount(), qint64(0));
    }

    // A creator with no niches is as valid in bulk as one at a time.
    void add_creatorWithoutNiches()
    {
        auto ws = fresh();
        QVERIFY(ws);
        {
            BulkCreatorWriter writer(ws->database(), BulkCreatorWriter::OnDuplicate::Skip);
            TS_VERIFY_OK(writer.begin());
            Creator c = makeCreator(Platform::TikTok, QStringLiteral("no.niches"), 10);
            c.niches.clear();
            TS_VERIFY_OK(writer.add(c));
            TS_VERIFY_OK(writer.commit());
        }
        CreatorRepository repo(ws->database());
        QCOMPARE(*repo.totalCount(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestBulkCreatorWriter)
#include "tst_bulk_creator_writer.moc"
