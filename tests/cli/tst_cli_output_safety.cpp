// SPDX-License-Identifier: GPL-3.0-or-later
// No command writes its output file onto data: not onto the workspace or its -wal/-shm/-journal
// files (by any name: "./", "..", a symbolic or a hard link), not onto another database, not
// onto the file it reads, and never onto a pipe, a device or a folder. Each refusal exits 1 and
// leaves every file as it was; "-o -" writes text and CSV to standard output.
#include "tests/cli/support/cli_run.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kCreators = 40;

bool makeSymlink(const QString &target, const QString &name)
{
    return QFile::link(target, name);
}

bool makeHardLink(const QString &target, const QString &name)
{
    return ::link(QFile::encodeName(target).constData(), QFile::encodeName(name).constData()) == 0;
}

// The start of what the commands write: a CSV export, a PDF, an import report.
bool looksLikeOutput(const QByteArray &bytes)
{
    return bytes.startsWith("platform,") || bytes.startsWith("%PDF") || bytes.startsWith("rows read");
}

mode_t fileType(const QString &path)
{
    struct stat st{};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & S_IFMT) : 0;
}

} // namespace

class TestCliOutputSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void output_neverLandsOnTheWorkspaceOrADatabase_data();
    void output_neverLandsOnTheWorkspaceOrADatabase();
    void output_refusesPipesDevicesAndFolders_data();
    void output_refusesPipesDevicesAndFolders();
    void importReport_neverReplacesTheImportedFile();
    void output_replacesAnExistingRegularFile();
    void output_dashWritesTextToStandardOutput();
    void exportPdf_refusesStandardOutput();

private:
    // The command line that writes its output to `target`: an export or an import's report.
    QStringList commandWritingTo(const QString &verb, const QString &target) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_csv;
    QByteArray m_wsSha;
};

void TestCliOutputSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!tierscopeBinary().isEmpty(), "TIERSCOPE_BIN must name the binary");
    m_ws = path(u"w.tierscope"_s);
    const Run r = runTierscope({u"demo"_s, u"--creators"_s, QString::number(kCreators),
                                u"--workspace"_s, m_ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_csv = path(u"in.csv"_s);
    QVERIFY(writeFile(m_csv, "platform,handle,followers\ntiktok,new.one,1200\ntiktok,bad,-5\n"));
    QVERIFY(QDir(m_dir.path()).mkdir(u"sub"_s));
}

void TestCliOutputSafety::init()
{
    m_wsSha = sha(m_ws);
    QVERIFY(!m_wsSha.isEmpty());
}

QStringList TestCliOutputSafety::commandWritingTo(const QString &verb, const QString &target) const
{
    if (verb == u"export-csv")
        return {u"export-csv"_s, u"--workspace"_s, m_ws, u"-o"_s, target};
    if (verb == u"export-pdf")
        return {u"export-pdf"_s, u"--workspace"_s, m_ws, u"--campaign"_s, u"1"_s, u"-o"_s, target};
    return {u"import"_s, m_csv, u"--workspace"_s, m_ws, u"--report"_s, target};
}

void TestCliOutputSafety::output_neverLandsOnTheWorkspaceOrADatabase_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("target"); // a name in the test folder, made by the test
    for (const QString &verb : {u"export-csv"_s, u"export-pdf"_s, u"import-report"_s}) {
        for (const char *target : {"w.tierscope", "./w.tierscope", "sub/../w.tierscope",
                                   "w.tierscope-wal", "w.tierscope-shm", "w.tierscope-journal",
                                   "symlink", "hardlink", "dangling link to -journal",
                                   "other database", "link to the folder/w.tierscope"})
            QTest::addRow("%s onto %s", qPrintable(verb), target) << verb << QString::fromLatin1(target);
    }
}

void TestCliOutputSafety::output_neverLandsOnTheWorkspaceOrADatabase()
{
    QFETCH(QString, verb);
    QFETCH(QString, target);
    const QString unique = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
    QString out = path(target);
    QByteArray other;
    if (target == u"symlink") {
        out = path(unique);
        QVERIFY(makeSymlink(m_ws, out));
    } else if (target == u"hardlink") {
        out = path(unique);
        QVERIFY(makeHardLink(m_ws, out));
    } else if (target == u"dangling link to -journal") {
        out = path(unique);
        QVERIFY(makeSymlink(m_ws + u"-journal"_s, out));
    } else if (target == u"other database") {
        out = path(unique + u".tierscope"_s); // a second workspace, or a backup
        QVERIFY(QFile::copy(m_ws, out));
        other = sha(out);
    } else if (target.startsWith(u"link to the folder")) {
        const QString folder = path(u"folder-link-"_s + verb);
        QVERIFY(makeSymlink(m_dir.path(), folder));
        out = folder + u"/w.tierscope"_s;
    }
    const Run r = runTierscope(commandWritingTo(verb, out));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Nothing was written"_s)
                 && (r.err.contains(u"workspace"_s) || r.err.contains(u"SQLite database"_s)),
             qPrintable(r.err));
    QCOMPARE(sha(m_ws), m_wsSha);
    // No output anywhere near it: not as a side file (SQLite would read a -journal as its own),
    // not through a link.
    for (const QString &file :
         QStringList{out, m_ws + u"-wal"_s, m_ws + u"-shm"_s, m_ws + u"-journal"_s})
        QVERIFY2(!looksLikeOutput(readFile(file)), qPrintable(file));
    QVERIFY(!QFileInfo::exists(m_ws + u"-journal"_s));
    if (!other.isEmpty())
        QCOMPARE(sha(out), other);
    QCOMPARE(creatorCount(m_ws), kCreators); // the import did not run either
    QVERIFY(r.out.isEmpty());
}

