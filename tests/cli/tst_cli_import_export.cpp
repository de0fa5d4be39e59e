// SPDX-License-Identifier: GPL-3.0-or-later
// `tierscope import` and `tierscope export-csv` as a user runs them: the real binary, real files.
#include "core/domain/creator.h"
#include "core/domain/tier_scheme.h"
#include "core/io/csv_reader.h"
#include "core/storage/creator_repository.h"
#include "core/storage/shortlist_repository.h"
#include "core/storage/workspace.h"
#include "tests/cli/support/cli_run.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::core;
using namespace Qt::StringLiterals;
using tierscope::test::creatorCount;
using tierscope::test::readFile;
using tierscope::test::Run;
using tierscope::test::writeFile;

namespace {

Run runTierscope(const QStringList &args)
{
    return tierscope::test::runTierscope(args, 300'000);
}

// Five good rows, then `bad` rows with a negative follower count.
QByteArray fileWithRejections(int bad)
{
    QByteArray bytes = "platform,handle,followers\n";
    for (int i = 0; i < 5; ++i)
        bytes += "tiktok,good" + QByteArray::number(i) + ",1000\n";
    // Rows that cannot be a creator (no handle); a bad number would only cost its cell.
    for (int i = 0; i < bad; ++i)
        bytes += "tiktok,,-" + QByteArray::number(i + 1) + '\n';
    return bytes;
}

// The records of a CSV file, header first.
QList<QStringList> csvLines(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    QList<QStringList> out;
    while (reader.readNext(record))
        out << record.toStringList();
    return out;
}

} // namespace

class TestCliImportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help_listsExportCsv();
    void import_printsCountsAndTheFirstTwentyRejections();
    void import_reportFileHoldsEveryRejection();
    void import_dryRunWritesNothing();
    void import_onDuplicateSkipAndSavedMapping();
    void import_withoutHandleColumn_failsSayingWhatToDo();
    void import_unreadableFile_fails();
    void import_everyRowRejected_failsNonZero();
    void export_filtersSelectCreators();
    void export_shortlistInItsOrder();
    void export_unknownShortlist_failsAndWritesNoFile();
    void export_unwritablePath_fails();
    void export_usageErrors();
    void export_withBomImportsBackEveryCreator();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_demo; // a demo workspace with sample shortlists
};

void TestCliImportExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariable("TIERSCOPE_BIN").isEmpty(),
             "TIERSCOPE_BIN must name the binary");
    m_demo = path(u"demo.tierscope"_s);
    const Run r = runTierscope({u"demo"_s, u"--creators"_s, u"600"_s, u"--workspace"_s, m_demo});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliImportExport::help_listsExportCsv()
{
    const Run r = runTierscope({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"  export-csv"_s));
    QVERIFY(r.out.contains(u"  import FILE"_s));
}

void TestCliImportExport::import_printsCountsAndTheFirstTwentyRejections()
{
    const QString ws = path(u"counts.tierscope"_s);
    const QString csv = path(u"counts.csv"_s);
    QVERIFY(writeFile(csv, fileWithRejections(30)));
    const Run r = runTierscope({u"import"_s, csv, u"--workspace"_s, ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // completed, rejected rows and all
    QVERIFY2(r.out.contains(u"Imported 35 rows"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"5 new, 0 updated, 0 skipped, 30 rejected."_s), qPrintable(r.out));
    const QStringList shown = r.out.split(u'\n').filter(u"  rejected: "_s);
    QCOMPARE(shown.size(), 20);
    QCOMPARE(shown.constFirst(), u"  rejected: line 7, column handle: the handle is missing"_s);
    QCOMPARE(shown.constLast(), u"  rejected: line 26, column handle: the handle is missing"_s);
    QVERIFY2(r.out.contains(u"… 10 more rejected rows (use --report FILE to see them all)."_s),
             qPrintable(r.out));
    QCOMPARE(creatorCount(ws), 5);
}

void TestCliImportExport::import_reportFileHoldsEveryRejection()
{
    const QString ws = path(u"report.tierscope"_s);
    const QString csv = path(u"report.csv"_s);
    const QString report = path(u"report.txt"_s);
    QVERIFY(writeFile(csv, fileWithRejections(30)));
    const Run r = runTierscope({u"import"_s, csv, u"--workspace"_s, ws, u"--report"_s, report});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"10 more rejected rows in the report file"_s), qPrintable(r.out));
    const QString text = QString::fromUtf8(readFile(report));
    QVERIFY(text.startsWith(u"rows read\t35\nnew\t5\nupdated\t0\nskipped\t0\nrejected\t30\n"_s));
    const QStringList lines = text.split(u'\n').filter(QRegularExpression(u"^rejected\tline"_s));
    QCOMPARE(lines.size(), 30);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(lines[i], u"rejected\tline %1, column handle: the handle is missing"_s.arg(i + 7));
}

