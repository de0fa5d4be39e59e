// SPDX-License-Identifier: GPL-3.0-or-later
// Kills `tierscope import` (SIGKILL) at random points of a large import, many times. After each
// kill the workspace must pass PRAGMA integrity_check and hold all or none of the import, and
// everything it held before (creators, shortlists, campaigns, settings, indexes, search index).
//
// Two starting points alternate: a workspace with creators, shortlists and campaigns (the import
// adds rows under live indexes), and one with shortlists and campaigns but no creators (the import
// drops the indexes and the search triggers and rebuilds them before it commits).
// The kill points are uniform over the time a complete run takes (measured first), from seeds
// 1, 2, 3 …, so a failure can be replayed. The loop stops starting kills after a time budget;
// TIERSCOPE_KILL_RUNS sets how many kills to aim for (default 20), TIERSCOPE_KILL_ROWS the size
// of the import (default 200,000, fewer on a machine too slow for that; see initTestCase).
#include "core/storage/workspace.h"
#include "tests/cli/support/cli_run.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::core;
using namespace Qt::StringLiterals;
using tierscope::test::cliEnvironment;
using tierscope::test::tierscopeBinary;

namespace {

constexpr qint64 kLoopBudgetMs = 45'000; // no new kill starts after this; keeps the test < ~60 s
constexpr int kMinimumKills = 8;         // fewer kills in the budget fails the test

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

// The exit code of a complete run.
int runToEnd(const QStringList &args)
{
    return tierscope::test::runTierscope(args, 300'000).exitCode;
}

// Rows with handles no demo creator has: the import only inserts.
bool writeImportFile(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk = "platform,handle,display_name,followers,avg_likes,avg_comments,niches,"
                       "country,fee,notes\n";
    static const char *const platforms[] = {"instagram", "tiktok", "youtube"};
    static const char *const niches[] = {"fitness", "beauty", "travel;food", "gaming", "diy"};
    for (int i = 0; i < rows; ++i) {
        const int followers = 1000 + (i * 7919) % 900'000;
        chunk += platforms[i % 3];
        chunk += ",killtest" + QByteArray::number(i) + ",Kill Test " + QByteArray::number(i) + ','
                 + QByteArray::number(followers) + ',' + QByteArray::number(followers / 25) + ','
                 + QByteArray::number(followers / 400) + ',' + niches[i % 5] + ','
                 + (i % 2 ? "US" : "GB") + ",$" + QByteArray::number(50 + i % 900)
                 + ",\"note, with a comma " + QByteArray::number(i) + "\"\n";
        if (chunk.size() > (1 << 20)) {
            if (f.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return f.write(chunk) == chunk.size();
}

// A plain connection (read-write, so that a hot WAL left by the kill is recovered as any later
// open would), removed when it goes out of scope.
class Db
{
public:
    explicit Db(const QString &path)
    {
        static int counter = 0;
        m_name = u"kill-check-%1"_s.arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~Db()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Every row of a query as text, one line per row, in the query's order.
    QStringList rows(const QString &sql) const
    {
        QSqlQuery q(db());
        QStringList out;
        if (!q.exec(sql)) {
            out << u"ERROR "_s + q.lastError().text();
            return out;
        }
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.isNull(i) ? u"∅"_s : q.value(i).toString());
            out << cells.join(u'\x1f');
        }
        return out;
    }
    QString scalar(const QString &sql) const
    {
        const QStringList r = rows(sql);
        return r.isEmpty() ? QString() : r.constFirst();
    }

private:
    QString m_name;
    bool m_open = false;
};

// What the workspace held before the import: every table's rows (creators without the imported
// ones) and the schema (indexes and triggers the import may drop and rebuild).
QByteArray fingerprint(const Db &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries = {
        u"SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name"_s,
        u"SELECT * FROM creators WHERE handle NOT LIKE 'killtest%' ORDER BY id"_s,
        u"SELECT * FROM shortlists ORDER BY id"_s,
        u"SELECT * FROM shortlist_entries ORDER BY shortlist_id, creator_id"_s,
        u"SELECT * FROM campaigns ORDER BY id"_s,
        u"SELECT * FROM roster_entries ORDER BY id"_s,
        u"SELECT * FROM deliverables ORDER BY id"_s,
        u"SELECT * FROM settings ORDER BY key"_s,
        // The search index finds the prior creators through it (not only through the table).
        u"SELECT count(*) FROM creators_fts JOIN creators c ON c.id = creators_fts.rowid "
        "WHERE creators_fts MATCH 'lifestyle OR fitness OR beauty' AND c.handle NOT LIKE 'killtest%'"_s,
    };
    for (const QString &sql : queries) {
        const QStringList r = db.rows(sql);
        hash.addData(QString(sql + u'\n' + r.join(u'\n') + u"\n\n").toUtf8());
    }
    return hash.result().toHex();
}

struct Scenario
{
    QString name;
    QString pristine;       // the workspace before any import
    QByteArray fingerprint; // of the pristine workspace
    qint64 fullRunMs = 0;   // how long a complete import took
};

} // namespace

class TestFaultKillImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void import_killedAtRandomPoints_leavesAllOrNothingAndEverythingBefore();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Copies a pristine workspace to the working file (no -wal/-shm: it was closed cleanly).
    bool resetWorkspace(const Scenario &s);
    // Checks the working workspace after a run; "" when it is consistent, else what is wrong.
    QString check(const Scenario &s, bool *imported);

    QTemporaryDir m_dir;
    QString m_csv;
    QString m_work;
    int m_rows = 0;
    QList<Scenario> m_scenarios;
};

void TestFaultKillImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariable("TIERSCOPE_BIN").isEmpty(), "TIERSCOPE_BIN must name the binary");
    m_csv = path(u"import.csv"_s);
    m_work = path(u"work.tierscope"_s);

