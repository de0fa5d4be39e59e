// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/creator_repository.h"
#include "core/storage/schema.h"
#include "core/storage/workspace.h"
#include "core/storage/workspace_backup.h"
#include "tests/core/support/test_workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace tierscope::core;
using namespace tierscope::test;

Q_DECLARE_METATYPE(tierscope::core::Error::Code)
Q_DECLARE_METATYPE(tierscope::core::Workspace::Mode)

namespace {

const char *codeName(Error::Code c)
{
    switch (c) {
    case Error::Code::None: return "None";
    case Error::Code::NotFound: return "NotFound";
    case Error::Code::InvalidArgument: return "InvalidArgument";
    case Error::Code::NotAWorkspace: return "NotAWorkspace";
    case Error::Code::NewerVersion: return "NewerVersion";
    case Error::Code::NeedsUpgrade: return "NeedsUpgrade";
    case Error::Code::Corrupt: return "Corrupt";
    case Error::Code::ReadOnly: return "ReadOnly";
    case Error::Code::Locked: return "Locked";
    case Error::Code::DiskFull: return "DiskFull";
    case Error::Code::Io: return "Io";
    case Error::Code::Database: return "Database";
    case Error::Code::Cancelled: return "Cancelled";
    case Error::Code::Conflict: return "Conflict";
    case Error::Code::NeedsChoice: return "NeedsChoice";
    }
    return "?";
}

QList<Creator> someCreators(int n)
{
    QList<Creator> out;
    for (int i = 0; i < n; ++i) {
        Creator c = makeCreator(Platform(i % 3), QStringLiteral("creator%1").arg(i), 1'000 + i * 37,
                                0.01 + (i % 10) / 100.0);
        c.displayName = QStringLiteral("Creator number %1").arg(i);
        // Long notes so the table spans many pages.
        c.notes = QStringLiteral("Notes for creator %1. ").arg(i).repeated(12);
        c.niches = {QStringLiteral("fitness"), QStringLiteral("travel")};
        c.country = QStringLiteral("US");
        out << c;
    }
    return out;
}

// A real workspace of several hundred pages, closed (WAL checkpointed into the main file).
bool makeRealWorkspace(const QString &path, int creators = 400)
{
    auto ws = workspaceWith(path, someCreators(creators));
    return ws != nullptr;
}

// A file that is our format "version 0": our application id, user_version 0, and a table of its
// own. Opening it must back it up and migrate it.
bool makeVersionZeroFile(const QString &path)
{
    RawDb raw(path);
    return raw.isOpen()
        && raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId))
        && raw.exec(QStringLiteral("CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, body TEXT)"))
        && raw.exec(QStringLiteral("INSERT INTO legacy_notes (body) VALUES ('first'), ('zweite – ü')"));
}

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            qWarning("fixture step failed: %s", #cond);                                           \
            return false;                                                                          \
        }                                                                                          \
    } while (false)

// Builds one of the files Workspace::open must refuse.
bool makeRefusedFile(const QString &kind, const QString &path)
{
    if (kind == u"text file") {
        CHECK(writeFileBytes(path, QByteArray("handle,followers\nanna,48700\n")));
    } else if (kind == u"png") {
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        for (int i = 0; i < 4000; ++i)
            png.append(char((i * 31) & 0xff));
        CHECK(writeFileBytes(path, png));
    } else if (kind == u"sqlite of another application") {
        RawDb raw(path);
        CHECK(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)")));
        CHECK(raw.exec(QStringLiteral("INSERT INTO contacts VALUES ('a', '1')")));
    } else if (kind == u"sqlite with another application id") {
        RawDb raw(path);
        CHECK(raw.exec(QStringLiteral("PRAGMA application_id = 1234567")));
        CHECK(raw.exec(QStringLiteral("CREATE TABLE creators (x)")));
    } else if (kind == u"newer version") {
        CHECK(makeRealWorkspace(path, 20));
        RawDb raw(path);
        CHECK(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion() + 1)));
    } else if (kind == u"truncated workspace") {
        CHECK(makeRealWorkspace(path));
        QByteArray bytes = fileBytes(path);
        CHECK(bytes.size() > 64 * 4096); // many pages
        bytes.truncate(bytes.size() / 2);
        CHECK(writeFileBytes(path, bytes));
    } else if (kind == u"corrupt page") {
        CHECK(makeRealWorkspace(path));
        QByteArray bytes = fileBytes(path);
        CHECK(bytes.size() > 64 * 4096); // many pages
        const qsizetype pageSize = 4096;
        const qsizetype middle = (bytes.size() / 2 / pageSize) * pageSize;
        for (qsizetype i = 0; i < 3 * pageSize; ++i)
            bytes[middle + i] = char((i * 131 + 7) & 0xff);
        CHECK(writeFileBytes(path, bytes));
    }
    return QFileInfo::exists(path);
}

