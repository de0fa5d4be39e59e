// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace whose schema another program changed: missing or altered indexes and search
// triggers of ours are rebuilt on open (the search index too), so sorting and search work again;
// a trigger or view Tierscope did not create is refused in either mode, the file byte-identical
// and nothing written (no pre-migration copy either); a table of its own is left alone.
#include "core/storage/creator_repository.h"
#include "core/storage/schema.h"
#include "core/storage/schema_check.h"
#include "core/storage/sqlite_handle.h"
#include "core/storage/workspace.h"

#include "support/test_workspace.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tierscope::core;
using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

// Runs statements on the file through a plain connection (another program), then closes it.
bool tamper(const QString &path, const QStringList &statements)
{
    RawDb raw(path);
    for (const QString &sql : statements) {
        if (!raw.exec(sql))
            return false;
    }
    return true;
}

QStringList handles(const Result<CreatorPage> &page)
{
    QStringList out;
    if (page) {
        for (const Creator &c : page->rows)
            out << c.handle;
    }
    return out;
}

Result<CreatorPage> search(const Workspace &ws, const QString &text)
{
    CreatorFilter f;
    f.text = text;
    return CreatorRepository(ws.database())
        .page(f, TierScheme::defaults(), {CreatorSortColumn::Handle, false}, 0, 50);
}

QString sqlOf(const QSqlDatabase &db, const QString &name)
{
    return scalar(db, u"SELECT sql FROM sqlite_master WHERE name = '%1'"_s.arg(name)).toString();
}

QString expectedIndexSql(const QString &name)
{
    const QStringList names = schema::creatorIndexNames();
    return schema::creatorIndexStatements().value(names.indexOf(name));
}

} // namespace

class TestSchemaCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void intactWorkspace_isLeftAsItIs();
    void droppedSearchTrigger_isRecreatedAndSearchFindsEveryRow();
    void droppedIndex_isRecreatedAndSortWorks();
    void changedIndexSql_isRecreated();
    void foreignObject_isRefusedUntouched_data();
    void foreignObject_isRefusedUntouched();
    void foreignTriggerInAnOlderFile_isRefusedBeforeTheMigration();
    void ownTable_isKept();
    void inspect_readsWhatTheFileLacks();

private:
    QString makeWorkspace(); // anna, ben, cleo; closed
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSchemaCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = makeWorkspace();
    QVERIFY(!m_path.isEmpty());
}