    // With creators: a demo workspace (creators, 2 shortlists, 2 campaigns with rosters).
    Scenario withCreators{u"with creators"_s, path(u"with-creators.tierscope"_s), {}, 0};
    QCOMPARE(runToEnd({u"demo"_s, u"--creators"_s, u"5000"_s, u"--workspace"_s,
                       withCreators.pristine}),
             0);
    // Without creators: shortlists and a campaign only, so the import drops and rebuilds indexes.
    Scenario empty{u"without creators"_s, path(u"without-creators.tierscope"_s), {}, 0};
    {
        auto ws = Workspace::open(empty.pristine);
        QVERIFY2(ws, qPrintable(ws.error().message));
        QSqlQuery q((*ws)->database());
        QVERIFY(q.exec(u"INSERT INTO shortlists (name, brief, created_at, updated_at) VALUES "
                       "('Spring', 'vegan snacks, UK', '2026-01-01T00:00:00Z', "
                       "'2026-01-01T00:00:00Z')"_s));
    }
    m_scenarios << withCreators << empty;

    // The size of the import: 200,000 rows, unless this machine (a Debug or sanitizer build, a
    // busy CI runner) needs more than kTargetRunMs for that into the slower, indexed workspace;
    // then fewer, so that enough kills fit in the time budget. Measured with 20,000 rows.
    m_rows = envInt("TIERSCOPE_KILL_ROWS", 0);
    if (m_rows == 0) {
        constexpr int kProbeRows = 20'000;
        constexpr qint64 kTargetRunMs = 6'000;
        QVERIFY(writeImportFile(m_csv, kProbeRows));
        QVERIFY(resetWorkspace(withCreators));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runToEnd({u"import"_s, m_csv, u"--workspace"_s, m_work}), 0);
        const qint64 probeMs = std::max<qint64>(1, timer.elapsed());
        m_rows = int(std::clamp<qint64>(kProbeRows * kTargetRunMs / probeMs, kProbeRows, 200'000));
        qInfo("20,000 rows took %lld ms: the import has %d rows", probeMs, m_rows);
    }
    QVERIFY(writeImportFile(m_csv, m_rows));

    for (Scenario &s : m_scenarios) {
        const Db db(s.pristine);
        QVERIFY(db.isOpen());
        QCOMPARE(db.scalar(u"PRAGMA integrity_check"_s), u"ok"_s);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM creators WHERE handle LIKE 'killtest%'"_s), u"0"_s);
        s.fingerprint = fingerprint(db);
    }
}

bool TestFaultKillImport::resetWorkspace(const Scenario &s)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(m_work + suffix);
    return QFile::copy(s.pristine, m_work);
}