void TestCliImportExport::import_dryRunWritesNothing()
{
    const QString ws = path(u"dry.tierscope"_s);
    const QString csv = path(u"dry.csv"_s);
    QVERIFY(writeFile(csv, fileWithRejections(3)));
    QCOMPARE(runTierscope({u"import"_s, csv, u"--workspace"_s, ws}).exitCode, 0);
    const QString more = path(u"dry-more.csv"_s);
    QVERIFY(writeFile(more, "platform,handle,followers\ntiktok,good0,2000\ntiktok,fresh,10\n"));
    const Run r = runTierscope({u"import"_s, more, u"--workspace"_s, ws, u"--dry-run"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"dry run, nothing written"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"1 new, 1 updated, 0 skipped, 0 rejected."_s), qPrintable(r.out));
    QCOMPARE(creatorCount(ws), 5);
    auto opened = Workspace::open(ws, Workspace::Mode::ReadOnly);
    QVERIFY(opened);
    QCOMPARE(CreatorRepository((*opened)->database())
                 .findByHandle(Platform::TikTok, u"good0"_s)
                 ->followers,
             std::optional<qint64>(1000));
}

void TestCliImportExport::import_onDuplicateSkipAndSavedMapping()
{
    const QString ws = path(u"skip.tierscope"_s);
    const QString csv = path(u"skip.csv"_s);
    QVERIFY(writeFile(csv, "Acct,Reach\nanna,1.2k\nben,2k\n"));
    const QString mapping = path(u"mapping.json"_s);
    QVERIFY(writeFile(mapping, R"({"format": "tierscope-column-mapping", "version": 1,
        "columns": [{"header": "Acct", "field": "handle"}, {"header": "Reach", "field": "followers"}]})"));
    Run r = runTierscope({u"import"_s, csv, u"--workspace"_s, ws, u"--mapping"_s, mapping,
                          u"--platform"_s, u"instagram"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(u"2 new"_s), qPrintable(r.out));
    QVERIFY(writeFile(csv, "Acct,Reach\nanna,9k\ncarla,3k\n"));
    r = runTierscope({u"import"_s, csv, u"--workspace"_s, ws, u"--mapping"_s, mapping,
                      u"--platform"_s, u"instagram"_s, u"--on-duplicate"_s, u"skip"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"1 new, 0 updated, 1 skipped, 0 rejected."_s), qPrintable(r.out));
    auto opened = Workspace::open(ws, Workspace::Mode::ReadOnly);
    QVERIFY(opened);
    QCOMPARE(CreatorRepository((*opened)->database())
                 .findByHandle(Platform::Instagram, u"anna"_s)
                 ->followers,
             std::optional<qint64>(1200));
    r = runTierscope({u"import"_s, csv, u"--workspace"_s, ws, u"--on-duplicate"_s, u"merge"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"--on-duplicate takes update or skip"_s));
}

void TestCliImportExport::import_withoutHandleColumn_failsSayingWhatToDo()
{
    const QString ws = path(u"nohandle.tierscope"_s);
    const QString csv = path(u"nohandle.csv"_s);
    QVERIFY(writeFile(csv, "name,followers\nAnna,100\n"));
    const Run r = runTierscope({u"import"_s, csv, u"--workspace"_s, ws});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"no handle column"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Name one in the header or map a column to Handle"_s),
             qPrintable(r.err));
    QVERIFY(!r.out.contains(u"Imported"_s));
}

