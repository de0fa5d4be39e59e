// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile CSV files through `tierscope import`, as someone might send them: a 1 GB single line,
// 100,000 columns, a field of 400,000 quotes, an unclosed quote, invalid UTF-8, NUL bytes, numbers
// beyond any range. Each ends with a clear message (or clear rejected rows), never a crash, in
// bounded memory (the peak resident size of the importer is measured), and a refused file leaves
// the workspace as it was.
// TIERSCOPE_HOSTILE_LINE_MB sets the size of the single line (default 1024).
#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"
#include "tests/cli/support/cli_run.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

using namespace tierscope::core;
using namespace Qt::StringLiterals;
using tierscope::test::creatorCount;
using tierscope::test::sha;
using tierscope::test::writeFile;

namespace {

// The importer's memory may not grow with the file: the reader holds one record of at most
// 16 MiB (CsvOptions) and 64 KiB chunks; the rest is the program itself.
constexpr long kMaxResidentKiB = 200 * 1024;

struct Run : tierscope::test::Run
{
    long peakKiB = 0; // the largest resident size of any child so far (getrusage)
};

Run runTierscope(const QStringList &args)
{
    const tierscope::test::Run run = tierscope::test::runTierscope(args, 600'000);
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return {run, usage.ru_maxrss};
}

} // namespace

class TestCliHostileCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void singleLineOfAGigabyte_isRefusedInBoundedMemory();
    void unclosedQuote_isRefusedNamingItsLine();
    void hundredThousandColumns_isRefused();
    void fieldOfQuotes_isReadAndTheRowRefused();
    void invalidUtf8AfterValidText_isRefusedNamingTheLine();
    void nulBytes_areRefusedAsBinary();
    void hugeNumbers_loseTheirCellsAndEveryCreatorGoesIn();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Imports the file into a copy of the sample workspace; checks that a refused import left
    // the copy byte-identical.
    Run importRefused(const QString &csv);

    QTemporaryDir m_dir;
    QString m_sample;
};

void TestCliHostileCsv::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariable("TIERSCOPE_BIN").isEmpty(), "TIERSCOPE_BIN must name the binary");
    m_sample = path(u"sample.tierscope"_s);
    const Run demo = runTierscope({u"demo"_s, u"--creators"_s, u"200"_s, u"--workspace"_s, m_sample});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

Run TestCliHostileCsv::importRefused(const QString &csv)
{
    const QString ws = path(QFileInfo(csv).completeBaseName() + u".tierscope"_s);
    QFile::remove(ws);
    if (!QFile::copy(m_sample, ws))
        return {};
    const QByteArray before = sha(ws);
    Run r = runTierscope({u"import"_s, csv, u"--workspace"_s, ws});
    if (sha(ws) != before) {
        r.exitCode = -2;
        r.err += u"\n(the workspace file changed)"_s;
    }
    return r;
}

void TestCliHostileCsv::singleLineOfAGigabyte_isRefusedInBoundedMemory()
{
    bool ok = false;
    const int mb = qEnvironmentVariableIntValue("TIERSCOPE_HOSTILE_LINE_MB", &ok);
    const qint64 bytes = qint64(ok && mb > 0 ? mb : 1024) * 1024 * 1024;
    const QString csv = path(u"one-line.csv"_s);
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write("platform,handle,followers\ntiktok,") > 0);
        const QByteArray chunk(4 * 1024 * 1024, 'a'); // streamed: never a gigabyte in memory
        for (qint64 written = 0; written < bytes; written += chunk.size())
            QVERIFY(f.write(chunk) == chunk.size());
    }
    const Run r = importRefused(csv);
    QFile::remove(csv);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"“one-line.csv”, line 2: a field is larger than 1 MiB."_s),
             qPrintable(r.err));
    qInfo("peak resident size of the importers so far: %ld KiB", r.peakKiB);
    QVERIFY2(r.peakKiB < kMaxResidentKiB, qPrintable(QString::number(r.peakKiB)));
}

void TestCliHostileCsv::unclosedQuote_isRefusedNamingItsLine()
{
    const QString csv = path(u"unclosed.csv"_s);
    QByteArray bytes = "platform,handle,followers\ntiktok,anna,100\ntiktok,\"ben,200\n";
    bytes += QByteArray(3 * 1024 * 1024, 'x'); // the rest of the file would go into one field
    QVERIFY(writeFile(csv, bytes));
    const Run r = importRefused(csv);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"line 3: a quoted field is larger than 1 MiB; is its closing quote "
                            "missing?"_s),
             qPrintable(r.err));
    QVERIFY(r.peakKiB < kMaxResidentKiB);
}

