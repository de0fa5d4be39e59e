// SPDX-License-Identifier: GPL-3.0-or-later
// Faults while a workspace is in use: the disk fills up during an import (PRAGMA max_page_count
// stands in for a full disk), another program holds the write lock or the whole file. Each gives
// a specific message, and the workspace keeps exactly what it held.
#include "support/test_workspace.h"

#include "core/io/creator_importer.h"
#include "core/storage/creator_repository.h"
#include "core/storage/schema.h"
#include "core/storage/shortlist_repository.h"
#include "core/storage/workspace.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace tierscope::core;
using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray importFile(int rows)
{
    QByteArray bytes = "platform,handle,followers,avg_likes,niches,notes\n";
    for (int i = 0; i < rows; ++i)
        bytes += "tiktok,fault" + QByteArray::number(i) + ',' + QByteArray::number(5000 + i) + ','
                 + QByteArray::number(100 + i % 50) + ",fitness,\"" + QByteArray(120, 'n') + "\"\n";
    return bytes;
}

// Every row of the user tables, hashed: "the workspace as before".
QByteArray contents(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : {u"creators"_s, u"shortlists"_s, u"shortlist_entries"_s,
                                 u"settings"_s}) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s))
            return {};
        while (q.next()) {
            for (int i = 0; i < 8; ++i)
                hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
        }
    }
    return hash.result().toHex();
}

} // namespace

class TestWorkspaceFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(u"import.csv"_s);
        QVERIFY(writeFileBytes(m_csv, importFile(20'000)));
    }

    void diskFull_importStopsWithClearMessageAndKeepsWorkspace()
    {
        const QString path = m_dir.filePath(u"full.tierscope"_s);
        auto ws = openWorkspace(path);
        QVERIFY(ws);
        QVERIFY(bulkInsertDemo(*ws, 2000));
        ShortlistRepository shortlists(ws->database());
        const auto list = shortlists.create(Shortlist{0, u"Spring"_s, u"brief"_s, {}, {}, 0});
        TS_VERIFY_OK(list);
        TS_VERIFY_OK(shortlists.addCreators(*list, {1, 2, 3}));
        const QByteArray before = contents(ws->database());
        QVERIFY(!before.isEmpty());

        // Room for a few pages more than the workspace holds: the import fills it.
        QSqlQuery q(ws->database());
        const qint64 pages = scalar(ws->database(), u"PRAGMA page_count"_s).toLongLong();
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 30)));
        q.finish(); // no statement may stay open during the import

        const auto report = CreatorImporter::run(ws->database(), m_csv, ImportOptions());
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::DiskFull);
        QVERIFY2(report.error().message.contains(u"the disk is full"_s),
                 qPrintable(report.error().message));
        QCOMPARE(contents(ws->database()), before);
        QCOMPARE(scalar(ws->database(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);

        // With room again, the same import goes in: nothing was left half-done.
        QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_s));
        q.finish();
        const auto again = CreatorImporter::run(ws->database(), m_csv, ImportOptions());
        TS_VERIFY_OK(again);
        QCOMPARE(again->inserted, 20'000);
        const auto total = CreatorRepository(ws->database()).totalCount();
        TS_VERIFY_OK(total);
        QCOMPARE(*total, 22'000);
    }

    void diskFull_smallWriteReportsDiskFull()
    {
        const QString path = m_dir.filePath(u"full-small.tierscope"_s);
        auto ws = openWorkspace(path);
        QVERIFY(ws);
        QSqlQuery q(ws->database());
        const qint64 pages = scalar(ws->database(), u"PRAGMA page_count"_s).toLongLong();
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        q.finish();
        ShortlistRepository shortlists(ws->database());
        const auto created
            = shortlists.create(Shortlist{0, u"Big"_s, QString(200'000, u'b'), {}, {}, 0});
        QVERIFY(!created);
        QCOMPARE(created.error().code, Error::Code::DiskFull);
        QVERIFY2(created.error().message.contains(u"the disk is full"_s),
                 qPrintable(created.error().message));
        QCOMPARE(scalar(ws->database(), u"SELECT count(*) FROM shortlists"_s).toInt(), 0);
    }

    void locked_importWhileAnotherProgramWrites_saysLockedAndKeepsWorkspace()
    {
        const QString path = m_dir.filePath(u"locked.tierscope"_s);
        auto ws = openWorkspace(path);
        QVERIFY(ws);
        QVERIFY(bulkInsertDemo(*ws, 500));
        const QByteArray before = contents(ws->database());
        QSqlQuery q(ws->database());
        QVERIFY(q.exec(u"PRAGMA busy_timeout = 200"_s)); // do not wait the full 5 s here
        q.finish();

        RawDb other(path);
        QVERIFY(other.isOpen());
        QVERIFY(other.exec(u"BEGIN IMMEDIATE"_s)); // another program is writing

        const auto report = CreatorImporter::run(ws->database(), m_csv, ImportOptions());
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::Locked);
        QVERIFY2(report.error().message.contains(u"locked by another program"_s),
                 qPrintable(report.error().message));
        QCOMPARE(contents(ws->database()), before);

        QVERIFY(other.exec(u"ROLLBACK"_s));
        const auto again = CreatorImporter::run(ws->database(), m_csv, ImportOptions());
        TS_VERIFY_OK(again);
        QCOMPARE(again->inserted, 20'000);
    }

    void locked_openWhileAnotherProgramHoldsTheFile_isRefusedUntouched()
    {
        const QString path = m_dir.filePath(u"exclusive.tierscope"_s);
        {
            auto ws = openWorkspace(path);
            QVERIFY(ws);
            QVERIFY(bulkInsertDemo(*ws, 100));
        }
        RawDb other(path);
        QVERIFY(other.isOpen());
        QVERIFY(other.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(other.exec(u"UPDATE creators SET notes = 'held' WHERE id = 1"_s));
        const QByteArray bytes = fileBytes(path);

        const auto opened = Workspace::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Locked);
        QVERIFY2(opened.error().message.contains(u"is locked by another program"_s),
                 qPrintable(opened.error().message));
        QCOMPARE(fileBytes(path), bytes);
        QVERIFY(other.exec(u"ROLLBACK"_s));
    }

    // Two openers of the same new workspace at once (stopped after both saw no file, then let go
    // together; threads here, processes in tst_cli_workspace_faults): the second to get the
    // write lock finds the workspace made and opens it, instead of "table creators already
    // exists".
    void create_twoOpenersOfTheSameNewWorkspace_bothOpenIt()
    {
        const QString faults = m_dir.filePath(u"create-faults"_s);
        QVERIFY(QDir().mkpath(faults));
        const QString path = m_dir.filePath(u"raced.tierscope"_s);
        qputenv("TIERSCOPE_FAULT_PAUSE", "workspace-before-migrate");
        qputenv("TIERSCOPE_FAULT_DIR", QFile::encodeName(faults));
        QString errors[2];
        bool opened[2] = {false, false};
        QThread *threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i] = QThread::create([&, i] {
                auto ws = Workspace::open(path);
                opened[i] = ws.ok();
                if (!ws)
                    errors[i] = ws.error().message;
            });
            threads[i]->start();
        }
        // Both stopped at the point, one file each.
        QTRY_VERIFY_WITH_TIMEOUT(QDir(faults).entryList(QDir::Files).size() == 2, 30'000);
        QFile go(faults + u"/workspace-before-migrate.go"_s);
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.close();
        for (QThread *t : threads) {
            QVERIFY(t->wait(60'000));
            delete t;
        }
        qunsetenv("TIERSCOPE_FAULT_PAUSE");
        qunsetenv("TIERSCOPE_FAULT_DIR");
        QVERIFY2(opened[0], qPrintable(errors[0]));
        QVERIFY2(opened[1], qPrintable(errors[1]));
        auto ws = openWorkspace(path);
        QVERIFY(ws);
        QCOMPARE(scalar(ws->database(), u"PRAGMA user_version"_s).toInt(), schema::currentVersion());
    }

private:
    QTemporaryDir m_dir;
    QString m_csv;
};

QTEST_GUILESS_MAIN(TestWorkspaceFaults)
#include "tst_workspace_faults.moc"