void TestCliOutputSafety::output_refusesPipesDevicesAndFolders_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("kind");
    for (const QString &verb : {u"export-csv"_s, u"export-pdf"_s, u"import-report"_s}) {
        for (const char *kind : {"fifo", "device", "folder", "link to a fifo"})
            QTest::addRow("%s onto a %s", qPrintable(verb), kind) << verb << QString::fromLatin1(kind);
    }
}

void TestCliOutputSafety::output_refusesPipesDevicesAndFolders()
{
    QFETCH(QString, verb);
    QFETCH(QString, kind);
    const QString out = path(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
    mode_t type = S_IFIFO;
    if (kind == u"fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(out).constData(), 0600), 0);
    } else if (kind == u"link to a fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(out + u".fifo"_s).constData(), 0600), 0);
        QVERIFY(makeSymlink(out + u".fifo"_s, out));
        type = S_IFLNK;
    } else if (kind == u"device") {
        // A copy of /dev/null's node in the test folder (never the real /dev/full: as root the
        // old code renamed a regular file over it).
        if (::mknod(QFile::encodeName(out).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            QSKIP("mknod is not allowed here");
        type = S_IFCHR;
    } else {
        QVERIFY(QDir(m_dir.path()).mkdir(QFileInfo(out).fileName()));
        type = S_IFDIR;
    }
    const Run r = runTierscope(commandWritingTo(verb, out));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(kind == u"folder" ? u"is a folder"_s : u"not a regular file"_s),
             qPrintable(r.err));
    QCOMPARE(fileType(out), type); // still what it was, not replaced by a regular file
    if (kind == u"link to a fifo")
        QCOMPARE(fileType(out + u".fifo"_s), mode_t(S_IFIFO));
    QCOMPARE(sha(m_ws), m_wsSha);
    QCOMPARE(creatorCount(m_ws), kCreators);
}

void TestCliOutputSafety::importReport_neverReplacesTheImportedFile()
{
    const QByteArray before = readFile(m_csv);
    for (const QString &report : QStringList{m_csv, m_dir.path() + u"/./in.csv"_s}) {
        const Run r = runTierscope({u"import"_s, m_csv, u"--workspace"_s, m_ws, u"--report"_s,
                                    report});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"a file this command reads"_s), qPrintable(r.err));
        QCOMPARE(readFile(m_csv), before);
        QCOMPARE(creatorCount(m_ws), kCreators);
    }
}

void TestCliOutputSafety::output_replacesAnExistingRegularFile()
{
    const QString out = path(u"existing.csv"_s);
    QVERIFY(writeFile(out, "an older export\n"));
    Run r = runTierscope(commandWritingTo(u"export-csv"_s, out));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(readFile(out).startsWith("platform,handle,"));
    QCOMPARE(readFile(out).count('\n'), kCreators + 1);

    const QString pdf = path(u"existing.pdf"_s);
    QVERIFY(writeFile(pdf, "not yet a PDF\n"));
    r = runTierscope(commandWritingTo(u"export-pdf"_s, pdf));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(readFile(pdf).startsWith("%PDF-"));

    const QString copy = path(u"copy.tierscope"_s);
    QVERIFY(QFile::copy(m_ws, copy));
    const QString report = path(u"existing-report.txt"_s);
    QVERIFY(writeFile(report, "an older report\n"));
    r = runTierscope({u"import"_s, m_csv, u"--workspace"_s, copy, u"--report"_s, report});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(readFile(report).startsWith("rows read\t2\n"), readFile(report).constData());
}

void TestCliOutputSafety::output_dashWritesTextToStandardOutput()
{
    Run r = runTierscope(commandWritingTo(u"export-csv"_s, u"-"_s));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(u"platform,handle,"_s));
    QCOMPARE(r.out.count(u'\n'), kCreators + 1);
    QVERIFY2(r.err.contains(u"Exported 40 creators to standard output."_s), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(u"-"_s));

    const QString copy = path(u"dash-copy.tierscope"_s);
    QVERIFY(QFile::copy(m_ws, copy));
    r = runTierscope({u"import"_s, m_csv, u"--workspace"_s, copy, u"--report"_s, u"-"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"\nrows read\t2\n"_s), qPrintable(r.out));
}

void TestCliOutputSafety::exportPdf_refusesStandardOutput()
{
    const Run r = runTierscope(commandWritingTo(u"export-pdf"_s, u"-"_s));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"standard output"_s), qPrintable(r.err));
    QVERIFY(!r.out.startsWith(u"%PDF"_s));
}

QTEST_GUILESS_MAIN(TestCliOutputSafety)
#include "tst_cli_output_safety.moc"