void TestCliHostileCsv::hundredThousandColumns_isRefused()
{
    const QString csv = path(u"columns.csv"_s);
    QByteArray header = "platform,handle,followers";
    for (int i = 0; i < 100'000; ++i)
        header += ",c" + QByteArray::number(i);
    QVERIFY(writeFile(csv, header + "\ntiktok,anna,100\n"));
    const Run r = importRefused(csv);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Line 1 has more than 10000 columns"_s), qPrintable(r.err));
}

void TestCliHostileCsv::fieldOfQuotes_isReadAndTheRowRefused()
{
    // "" pairs nested 200,000 deep in the handle cell: valid CSV, one field of 200,000 quotes.
    const QString csv = path(u"quotes.csv"_s);
    QByteArray bytes = "platform,handle,followers\ntiktok,\"";
    bytes += QByteArray(400'000, '"');
    bytes += "\",100\ntiktok,\"\"\"a\"\"\"\"b\"\"\",5\ntiktok,c\"d\"\"e,7\ntiktok,anna,9\n";
    QVERIFY(writeFile(csv, bytes));
    const QString ws = path(u"quotes.tierscope"_s);
    QVERIFY(QFile::copy(m_sample, ws));
    const Run r = runTierscope({u"import"_s, csv, u"--workspace"_s, ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Imported 4 rows"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"rejected: line 2, column handle: the handle is longer than"_s),
             qPrintable(r.out));
    QCOMPARE(creatorCount(ws), 200 + 3);
    auto opened = Workspace::open(ws, Workspace::Mode::ReadOnly);
    QVERIFY(opened);
    const CreatorRepository repo((*opened)->database());
    QVERIFY(repo.findByHandle(Platform::TikTok, u"\"a\"\"b\""_s)); // quotes kept as written
    QVERIFY(repo.findByHandle(Platform::TikTok, u"c\"d\"\"e"_s));  // a quote inside is a character
}

void TestCliHostileCsv::invalidUtf8AfterValidText_isRefusedNamingTheLine()
{
    const QString csv = path(u"mixed.csv"_s);
    QByteArray bytes = "platform,handle,followers\ntiktok,caf\xc3\xa9,10\n";
    // Far enough in that the encoding was settled as UTF-8 (TextDecoder looks at a window of
    // about one 64 KiB chunk from the first non-ASCII byte; within it, Windows-1252 is chosen).
    for (int i = 0; i < 20'000; ++i)
        bytes += "tiktok,user" + QByteArray::number(i) + ",100\n";
    bytes += "tiktok,bad\xff\xfe,5\n"; // line 20003
    QVERIFY(writeFile(csv, bytes));
    const Run r = importRefused(csv);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Line 20003 is not valid UTF-8, although the text before it is"_s),
             qPrintable(r.err));
}

void TestCliHostileCsv::nulBytes_areRefusedAsBinary()
{
    const QString csv = path(u"nul.csv"_s);
    QVERIFY(writeFile(csv, QByteArray("platform,handle,followers\ntiktok,an\0na,10\n", 42)));
    const Run r = importRefused(csv);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"This is not a text file: line 2 contains a NUL byte."_s),
             qPrintable(r.err));
}

// A number past any range costs its cell, never the creator, and never wraps.
void TestCliHostileCsv::hugeNumbers_loseTheirCellsAndEveryCreatorGoesIn()
{
    const QString csv = path(u"huge.csv"_s);
    QVERIFY(writeFile(csv, "platform,handle,followers,avg_likes,engagement_rate,fee\n"
                           "tiktok,a1,1e400,,,\n"
                           "tiktok,a2,99999999999999999999,,,\n"
                           "tiktok,a3,1000,1e400,,\n"
                           "tiktok,a4,1000,,1e400%,\n"
                           "tiktok,a5,1000,,,$1e400\n"
                           "tiktok,a6,1000,,,$99999999999999999999\n"
                           "tiktok,a7,-1e400,,,\n"
                           "tiktok,a8,1e-400,,,\n"
                           "tiktok,fine,1000,10,,$100\n"));
    const QString ws = path(u"huge.tierscope"_s);
    QVERIFY(QFile::copy(m_sample, ws));
    const Run r = runTierscope({u"import"_s, csv, u"--workspace"_s, ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Imported 9 rows"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"9 new, 0 updated, 0 skipped, 0 rejected."_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"8 cells could not be read"_s), qPrintable(r.out));
    for (int line = 2; line <= 9; ++line)
        QVERIFY2(r.out.contains(u"left unknown: line %1, column "_s.arg(line)), qPrintable(r.out));
    QCOMPARE(creatorCount(ws), 209);
}

QTEST_GUILESS_MAIN(TestCliHostileCsv)
#include "tst_cli_hostile_csv.moc"