QString TestFaultKillImport::check(const Scenario &s, bool *imported)
{
    const Db db(m_work);
    if (!db.isOpen())
        return u"cannot open the workspace"_s;
    const QString integrity = db.scalar(u"PRAGMA integrity_check"_s);
    if (integrity != u"ok")
        return u"integrity_check: "_s + integrity;
    QSqlQuery fts(db.db());
    if (!fts.exec(u"INSERT INTO creators_fts(creators_fts) VALUES ('integrity-check')"_s))
        return u"search index: "_s + fts.lastError().text();
    const qint64 ours = db.scalar(u"SELECT count(*) FROM creators WHERE handle LIKE 'killtest%'"_s).toLongLong();
    if (ours != 0 && ours != m_rows)
        return u"%1 of the %2 imported rows are there: neither all nor none"_s.arg(ours).arg(m_rows);
    *imported = ours == m_rows;
    if (*imported) {
        const QString found = db.scalar(
            u"SELECT count(*) FROM creators_fts WHERE creators_fts MATCH 'killtest199 OR killtest0'"_s);
        if (found != u"2"_s)
            return u"the search index does not find the imported creators (%1)"_s.arg(found);
    }
    if (fingerprint(db) != s.fingerprint)
        return u"what the workspace held before the import changed"_s;
    return {};
}

void TestFaultKillImport::import_killedAtRandomPoints_leavesAllOrNothingAndEverythingBefore()
{
    const QStringList args = {u"import"_s, m_csv, u"--workspace"_s, m_work};

    // One complete run per scenario: it must import everything, and it times the kill window.
    for (Scenario &s : m_scenarios) {
        QVERIFY(resetWorkspace(s));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runToEnd(args), 0);
        s.fullRunMs = timer.elapsed();
        bool imported = false;
        const QString problem = check(s, &imported);
        QVERIFY2(problem.isEmpty(), qPrintable(s.name + u": "_s + problem));
        QVERIFY2(imported, qPrintable(s.name + u": the complete run did not import everything"_s));
        qInfo("%s: a complete import of %d rows took %lld ms", qPrintable(s.name), m_rows,
              s.fullRunMs);
    }

    const int wanted = envInt("TIERSCOPE_KILL_RUNS", 20);
    int killed = 0, none = 0, all = 0;
    QElapsedTimer loop;
    loop.start();
    for (int seed = 1; seed <= wanted && loop.elapsed() < kLoopBudgetMs; ++seed) {
        const Scenario &s = m_scenarios[seed % m_scenarios.size()];
        QVERIFY(resetWorkspace(s));
        QRandomGenerator rng{quint32(seed)};
        // Uniform over the whole run, start-up and commit included; a little past its end too.
        const int delayMs = int(rng.bounded(quint32(s.fullRunMs * 11 / 10 + 1)));

        QProcess p;
        p.setProgram(tierscopeBinary());
        p.setArguments(args);
        p.setProcessEnvironment(cliEnvironment());
        p.start();
        QVERIFY(p.waitForStarted());
        bool wasKilled = false;
        if (!p.waitForFinished(delayMs)) {
            p.kill(); // SIGKILL
            wasKilled = true;
            QVERIFY(p.waitForFinished(60'000));
        }
        if (wasKilled && p.exitStatus() == QProcess::NormalExit)
            wasKilled = false; // it finished in the same instant
        if (!wasKilled)
            QCOMPARE(p.exitCode(), 0);

        bool imported = false;
        const QString problem = check(s, &imported);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(u"seed %1 (%2, killed after %3 ms): %4"_s.arg(seed).arg(s.name).arg(delayMs).arg(problem)));
        killed += wasKilled;
        (imported ? all : none) += 1;
        qInfo("seed %2d: %-16s %s after %5d ms -> %s", seed, qPrintable(s.name),
              wasKilled ? "killed  " : "finished", delayMs, imported ? "all" : "none");
    }
    qInfo("%d kills in %lld ms; afterwards %d workspaces held none of the import, %d all of it",
          killed, loop.elapsed(), none, all);
    QVERIFY2(killed >= kMinimumKills,
             qPrintable(u"only %1 runs were killed before they finished"_s.arg(killed)));
    QVERIFY2(none > 0, "no kill came early enough to leave the import out");
}

QTEST_GUILESS_MAIN(TestFaultKillImport)
#include "tst_fault_kill_import.moc"
