// SPDX-License-Identifier: GPL-3.0-or-later
// Workspaces whose schema another program changed, through the real binary: a dropped ER index
// no longer breaks `list --sort er` (it is rebuilt on open), a dropped search trigger no longer
// hides rows written meanwhile, and a trigger Tierscope did not create (one that deletes every
// campaign on import) makes every verb exit 1 naming it, the file byte-identical.
#include "tests/cli/support/cli_run.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

// Runs statements on the file as another program would; false (after a warning) on failure.

// The first value of a query on the file, read-only ("" when it fails).
QString queryValue(const QString &path, const QString &sql)
{
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                out = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return out;
}

} // namespace

class TestCliTamperedSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void droppedErIndex_listSortErWorksAndTheIndexIsBack();
    void droppedSearchTrigger_searchFindsRowsWrittenMeanwhile();
    void foreignTrigger_everyVerbExitsOneNamingIt_data();
    void foreignTrigger_everyVerbExitsOneNamingIt();

private:
    QTemporaryDir m_dir;
    QString m_ws;
    int m_run = 0;
};

void TestCliTamperedSchema::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!tierscopeBinary().isEmpty());
    QVERIFY(m_dir.isValid());
}

void TestCliTamperedSchema::init()
{
    m_ws = m_dir.filePath(u"ws%1.tierscope"_s.arg(++m_run));
    const Run r = runTierscope({u"demo"_s, u"--creators"_s, u"300"_s, u"--workspace"_s, m_ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliTamperedSchema::droppedErIndex_listSortErWorksAndTheIndexIsBack()
{
    const QStringList list = {u"list"_s, u"--sort"_s, u"er"_s, u"--limit"_s, u"20"_s,
                              u"--workspace"_s, m_ws};
    const Run intact = runTierscope(list);
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));
    const QString indexSql =
        queryValue(m_ws, u"SELECT sql FROM sqlite_master WHERE name = 'idx_creators_er'"_s);
    QVERIFY(!indexSql.isEmpty());

    QVERIFY(runSqlOnFile(m_ws, {u"DROP INDEX idx_creators_er"_s}));
    const Run r = runTierscope(list);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(r.out, intact.out);
    QCOMPARE(queryValue(m_ws, u"SELECT sql FROM sqlite_master WHERE name = 'idx_creators_er'"_s),
             indexSql);
}

void TestCliTamperedSchema::droppedSearchTrigger_searchFindsRowsWrittenMeanwhile()
{
    QVERIFY(runSqlOnFile(m_ws, {u"DROP TRIGGER creators_fts_ai"_s,
                          u"INSERT INTO creators (platform, handle, display_name, followers, "
                          "niches, created_at, updated_at) VALUES ('instagram', 'dora.zebrafish', "
                          "'Dora', 12000, 'lifestyle', '2026-01-01', '2026-01-01')"_s}));
    const Run r = runTierscope({u"list"_s, u"--search"_s, u"zebrafish"_s, u"--workspace"_s, m_ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"dora.zebrafish"_s), qPrintable(r.out));
    QCOMPARE(queryValue(m_ws, u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"_s),
             u"3"_s);
}

void TestCliTamperedSchema::foreignTrigger_everyVerbExitsOneNamingIt_data()
{
    QTest::addColumn<QStringList>("args"); // --workspace is appended
    QTest::newRow("import") << QStringList{u"import"_s, u"IMPORT"_s};
    QTest::newRow("list") << QStringList{u"list"_s};
    QTest::newRow("stats") << QStringList{u"stats"_s};
    QTest::newRow("campaigns") << QStringList{u"campaigns"_s};
}

// The trigger of the report: an import deleted every campaign and shortlist. Now no verb runs.
void TestCliTamperedSchema::foreignTrigger_everyVerbExitsOneNamingIt()
{
    QFETCH(QStringList, args);
    const QString campaigns = queryValue(m_ws, u"SELECT count(*) FROM campaigns"_s);
    QVERIFY(campaigns.toInt() > 0);
    QVERIFY(runSqlOnFile(m_ws, {u"CREATE TRIGGER tidy_up AFTER INSERT ON creators BEGIN DELETE FROM "
                          "shortlists; DELETE FROM campaigns; END"_s}));
    const QString csv = m_dir.filePath(u"new%1.csv"_s.arg(m_run));
    QVERIFY(writeFile(csv, "platform,handle,followers\ninstagram,newcomer,12000\n"));
    args.replaceInStrings(u"IMPORT"_s, csv);
    const QByteArray before = sha(m_ws);

    const Run r = runTierscope(args + QStringList{u"--workspace"_s, m_ws});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"trigger “tidy_up”"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"left untouched"_s), qPrintable(r.err));
    QCOMPARE(sha(m_ws), before);
    QCOMPARE(queryValue(m_ws, u"SELECT count(*) FROM campaigns"_s), campaigns);
    QCOMPARE(queryValue(m_ws, u"SELECT count(*) FROM creators WHERE handle = 'newcomer'"_s),
             u"0"_s);
}

QTEST_MAIN(TestCliTamperedSchema)
#include "tst_cli_tampered_schema.moc"