void TestCliImportExport::import_unreadableFile_fails()
{
    const Run missing = runTierscope(
        {u"import"_s, path(u"missing.csv"_s), u"--workspace"_s, path(u"unreadable.tierscope"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"is not a file"_s), qPrintable(missing.err));
    const QString xlsx = path(u"sheet.csv"_s);
    QVERIFY(writeFile(xlsx, QByteArray("PK\x03\x04", 4) + QByteArray(200, 'x')));
    const Run zip =
        runTierscope({u"import"_s, xlsx, u"--workspace"_s, path(u"unreadable.tierscope"_s)});
    QCOMPARE(zip.exitCode, 1);
    QVERIFY2(zip.err.contains(u"save the sheet as CSV"_s), qPrintable(zip.err));
    const Run none = runTierscope({u"import"_s, u"--workspace"_s, path(u"unreadable.tierscope"_s)});
    QCOMPARE(none.exitCode, 2);
}

void TestCliImportExport::import_everyRowRejected_failsNonZero()
{
    const QString ws = path(u"allbad.tierscope"_s);
    const QString csv = path(u"allbad.csv"_s);
    // Rows that cannot be creators: no handle, a platform Tierscope does not know.
    QVERIFY(writeFile(csv, "platform,handle,followers\ntiktok,,1\nmyspace,b,2\n"));
    const Run r = runTierscope({u"import"_s, csv, u"--workspace"_s, ws});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"no row could be imported"_s), qPrintable(r.err));
    QCOMPARE(r.out.split(u'\n').filter(u"  rejected: "_s).size(), 2);
}

