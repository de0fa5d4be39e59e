// SPDX-License-Identifier: GPL-3.0-or-later
// The import bar of DESIGN.md §7: 1,000,000 creators × 15 columns from CSV until sortable and
// searchable, in at most 2× the time the sqlite3 shell needs for the same work in one run:
// ".import" into a plain table, then the workspace's creator indexes and search index.
//
//   bench_import [--rows N] [--dir DIR] [--csv FILE] [--skip-sqlite] [--skip-ours]
//
// The CSV is generated from the demo factory (realistic values, some non-Latin names and notes)
// with the workspace's column names in its header. The sqlite3 shell gets the workspace's
// pragmas (WAL, synchronous NORMAL, 32 MiB cache, temp store in memory), a plain table with the
// same columns and types, core/storage/schema.cpp's index statements and the same FTS5 table
// (external content) with 'rebuild'. Both runs read the same, freshly written file.
#include "core/demo/demo_creator_factory.h"
#include "core/io/creator_importer.h"
#include "core/io/csv_writer.h"
#include "core/storage/schema.h"
#include "core/storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace tierscope::core;

namespace {

QTextStream out(stdout);

// The file's columns, named as the workspace's columns (the fee in major units).
const char *const kColumns[] = {
    "platform",     "handle",          "display_name", "followers",     "avg_likes",
    "avg_views",    "engagement_rate", "niches",       "country",       "language",
    "authenticity", "sponsored_ratio", "fee",          "metrics_as_of", "notes",
};

QByteArray number(const std::optional<double> &v)
{
    return v ? QByteArray::number(*v, 'f', QLocale::FloatingPointShortest) : QByteArray();
}

void generate(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    CsvWriter csv(&file);
    for (const char *c : kColumns)
        csv.addField(QString::fromLatin1(c));
    csv.endRecord();
    DemoCreatorFactory factory;
    for (qint64 i = 0; i < rows; ++i) {
        const Creator c = factory.make(i);
        csv.addField(platformKey(c.platform));
        csv.addField(c.handle);
        csv.addField(c.displayName);
        csv.addNumber(c.followers ? QByteArray::number(*c.followers) : QByteArray());
        csv.addNumber(number(c.avgLikes));
        csv.addNumber(number(c.avgViews));
        csv.addNumber(c.erSource == ErSource::Reported ? number(c.engagementRate) : QByteArray());
        csv.addField(c.niches.join(QStringLiteral(", ")));
        csv.addField(c.country);
        csv.addField(c.language);
        csv.addNumber(number(c.authenticity));
        csv.addNumber(number(c.sponsoredRatio));
        csv.addNumber(c.fee ? c.fee->toDecimalString().toLatin1() : QByteArray());
        csv.addField(c.metricsAsOf.toString(Qt::ISODate));
        csv.addField(c.notes);
        csv.endRecord();
    }
    if (!csv.finish())
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(csv.errorString()));
}

// The workspace's FTS5 table, with its content read by rowid (the plain table has no id column;
// in the workspace, id is the rowid).
QString ftsStatement()
{
    for (const QString &sql : schema::migrationStep(1)) {
        if (sql.startsWith(QStringLiteral("CREATE VIRTUAL TABLE creators_fts"))) {
            QString s = sql;
            s.remove(QStringLiteral(" content_rowid='id',"));
            return s;
        }
    }
    qFatal("no creators_fts in the schema");
}

QString sqliteScript(const QString &csvPath)
{
    QStringList s = {
        QStringLiteral("PRAGMA journal_mode = WAL;"),
        QStringLiteral("PRAGMA synchronous = NORMAL;"),
        QStringLiteral("PRAGMA cache_size = -32768;"),
        QStringLiteral("PRAGMA temp_store = MEMORY;"),
        QStringLiteral("CREATE TABLE creators (platform TEXT, handle TEXT, display_name TEXT, "
                       "followers INTEGER, avg_likes REAL, avg_views REAL, engagement_rate REAL, "
                       "niches TEXT, country TEXT, language TEXT, authenticity REAL, "
                       "sponsored_ratio REAL, fee_minor INTEGER, metrics_as_of TEXT, notes TEXT);"),
        QStringLiteral(".import --csv --skip 1 '%1' creators").arg(csvPath),
        // The CPE index divides by what the ER is a share of (er_basis, not in the file): the
        // column costs nothing to add after the load.
        QStringLiteral("ALTER TABLE creators ADD COLUMN er_basis TEXT;"),
    };
    // The plain table has no id column (an index cannot name a bare rowid), so an index that
    // lists the id explicitly to keep its (key, id) order loses that column here.
    for (QString sql : schema::creatorIndexStatements())
        s << sql.replace(QStringLiteral(", id,"), QStringLiteral(",")) + u';';
    s << ftsStatement() + u';';
    s << QStringLiteral("INSERT INTO creators_fts(creators_fts) VALUES ('rebuild');");
    s << QStringLiteral("SELECT count(*) FROM creators;");
    return s.join(u'\n') + u'\n';
}

// CPU seconds of this process, or of its finished children.
double cpuSeconds(int who)
{
    rusage u {};
    getrusage(who, &u);
    const auto tv = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return tv(u.ru_utime) + tv(u.ru_stime);
}

