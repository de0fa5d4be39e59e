// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 4: ER above 100 % is storable, every computed ER records its basis, creators carry
// data-quality flags, and TikTok/YouTube ERs move to the default basis (views).
#include "core/storage/creator_repository.h"
#include "core/storage/schema.h"
#include "support/test_workspace.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tierscope::core;
using namespace tierscope::test;

class TestSchemaV4 : public QObject
{
    Q_OBJECT

private:
    // A workspace file of format 3 with a few creators, written as format 3 wrote them.
    static bool writeVersion3(const QString &path)
    {
        RawDb raw(path);
        if (!raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId)))
            return false;
        for (int v = 1; v <= 3; ++v) {
            for (const QString &statement : schema::migrationStep(v)) {
                if (!raw.exec(statement))
                    return false;
            }
        }
        return raw.exec(QStringLiteral("PRAGMA user_version = 3"))
            && raw.exec(QStringLiteral(
                "INSERT INTO creators (platform, handle, followers, avg_likes, avg_comments,"
                " avg_views, engagement_rate, er_source, fee_minor, fee_currency, created_at,"
                " updated_at) VALUES"
                " ('tiktok', 'tt.views', 10000, 400, 100, 20000, 0.05, 'computed', 5000, 'EUR',"
                "  '2026-01-01', '2026-01-01'),"
                " ('tiktok', 'tt.noviews', 10000, 400, 100, NULL, 0.05, 'computed', NULL, NULL,"
                "  '2026-01-01', '2026-01-01'),"
                " ('youtube', 'yt.reported', 10000, 400, NULL, 8000, 0.031, 'reported', NULL,"
                "  NULL, '2026-01-01', '2026-01-01'),"
                " ('instagram', 'ig.plain', 10000, 400, 100, 3000, 0.05, 'computed', 5000,"
                "  'EUR', '2026-01-01', '2026-01-01')"));
    }

    // A format-3 file at path, opened (and so upgraded); nullptr when either failed.
    static std::unique_ptr<Workspace> migratedFromVersion3(const QString &path)
    {
        return writeVersion3(path) ? openWorkspace(path) : nullptr;
    }

    static Creator get(Workspace &ws, Platform p, const QString &handle)
    {
        const auto c = CreatorRepository(ws.database()).findByHandle(p, handle);
        return c ? *c : Creator();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void migrate_version3MovesVideoPlatformsToViewsAndKeepsTheRest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.tierscope"));
        auto ws = migratedFromVersion3(path);
        QVERIFY(ws);
        QCOMPARE(scalar(ws->database(), QStringLiteral("PRAGMA user_version")).toInt(), 4);

        const Creator views = get(*ws, Platform::TikTok, QStringLiteral("tt.views"));
        QCOMPARE(views.engagementRate, std::optional<double>(500.0 / 20000.0));
        QCOMPARE(views.erBasis, std::optional<ErBasis>(ErBasis::Views));
        const Creator noViews = get(*ws, Platform::TikTok, QStringLiteral("tt.noviews"));
        QCOMPARE(noViews.engagementRate, std::optional<double>(0.05)); // no views: by followers
        QCOMPARE(noViews.erBasis, std::optional<ErBasis>(ErBasis::Followers));
        const Creator reported = get(*ws, Platform::YouTube, QStringLiteral("yt.reported"));
        QCOMPARE(reported.engagementRate, std::optional<double>(0.031)); // never recomputed
        QCOMPARE(reported.erSource, ErSource::Reported);
        QVERIFY(!reported.erBasis);
        const Creator ig = get(*ws, Platform::Instagram, QStringLiteral("ig.plain"));
        QCOMPARE(ig.engagementRate, std::optional<double>(0.05));
        QCOMPARE(ig.erBasis, std::optional<ErBasis>(ErBasis::Followers));
        QCOMPARE(ig.qualityFlags, QualityFlags(0));
        QCOMPARE(scalar(ws->database(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(scalar(ws->database(), QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    }

    // The CHECK that refused an ER above 100 % is gone, on this connection and on a new one;
    // a negative ER is still refused.
    void migrate_version3StoresErAbove100Percent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.tierscope"));
        auto ws = migratedFromVersion3(path);
        QVERIFY(ws);
        Creator viral = makeCreator(Platform::TikTok, QStringLiteral("viral"), 1'000);
        viral.avgLikes = 2'500;
        viral.applyEngagement(std::nullopt, ErBases {});
        QCOMPARE(viral.engagementRate, std::optional<double>(2.5));
        QVERIFY(CreatorRepository(ws->database()).insert(viral).ok());
        QCOMPARE(get(*ws, Platform::TikTok, QStringLiteral("viral")).engagementRate,
                 std::optional<double>(2.5));
        QSqlQuery q(ws->database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE creators SET engagement_rate = -0.5")));

        RawDb other(path);
        QVERIFY(other.exec(
            QStringLiteral("UPDATE creators SET engagement_rate = 3.0 WHERE handle = 'viral'")));
        QSqlQuery bad(other.db());
        QVERIFY(!bad.exec(QStringLiteral("UPDATE creators SET er_basis = 'likes'")));
    }

    // The CPE sort divides by what the ER is a share of, and its index serves it.
    void migrate_version3CpeFollowsTheBasis()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.tierscope"));
        auto ws = migratedFromVersion3(path);
        QVERIFY(ws);
        const QString sql = scalar(ws->database(),
                                   QStringLiteral("SELECT sql FROM sqlite_master WHERE name = "
                                                  "'idx_creators_cpe'"))
                                .toString();
        QVERIFY2(sql.contains(QStringLiteral("CASE er_basis WHEN 'views'")), qPrintable(sql));
        // tt.views: €50 for 500 interactions a post = 10 cents; ig.plain: €50 / 500 = 10 cents.
        const double ttCpe = scalar(ws->database(),
                                    QStringLiteral("SELECT fee_minor / (engagement_rate * CASE "
                                                   "er_basis WHEN 'views' THEN avg_views ELSE "
                                                   "followers END) FROM creators WHERE handle = "
                                                   "'tt.views'"))
                                 .toDouble();
        QCOMPARE(ttCpe, 10.0);
    }

    // A new workspace runs every step, the CHECK edit included.
    void create_newWorkspaceHasFormat4()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir.filePath(QStringLiteral("new.tierscope")));
        QVERIFY(ws);
        QCOMPARE(scalar(ws->database(), QStringLiteral("PRAGMA user_version")).toInt(),
                 schema::currentVersion());
        const QString table = scalar(ws->database(),
                                     QStringLiteral("SELECT sql FROM sqlite_master WHERE name = "
                                                    "'creators'"))
                                  .toString();
        QVERIFY2(table.contains(
                     QStringLiteral("CHECK (engagement_rate IS NULL OR engagement_rate >= 0)")),
                 qPrintable(table));
        QVERIFY(!table.contains(QStringLiteral("engagement_rate <= 1")));
        QVERIFY(table.contains(QStringLiteral("quality_flags")));
    }
};

QTEST_GUILESS_MAIN(TestSchemaV4)
#include "tst_schema_v4.moc"