void TestCliImportExport::export_filtersSelectCreators()
{
    const QString out = path(u"filtered.csv"_s);
    const Run r = runTierscope({u"export-csv"_s, u"--workspace"_s, m_demo, u"--platform"_s,
                                u"tiktok"_s, u"--min-followers"_s, u"10k"_s, u"-o"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    auto ws = Workspace::open(m_demo, Workspace::Mode::ReadOnly);
    QVERIFY(ws);
    CreatorFilter f;
    f.platforms = {Platform::TikTok};
    f.minFollowers = 10'000;
    const auto expected = CreatorRepository((*ws)->database()).count(f, TierScheme::defaults());
    QVERIFY(expected && *expected > 0);
    QVERIFY2(r.out.contains(u"Exported %1 creators to "_s.arg(*expected)), qPrintable(r.out));
    const QByteArray bytes = readFile(out);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no BOM unless asked
    const QList<QStringList> lines = csvLines(bytes);
    QCOMPARE(lines.size(), *expected + 1);
    QCOMPARE(lines[0].mid(0, 4),
             (QStringList {u"platform"_s, u"handle"_s, u"display_name"_s, u"followers"_s}));
    for (qsizetype i = 1; i < lines.size(); ++i)
        QCOMPARE(lines[i][0], u"tiktok"_s);
}

void TestCliImportExport::export_shortlistInItsOrder()
{
    QString name;
    QStringList handles;
    {
        auto ws = Workspace::open(m_demo, Workspace::Mode::ReadOnly);
        QVERIFY(ws);
        const ShortlistRepository lists((*ws)->database());
        const auto all = lists.list();
        QVERIFY(all && !all->isEmpty());
        name = all->constFirst().name;
        const auto entries = lists.entries(all->constFirst().id);
        QVERIFY(entries && !entries->isEmpty());
        const CreatorRepository repo((*ws)->database());
        for (const ShortlistEntry &e : *entries)
            handles << repo.get(e.creatorId)->handle;
    }
    const QString out = path(u"shortlist.csv"_s);
    const Run r = runTierscope({u"export-csv"_s, u"--workspace"_s, m_demo, u"--shortlist"_s,
                                name.toUpper(), u"-o"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"of the shortlist “%1”"_s.arg(name)), qPrintable(r.out));
    const QList<QStringList> lines = csvLines(readFile(out));
    QCOMPARE(lines[0].mid(0, 5),
             (QStringList {u"shortlist_position"_s, u"shortlist_verdict"_s, u"shortlist_note"_s,
                           u"platform"_s, u"handle"_s}));
    QStringList exported;
    for (qsizetype i = 1; i < lines.size(); ++i)
        exported << lines[i][4];
    QCOMPARE(exported, handles);

    const Run both =
        runTierscope({u"export-csv"_s, u"--workspace"_s, m_demo, u"--shortlist"_s, name,
                      u"--platform"_s, u"tiktok"_s, u"-o"_s, path(u"both.csv"_s)});
    QCOMPARE(both.exitCode, 2);
    QVERIFY(!QFile::exists(path(u"both.csv"_s)));
}

void TestCliImportExport::export_unknownShortlist_failsAndWritesNoFile()
{
    QDir().mkpath(path(u"nofile"_s));
    const QString out = path(u"nofile/x.csv"_s);
    const Run r = runTierscope({u"export-csv"_s, u"--workspace"_s, m_demo, u"--shortlist"_s,
                                u"No such list"_s, u"-o"_s, out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"there is no shortlist “No such list”"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Its shortlists: "_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(QDir(path(u"nofile"_s)).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void TestCliImportExport::export_unwritablePath_fails()
{
    const QString out = path(u"no/such/folder/x.csv"_s);
    const Run r = runTierscope({u"export-csv"_s, u"--workspace"_s, m_demo, u"-o"_s, out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"cannot write"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    const Run dir =
        runTierscope({u"export-csv"_s, u"--workspace"_s, m_demo, u"-o"_s, m_dir.path()});
    QCOMPARE(dir.exitCode, 1);
}

void TestCliImportExport::export_usageErrors()
{
    const Run noOutput = runTierscope({u"export-csv"_s, u"--workspace"_s, m_demo});
    QCOMPARE(noOutput.exitCode, 2);
    QVERIFY(noOutput.err.contains(u"-o FILE"_s));
    const Run badFilter = runTierscope({u"export-csv"_s, u"--workspace"_s, m_demo, u"--min-er"_s,
                                        u"abc"_s, u"-o"_s, path(u"bad.csv"_s)});
    QCOMPARE(badFilter.exitCode, 2);
    QVERIFY(!QFile::exists(path(u"bad.csv"_s)));
}

void TestCliImportExport::export_withBomImportsBackEveryCreator()
{
    const QString out = path(u"all.csv"_s);
    Run r = runTierscope({u"export-csv"_s, u"--workspace"_s, m_demo, u"--bom"_s, u"-o"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(readFile(out).startsWith("\xEF\xBB\xBF"));
    const QString target = path(u"copy.tierscope"_s);
    r = runTierscope({u"import"_s, out, u"--workspace"_s, target});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"600 new, 0 updated, 0 skipped, 0 rejected."_s), qPrintable(r.out));
    QCOMPARE(creatorCount(target), 600);
    // The copy exports to the same bytes.
    const QString again = path(u"again.csv"_s);
    r = runTierscope({u"export-csv"_s, u"--workspace"_s, target, u"--bom"_s, u"-o"_s, again});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(readFile(again), readFile(out));
}

QTEST_GUILESS_MAIN(TestCliImportExport)
#include "tst_cli_import_export.moc"