QString TestSchemaCheck::makeWorkspace()
{
    const QString path = m_dir->filePath(u"ws.tierscope"_s);
    auto ws = workspaceWith(path, {makeCreator(Platform::Instagram, u"anna"_s, 20'000, 0.05),
                                   makeCreator(Platform::TikTok, u"ben"_s, 40'000, 0.09),
                                   makeCreator(Platform::YouTube, u"cleo"_s, 30'000, 0.07)});
    return ws ? path : QString();
}

void TestSchemaCheck::intactWorkspace_isLeftAsItIs()
{
    const QByteArray before = digest(m_path);
    for (const auto mode : {Workspace::Mode::ReadOnly, Workspace::Mode::ReadWrite}) {
        const auto ws = Workspace::open(m_path, mode);
        TS_VERIFY_OK(ws);
        QCOMPARE((*ws)->schemaWarning(), QString());
    }
    QCOMPARE(digest(m_path), before);
}

// Rows written while a search trigger was missing are found once it is back (the index is
// rebuilt), and so are rows written after.
void TestSchemaCheck::droppedSearchTrigger_isRecreatedAndSearchFindsEveryRow()
{
    QVERIFY(tamper(m_path, {u"DROP TRIGGER creators_fts_ai"_s,
                            u"INSERT INTO creators (platform, handle, display_name, niches, "
                            "created_at, updated_at) VALUES ('instagram', 'dora', 'Dora "
                            "Zebrafish', 'lifestyle', '2026-01-01', '2026-01-01')"_s}));
    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    QCOMPARE(ws->schemaWarning(), QString());
    QStringList ours = schema::creatorFtsTriggerNames();
    ours.sort();
    QCOMPARE(schemaNames(ws->database(), u"trigger"_s), ours);
    QCOMPARE(sqlOf(ws->database(), u"creators_fts_ai"_s),
             schema::creatorFtsTriggerStatements().first());
    QCOMPARE(handles(search(*ws, u"zebrafish"_s)), QStringList{u"dora"_s});
    QCOMPARE(handles(search(*ws, u"anna"_s)), QStringList{u"anna"_s});
    TS_VERIFY_OK(CreatorRepository(ws->database())
                     .insert(makeCreator(Platform::TikTok, u"zebra.after"_s, 1'000)));
    QCOMPARE(handles(search(*ws, u"zebra"_s)), (QStringList{u"dora"_s, u"zebra.after"_s}));
}

void TestSchemaCheck::droppedIndex_isRecreatedAndSortWorks()
{
    QVERIFY(tamper(m_path, {u"DROP INDEX idx_creators_er"_s}));
    for (const auto mode : {Workspace::Mode::ReadOnly, Workspace::Mode::ReadWrite}) {
        // Read-only too: the file can be written, so it is repaired through a connection of
        // its own before it is read.
        auto ws = openWorkspace(m_path, mode);
        QVERIFY(ws);
        QCOMPARE(ws->schemaWarning(), QString());
        QCOMPARE(sqlOf(ws->database(), u"idx_creators_er"_s),
                 expectedIndexSql(u"idx_creators_er"_s));
        const auto page = CreatorRepository(ws->database())
                              .page({}, TierScheme::defaults(),
                                    {CreatorSortColumn::EngagementRate, true}, 0, 10);
        TS_VERIFY_OK(page);
        QCOMPARE(handles(page), (QStringList{u"ben"_s, u"cleo"_s, u"anna"_s}));
    }
}

void TestSchemaCheck::changedIndexSql_isRecreated()
{
    QVERIFY(tamper(m_path, {u"DROP INDEX idx_creators_followers"_s,
                            u"CREATE INDEX idx_creators_followers ON creators(handle)"_s}));
    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    QCOMPARE(sqlOf(ws->database(), u"idx_creators_followers"_s),
             expectedIndexSql(u"idx_creators_followers"_s));
    QCOMPARE(scalar(ws->database(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void TestSchemaCheck::foreignObject_isRefusedUntouched_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("named");
    QTest::newRow("AFTER INSERT trigger deleting campaigns")
        << QStringList{u"CREATE TRIGGER wipe AFTER INSERT ON creators BEGIN DELETE FROM "
                       "campaigns; DELETE FROM shortlists; END"_s}
        << u"trigger “wipe”"_s;
    QTest::newRow("trigger on another of our tables")
        << QStringList{u"CREATE TRIGGER audit AFTER INSERT ON settings BEGIN SELECT 1; END"_s}
        << u"trigger “audit”"_s;
    QTest::newRow("view") << QStringList{u"CREATE VIEW top AS SELECT handle FROM creators"_s}
                          << u"view “top”"_s;
    // One of ours by name, with other code: as foreign.
    QTest::newRow("our trigger rewritten")
        << QStringList{u"DROP TRIGGER creators_fts_ad"_s,
                       u"CREATE TRIGGER creators_fts_ad AFTER DELETE ON creators BEGIN DELETE "
                       "FROM campaigns; END"_s}
        << u"trigger “creators_fts_ad”"_s;
}

// Refused in either mode, the file byte-identical and no side file left behind.
void TestSchemaCheck::foreignObject_isRefusedUntouched()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, named);
    QVERIFY(tamper(m_path, statements));
    const QByteArray before = digest(m_path);
    const QStringList files = dirEntries(m_dir->path());
    for (const auto mode : {Workspace::Mode::ReadOnly, Workspace::Mode::ReadWrite}) {
        const auto ws = Workspace::open(m_path, mode);
        QVERIFY(!ws.ok());
        QCOMPARE(int(ws.error().code), int(Error::Code::Corrupt));
        QVERIFY2(ws.error().message.contains(named), qPrintable(ws.error().message));
        QVERIFY2(ws.error().message.contains(u"left untouched"_s), qPrintable(ws.error().message));
    }
    QCOMPARE(digest(m_path), before);
    QCOMPARE(dirEntries(m_dir->path()), files);
}

// The trigger would run during the migration's updates: the older file is refused before
// anything (not even the pre-migration copy) is written.
void TestSchemaCheck::foreignTriggerInAnOlderFile_isRefusedBeforeTheMigration()
{
    QVERIFY(tamper(m_path, {u"CREATE TRIGGER wipe AFTER UPDATE ON creators BEGIN "
                            "DELETE FROM settings; END"_s,
                            u"PRAGMA user_version = %1"_s.arg(schema::currentVersion() - 1)}));
    const QByteArray before = digest(m_path);
    const QStringList files = dirEntries(m_dir->path());
    const auto ws = Workspace::open(m_path);
    QVERIFY(!ws.ok());
    QVERIFY2(ws.error().message.contains(u"trigger “wipe”"_s), qPrintable(ws.error().message));
    QCOMPARE(digest(m_path), before);
    QCOMPARE(dirEntries(m_dir->path()), files);
}

void TestSchemaCheck::ownTable_isKept()
{
    QVERIFY(tamper(m_path, {u"CREATE TABLE my_notes (body TEXT)"_s,
                            u"CREATE INDEX my_notes_body ON my_notes(body)"_s,
                            u"INSERT INTO my_notes VALUES ('keep')"_s}));
    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    QCOMPARE(scalar(ws->database(), u"SELECT body FROM my_notes"_s).toString(), u"keep"_s);
    QVERIFY(schemaNames(ws->database(), u"index"_s).contains(u"my_notes_body"_s));
}

// What the file lacks is read against the schema the migration steps build, not a list kept
// beside them: an index from step 1 outside the creators' ones counts too.
void TestSchemaCheck::inspect_readsWhatTheFileLacks()
{
    QVERIFY(tamper(m_path, {u"DROP INDEX idx_creators_cpe"_s, u"DROP INDEX idx_roster_creator"_s,
                            u"DROP TRIGGER creators_fts_au"_s}));
    RawDb raw(m_path, u"QSQLITE_OPEN_READONLY"_s);
    QVERIFY(raw.isOpen());
    const auto found =
        SchemaCheck::inspect(sqliteHandle(raw.db()), schema::currentVersion(), u"ws"_s);
    TS_VERIFY_OK(found);
    QCOMPARE(found->refusal, QString());
    QCOMPARE(found->missingIndexes,
             (QStringList{u"idx_creators_cpe"_s, u"idx_roster_creator"_s}));
    QCOMPARE(found->missingTriggers, QStringList{u"creators_fts_au"_s});
    QCOMPARE(found->changedIndexes, QStringList());
    QVERIFY(found->needsRepair());
}

QTEST_GUILESS_MAIN(TestSchemaCheck)
#include "tst_schema_check.moc"