double peakRssMb(int who)
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_maxrss) / 1024.0; // KiB on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import speed against the sqlite3 shell."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows to generate (default 1000000)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Where the files go (default: a temporary folder)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("csv"),
                      QStringLiteral("Use this file instead of generating one."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("skip-sqlite"), QStringLiteral("Only run our import.")});
    parser.addOption({QStringLiteral("skip-ours"), QStringLiteral("Only run the sqlite3 shell.")});
    parser.process(app);

    bool ok = false;
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong(&ok);
    if (!ok || rows < 1)
        qFatal("--rows takes a positive number");
    QTemporaryDir tmp;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : tmp.path();
    QDir().mkpath(dir);
    QString csvPath = parser.value(QStringLiteral("csv"));
    if (csvPath.isEmpty()) {
        csvPath = QDir(dir).filePath(QStringLiteral("creators.csv"));
        QElapsedTimer t;
        t.start();
        generate(csvPath, rows);
        out << QStringLiteral("generated %1 rows × %2 columns (%3 MB) in %4 s\n")
                   .arg(rows)
                   .arg(std::size(kColumns))
                   .arg(double(QFileInfo(csvPath).size()) / 1e6, 0, 'f', 1)
                   .arg(double(t.elapsed()) / 1000.0, 0, 'f', 2);
        out.flush();
    }

    double sqliteSeconds = 0;
    double sqliteCpu = 0;
    if (!parser.isSet(QStringLiteral("skip-sqlite"))) {
        const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite.isEmpty())
            qFatal("the sqlite3 shell is not on PATH");
        const QString dbPath = QDir(dir).filePath(QStringLiteral("plain.sqlite"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dbPath + suffix);
        const QString scriptPath = QDir(dir).filePath(QStringLiteral("import.sql"));
        {
            QFile script(scriptPath);
            if (!script.open(QIODevice::WriteOnly | QIODevice::Truncate))
                qFatal("cannot write %s", qPrintable(scriptPath));
            script.write(sqliteScript(csvPath).toUtf8());
        }
        QProcess p;
        p.setStandardInputFile(scriptPath);
        const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
        QElapsedTimer t;
        t.start();
        p.start(sqlite, {QStringLiteral("-batch"), QStringLiteral("-bail"), dbPath});
        p.waitForFinished(-1);
        sqliteSeconds = double(t.nsecsElapsed()) / 1e9;
        sqliteCpu = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
        const QString stdOut = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        const QString stdErr = QString::fromUtf8(p.readAllStandardError()).trimmed();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qFatal("sqlite3 failed: %s", qPrintable(stdErr));
        const qint64 imported = stdOut.split(u'\n').constLast().toLongLong();
        out << QStringLiteral(
                   "sqlite3 shell: .import + %1 indexes + FTS5 rebuild   %2 s wall, %3 s CPU"
                   "   (%4 rows, peak RSS %5 MB)\n")
                   .arg(schema::creatorIndexStatements().size())
                   .arg(sqliteSeconds, 0, 'f', 2)
                   .arg(sqliteCpu, 0, 'f', 2)
                   .arg(imported)
                   .arg(peakRssMb(RUSAGE_CHILDREN), 0, 'f', 0);
        out.flush();
    }

    double oursSeconds = 0;
    double oursCpu = 0;
    if (!parser.isSet(QStringLiteral("skip-ours"))) {
        const QString wsPath = QDir(dir).filePath(QStringLiteral("bench.tierscope"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(wsPath + suffix);
        const double rssBefore = peakRssMb(RUSAGE_SELF);
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        QElapsedTimer t;
        t.start();
        auto ws = Workspace::open(wsPath);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message));
        ImportOptions options;
        // When the last row went in: the rest is indexes, search index and commit.
        double loaded = 0;
        double loadedCpu = 0;
        options.progress = [&](const ImportProgress &) {
            loaded = double(t.nsecsElapsed()) / 1e9;
            loadedCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
            return true;
        };
        const auto report = CreatorImporter::run(ws.value()->database(), csvPath, options);
        oursSeconds = double(t.nsecsElapsed()) / 1e9;
        oursCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
        if (!report)
            qFatal("import failed: %s", qPrintable(report.error().message));
        out << QStringLiteral(
                   "tierscope import, until committed                   %1 s wall, %2 s CPU"
                   "   (rows in after %3 s, %4 s CPU; %5 new, %6 rejected, peak RSS %7 MB; "
                   "%8 MB before the import)\n")
                   .arg(oursSeconds, 0, 'f', 2)
                   .arg(oursCpu, 0, 'f', 2)
                   .arg(loaded, 0, 'f', 2)
                   .arg(loadedCpu, 0, 'f', 2)
                   .arg(report->inserted)
                   .arg(report->rejected)
                   .arg(peakRssMb(RUSAGE_SELF), 0, 'f', 0)
                   .arg(rssBefore, 0, 'f', 0);
        if (!report->rejectedRows.isEmpty())
            out << QStringLiteral("  first rejected: %1\n")
                       .arg(report->rejectedRows.constFirst().toString());
    }

    if (sqliteSeconds > 0 && oursSeconds > 0) {
        const double ratio = oursSeconds / sqliteSeconds;
        out << QStringLiteral(
                   "ratio %1 (bar ≤ 2.00): %2   (CPU ratio %3; on a busy machine it is the "
                   "steadier figure)\n")
                   .arg(ratio, 0, 'f', 2)
                   .arg(ratio <= 2.0 ? QStringLiteral("PASS") : QStringLiteral("FAIL"))
                   .arg(sqliteCpu > 0 ? oursCpu / sqliteCpu : 0.0, 0, 'f', 2);
    }
    return 0;
}