#undef CHECK

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    static void refusalCases()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Workspace::Mode>("mode");
        QTest::addColumn<Error::Code>("code");
        const struct
        {
            const char *kind;
            Error::Code code;
        } cases[] = {
            {"text file", Error::Code::NotAWorkspace},
            {"png", Error::Code::NotAWorkspace},
            {"sqlite of another application", Error::Code::NotAWorkspace},
            {"sqlite with another application id", Error::Code::NotAWorkspace},
            {"newer version", Error::Code::NewerVersion},
            {"truncated workspace", Error::Code::Corrupt},
            {"corrupt page", Error::Code::Corrupt},
        };
        for (const auto &c : cases) {
            QTest::addRow("%s, read-write", c.kind) << QString::fromLatin1(c.kind)
                                                    << Workspace::Mode::ReadWrite << c.code;
            QTest::addRow("%s, read-only", c.kind) << QString::fromLatin1(c.kind)
                                                   << Workspace::Mode::ReadOnly << c.code;
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void create_newFileIsAConfiguredWorkspace()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("spring-launch.tierscope"));
        QVERIFY(!QFileInfo::exists(path));
        auto ws = openWorkspace(path);
        QVERIFY(ws);
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(ws->path(), path);
        QCOMPARE(ws->displayName(), QStringLiteral("spring-launch"));
        QVERIFY(!ws->isReadOnly());
        QVERIFY(ws->migrationBackupPath().isEmpty());
        const QSqlDatabase db = ws->database();
        QVERIFY(db.isOpen());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), schema::kApplicationId);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), schema::currentVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
        const QStringList tables = schemaNames(db, QStringLiteral("table"));
        for (const char *t : {"creators", "creators_fts", "shortlists", "shortlist_entries", "campaigns",
                              "roster_entries", "deliverables", "settings"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
        const QStringList indexes = schemaNames(db, QStringLiteral("index"));
        for (const QString &name : schema::creatorIndexNames())
            QVERIFY2(indexes.contains(name), qPrintable(name));
        const QStringList triggers = schemaNames(db, QStringLiteral("trigger"));
        for (const QString &name : schema::creatorFtsTriggerNames())
            QVERIFY2(triggers.contains(name), qPrintable(name));
        // No backup for a brand-new file.
        QCOMPARE(dirEntries(dir.path()).filter(QStringLiteral(".bak")).size(), 0);
    }

    void create_makesMissingFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/c/work.tierscope"));
        auto ws = openWorkspace(path);
        QVERIFY(ws);
        QVERIFY(QFileInfo::exists(path));
    }

    void create_headerPersistsAfterClose()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.tierscope"));
        QVERIFY(openWorkspace(path));
        RawDb raw(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt(), schema::kApplicationId);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), schema::currentVersion());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    // Opening only an existing file (Missing::Refuse) does not make one.
    void open_missingFileIsRefusedWhenOnlyAnExistingOneWillDo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone.tierscope"));
        const auto ws = Workspace::open(path, Workspace::Mode::ReadWrite, Workspace::Missing::Refuse);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, Error::Code::NotFound);
        QVERIFY2(ws.error().message.contains(QStringLiteral("does not exist")), qPrintable(ws.error().message));
        QCOMPARE(dirEntries(dir.path()), QStringList());
    }

    // A named path whose backups lie beside it held a workspace once: it was moved, deleted or
    // lost, and is not quietly replaced by an empty one; a path without any is created.
    void open_lostWorkspaceWithBackupsBesideIsNotCreatedAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.tierscope"));
        {
            auto ws = workspaceWith(path, someCreators(3));
            QVERIFY(ws);
            TS_VERIFY_OK(WorkspaceBackup::backupNow(path, QDateTime::currentDateTime()));
        }
        QVERIFY(QFile::remove(path));
        const auto lost = Workspace::open(path, Workspace::Mode::ReadWrite,
                                          Workspace::Missing::CreateUnlessLost);
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, Error::Code::NotFound);
        QVERIFY2(lost.error().message.contains(QStringLiteral("backups of a workspace of that name")),
                 qPrintable(lost.error().message));
        QVERIFY(!QFileInfo::exists(path));
        const QString fresh = dir.filePath(QStringLiteral("fresh.tierscope"));
        TS_VERIFY_OK(Workspace::open(fresh, Workspace::Mode::ReadWrite,
                                     Workspace::Missing::CreateUnlessLost));
        QVERIFY(QFileInfo::exists(fresh));
    }

    // The journal of a deleted workspace would be read as the new file's: nothing is created.
    void open_missingFileWithItsJournalBesideIsNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.tierscope"));
        QVERIFY(writeFileBytes(path + QStringLiteral("-wal"), QByteArray(64, 'w')));
        const auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, Error::Code::NotFound);
        QVERIFY2(ws.error().message.contains(QStringLiteral("w.tierscope-wal")), qPrintable(ws.error().message));
        QVERIFY(!QFileInfo::exists(path));
    }

    void reopen_keepsDataAndDoesNotMigrate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.tierscope"));
        QList<qint64> ids;
        {
            auto ws = workspaceWith(path, someCreators(5), &ids);
            QVERIFY(ws);
        }
        auto ws = openWorkspace(path);
        QVERIFY(ws);
        QVERIFY(ws->migrationBackupPath().isEmpty());
        CreatorRepository repo(ws->database());
        QCOMPARE(*repo.totalCount(), qint64(5));
        const auto c = repo.get(ids[3]);
        QVERIFY(c.ok());
        QCOMPARE(c->handle, QStringLiteral("creator3"));
        QCOMPARE(scalar(ws->database(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(dirEntries(dir.path()).filter(QStringLiteral(".bak")).size(), 0);
    }

    void open_refusesAndLeavesFileUntouched_data() { refusalCases(); }
    void open_refusesAndLeavesFileUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(Workspace::Mode, mode);
        QFETCH(Error::Code, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("victim.tierscope"));
        QVERIFY(makeRefusedFile(kind, path));
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());
        {
            const auto ws = Workspace::open(path, mode);
            QVERIFY2(!ws.ok(), "the file must be refused");
            QVERIFY2(ws.error().code == code,
                     qPrintable(QStringLiteral("expected %1, got %2: %3")
                                    .arg(QLatin1String(codeName(code)),
                                         QLatin1String(codeName(ws.error().code)), ws.error().message)));
            QVERIFY2(ws.error().message.contains(QStringLiteral("victim.tierscope")),
                     qPrintable(ws.error().message));
        }
        QVERIFY2(fileBytes(path) == before, "the refused file must stay byte-identical");
    }

    // Refusing a file does not litter its folder with -wal, -shm or backup files either.
    void open_refusalLeavesNoFilesBehind_data() { refusalCases(); }
    void open_refusalLeavesNoFilesBehind()
    {
        QFETCH(QString, kind);
        QFETCH(Workspace::Mode, mode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("victim.tierscope"));
        QVERIFY(makeRefusedFile(kind, path));
        const QStringList before = dirEntries(dir.path());
        QCOMPARE(before, QStringList{QStringLiteral("victim.tierscope")});
        {
            const auto ws = Workspace::open(path, mode);
            QVERIFY(!ws.ok());
        }
        const QStringList after = dirEntries(dir.path());
        QVERIFY2(after == before, qPrintable(after.join(QStringLiteral(", "))));
    }

    void open_folderIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("folder.tierscope"));
        QVERIFY(QDir().mkpath(path));
        const auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QCOMPARE(int(ws.error().code), int(Error::Code::NotAWorkspace));
        QVERIFY(ws.error().message.contains(QStringLiteral("folder.tierscope")));
    }

    void migrate_emptyFilesAreInitialised_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("zero bytes") << QStringLiteral("zero");
        QTest::newRow("empty sqlite with our application id") << QStringLiteral("ours");
        QTest::newRow("empty sqlite without application id") << QStringLiteral("none");
    }
    void migrate_emptyFilesAreInitialised()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.tierscope"));
        if (kind == u"zero") {
            QVERIFY(writeFileBytes(path, QByteArray()));
        } else {
            RawDb raw(path);
            if (kind == u"ours")
                QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId)));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE t (x)")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE t")));
        }
        QVERIFY(QFileInfo::exists(path));
        if (kind != u"zero")
            QVERIFY(QFileInfo(path).size() > 0);

        auto ws = openWorkspace(path);
        QVERIFY(ws);
        const QSqlDatabase db = ws->database();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), schema::kApplicationId);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), schema::currentVersion());
        QVERIFY(schemaNames(db, QStringLiteral("table")).contains(QStringLiteral("creators")));
        CreatorRepository repo(db);
        QVERIFY(repo.insert(makeCreator(Platform::TikTok, QStringLiteral("first"), 10)).ok());
        QCOMPARE(*repo.totalCount(), qint64(1));
    }

    // Every version below the current one migrates; today that is 0 → 1. A version-0 file with
    // content is backed up (SQLite backup API) before anything writes to it.
    void migrate_olderVersionIsBackedUpThenMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.tierscope"));
        QVERIFY(makeVersionZeroFile(path));
        // Every version up to the current one has its step (version 0 runs them all).
        for (int v = 1; v <= schema::currentVersion(); ++v)
            QVERIFY2(!schema::migrationStep(v).isEmpty(), qPrintable(QString::number(v)));

        auto ws = openWorkspace(path);
        QVERIFY(ws);
        QCOMPARE(scalar(ws->database(), QStringLiteral("PRAGMA user_version")).toInt(), schema::currentVersion());
        QCOMPARE(scalar(ws->database(), QStringLiteral("PRAGMA application_id")).toInt(), schema::kApplicationId);
        QVERIFY(schemaNames(ws->database(), QStringLiteral("table")).contains(QStringLiteral("creators")));
        // What the old file held is still there.
        QCOMPARE(scalar(ws->database(), QStringLiteral("SELECT group_concat(body, '|') FROM legacy_notes"))
                     .toString(),
                 QStringLiteral("first|zweite – ü"));

        const QString backup = ws->migrationBackupPath();
        QVERIFY2(!backup.isEmpty(), "a migration must report its backup copy");
        QVERIFY(backup.endsWith(QStringLiteral(".bak")));
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
        {
            RawDb copy(backup, QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(copy.isOpen());
            QCOMPARE(copy.scalar(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(copy.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
            QCOMPARE(copy.scalar(QStringLiteral("PRAGMA application_id")).toInt(), schema::kApplicationId);
            QCOMPARE(copy.scalar(QStringLiteral("SELECT group_concat(body, '|') FROM legacy_notes")).toString(),
                     QStringLiteral("first|zweite – ü"));
            QCOMPARE(copy.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'creators'"))
                         .toInt(),
                     0);
        }
        // Reopening the migrated file does not back it up again.
        ws.reset();
        const int backups = dirEntries(dir.path()).filter(QStringLiteral(".bak")).size();
        auto again = openWorkspace(path);
        QVERIFY(again);
        QVERIFY(again->migrationBackupPath().isEmpty());
        QCOMPARE(dirEntries(dir.path()).filter(QStringLiteral(".bak")).size(), backups);
    }

    // The copy taken before a migration is as private as the workspace.
    void migrate_backupKeepsTheModeOfTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.tierscope"));
        QVERIFY(makeVersionZeroFile(path));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
        auto ws = openWorkspace(path);
        QVERIFY(ws);
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(ws->migrationBackupPath()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
    }

    // 1 → 2 rebuilds the search index without prefix indexes; what it finds stays the same.
    void migrate_version1SearchIndexIsRebuilt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.tierscope"));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId)));
            for (const QString &statement : schema::migrationStep(1))
                QVERIFY2(raw.exec(statement), qPrintable(statement));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO creators (platform, handle, display_name, niches, notes, created_at,"
                " updated_at) VALUES ('tiktok', 'anna.fit', 'Anna Berg', 'fitness', 'Håndbold',"
                " '2026-01-01', '2026-01-01'), ('youtube', 'ben.cooks', 'Ben', 'food', '',"
                " '2026-01-01', '2026-01-01')")));
            QVERIFY(raw.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'creators_fts'"))
                        .toString()
                        .contains(QStringLiteral("prefix")));
        }
        auto ws = openWorkspace(path);
        QVERIFY(ws);
        QCOMPARE(scalar(ws->database(), QStringLiteral("PRAGMA user_version")).toInt(), schema::currentVersion());
        QVERIFY(!scalar(ws->database(), QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'creators_fts'"))
                     .toString()
                     .contains(QStringLiteral("prefix")));
        CreatorRepository repo(ws->database());
        CreatorFilter f;
        f.text = QStringLiteral("an");
        QCOMPARE(*repo.count(f, TierScheme::defaults()), qint64(1));
        f.text = QStringLiteral("handbold");
        QCOMPARE(*repo.count(f, TierScheme::defaults()), qint64(1));
        // The triggers still keep the rebuilt index in step.
        QVERIFY(repo.insert(makeCreator(Platform::Instagram, QStringLiteral("anders"), 5'000)).ok());
        f.text = QStringLiteral("an");
        QCOMPARE(*repo.count(f, TierScheme::defaults()), qint64(2));
        QCOMPARE(scalar(ws->database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // 2 → 3 widens the ER index with the filter columns; the creators and their order stay.
    void migrate_version2ErIndexIsWidened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.tierscope"));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId)));
            for (int v = 1; v <= 2; ++v) {
                for (const QString &statement : schema::migrationStep(v))
                    QVERIFY2(raw.exec(statement), qPrintable(statement));
            }
            // Version 2's ER index, as version 2 wrote it.
            QVERIFY(raw.exec(QStringLiteral("DROP INDEX idx_creators_er")));
            QVERIFY(raw.exec(QStringLiteral("CREATE INDEX idx_creators_er ON creators(engagement_rate)")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 2")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO creators (platform, handle, followers, engagement_rate, country,"
                " created_at, updated_at) VALUES"
                " ('tiktok', 'a', 20000, 0.07, 'US', '2026-01-01', '2026-01-01'),"
                " ('tiktok', 'b', 30000, 0.09, 'US', '2026-01-01', '2026-01-01'),"
                " ('youtube', 'c', 40000, 0.08, 'DE', '2026-01-01', '2026-01-01'),"
                " ('instagram', 'd', 500000, 0.06, 'US', '2026-01-01', '2026-01-01')")));
        }
        auto ws = openWorkspace(path);
        QVERIFY(ws);
        QCOMPARE(scalar(ws->database(), QStringLiteral("PRAGMA user_version")).toInt(), schema::currentVersion());
        const QString sql =
            scalar(ws->database(), QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'idx_creators_er'"))
                .toString();
        QVERIFY2(sql.contains(QStringLiteral("engagement_rate, id, followers, country, platform")), qPrintable(sql));
        CreatorRepository repo(ws->database());
        CreatorFilter f;
        f.tiers = {Tier::Micro};
        f.countries = {QStringLiteral("US")};
        const auto page = repo.page(f, TierScheme::defaults(), {CreatorSortColumn::EngagementRate, true}, 0, 10);
        QVERIFY(page);
        QCOMPARE(page->rows.size(), 2);
        QCOMPARE(page->rows.at(0).handle, QStringLiteral("b"));
        QCOMPARE(page->rows.at(1).handle, QStringLiteral("a"));
        QCOMPARE(scalar(ws->database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // A migration step that fails leaves the old data as it was and reports the error.
    void migrate_failureKeepsOldDataAndBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clash.tierscope"));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId)));
            // A table in the way of version 1's "creators".
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE creators (legacy TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO creators VALUES ('keep me')")));
        }
        {
            const auto ws = Workspace::open(path);
            QVERIFY(!ws.ok());
            QVERIFY(!ws.error().message.isEmpty());
        }
        RawDb raw(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT legacy FROM creators")).toString(), QStringLiteral("keep me"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'settings'")).toInt(), 0);
        QCOMPARE(dirEntries(dir.path()).filter(QStringLiteral(".bak")).size(), 1);
    }

    void readOnly_refusesToCreate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.tierscope"));
        const auto ws = Workspace::open(path, Workspace::Mode::ReadOnly);
        QVERIFY(!ws.ok());
        QCOMPARE(int(ws.error().code), int(Error::Code::NotFound));
        QVERIFY(ws.error().message.contains(QStringLiteral("missing.tierscope")));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(dirEntries(dir.path()).isEmpty());
    }

    void readOnly_refusesToInitialiseAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.tierscope"));
        QVERIFY(writeFileBytes(path, QByteArray()));
        const auto ws = Workspace::open(path, Workspace::Mode::ReadOnly);
        QVERIFY(!ws.ok());
        QCOMPARE(int(ws.error().code), int(Error::Code::ReadOnly));
        QVERIFY(ws.error().message.contains(QStringLiteral("empty.tierscope")));
        QCOMPARE(QFileInfo(path).size(), qint64(0));
    }

    void readOnly_refusesMigration()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.tierscope"));
        QVERIFY(makeVersionZeroFile(path));
        const QByteArray before = fileBytes(path);
        const QStringList entries = dirEntries(dir.path());
        {
            const auto ws = Workspace::open(path, Workspace::Mode::ReadOnly);
            QVERIFY(!ws.ok());
            QCOMPARE(int(ws.error().code), int(Error::Code::NeedsUpgrade));
            QVERIFY(ws.error().message.contains(QStringLiteral("old.tierscope")));
        }
        QVERIFY(fileBytes(path) == before);
        QCOMPARE(dirEntries(dir.path()), entries); // and no backup was made
    }

    void readOnly_readsButDoesNotWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.tierscope"));
        QVERIFY(makeRealWorkspace(path, 3));
        const QByteArray before = fileBytes(path);
        {
            auto ws = openWorkspace(path, Workspace::Mode::ReadOnly);
            QVERIFY(ws);
            QVERIFY(ws->isReadOnly());
            CreatorRepository repo(ws->database());
            QCOMPARE(*repo.totalCount(), qint64(3));
            const auto inserted = repo.insert(makeCreator(Platform::YouTube, QStringLiteral("nope"), 5));
            QVERIFY(!inserted.ok());
            QCOMPARE(int(inserted.error().code), int(Error::Code::ReadOnly));
        }
        QVERIFY(fileBytes(path) == before);
    }

    void workerConnection_onAnotherThreadSeesTheSameData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.tierscope"));
        QList<qint64> ids;
        auto ws = workspaceWith(path, someCreators(4), &ids);
        QVERIFY(ws);

        qint64 workerCount = -1;
        QString workerHandle;
        int workerForeignKeys = -1;
        QString workerJournal;
        bool workerInserted = false;
        QString workerError;
        bool onOtherThread = false;
        QThread *const mainThread = QThread::currentThread();
        std::unique_ptr<QThread> thread(QThread::create([&] {
            onOtherThread = QThread::currentThread() != mainThread;
            const QString name = QStringLiteral("test-worker");
            {
                const auto db = ws->openWorkerConnection(name);
                if (!db) {
                    workerError = db.error().message;
                    return;
                }
                CreatorRepository repo(*db);
                workerCount = repo.totalCount().ok() ? *repo.totalCount() : -2;
                const auto c = repo.get(ids[2]);
                workerHandle = c.ok() ? c->handle : c.error().message;
                workerForeignKeys = scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt();
                workerJournal = scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString();
                workerInserted = repo.insert(makeCreator(Platform::TikTok, QStringLiteral("from.worker"), 77)).ok();
            }
            Workspace::closeConnection(name);
        }));
        thread->start();
        QVERIFY(thread->wait(60'000));
        QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
        QVERIFY(onOtherThread);
        QCOMPARE(workerCount, qint64(4));
        QCOMPARE(workerHandle, QStringLiteral("creator2"));
        QCOMPARE(workerForeignKeys, 1);
        QCOMPARE(workerJournal, QStringLiteral("wal"));
        QVERIFY(workerInserted);

        // The main connection sees what the worker wrote.
        CreatorRepository repo(ws->database());
        QCOMPARE(*repo.totalCount(), qint64(5));
        QVERIFY(repo.findByHandle(Platform::TikTok, QStringLiteral("from.worker")).ok());
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("test-worker")));
    }

    void defaultPath_isInTheTestDataFolder()
    {
        const QString p = Workspace::defaultPath();
        QVERIFY(p.endsWith(QStringLiteral("/default.tierscope")));
        QVERIFY2(p.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)), qPrintable(p));
        QVERIFY2(p.contains(QStringLiteral("qttest")), qPrintable(p)); // test mode: never the real folder
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
