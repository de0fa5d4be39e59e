// SPDX-License-Identifier: GPL-3.0-or-later
// `tierscope export-pdf` as a user runs it: the real binary on a demo workspace, the PDF read
// back with poppler's pdftotext / pdfinfo and checked against what core computes.
#include "core/campaigns/campaign_plan_loader.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/workspace.h"
#include "tests/cli/support/cli_run.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::core;
using namespace Qt::StringLiterals;
using tierscope::test::Run;

namespace {

constexpr int kTimeoutMs = 180'000; // for tierscope and the poppler tools alike

Run run(const QString &program, const QStringList &args)
{
    return tierscope::test::runProgram(program, args, kTimeoutMs);
}

Run runTierscope(const QStringList &args)
{
    return tierscope::test::runTierscope(args, kTimeoutMs);
}

// pdftotext's text of the whole file, whitespace collapsed (table cells wrap).
QString pdfText(const QString &pdf)
{
    const Run r = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    return r.exitCode == 0 ? r.out.simplified() : QString();
}

} // namespace

class TestCliExportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void campaign_pdfHoldsNameEveryHandleAndBudgetTotal();
    void campaign_paperIsExactlyA4OrLetter_data();
    void campaign_paperIsExactlyA4OrLetter();
    void campaign_byIdEqualsByName();
    void unknownCampaign_exitsOneAndWritesNothing();
    void badPaper_exitsTwoAndWritesNothing();
    void badUsage_exitsTwo_data();
    void badUsage_exitsTwo();
    void compare_writesTheComparedHandles();

private:
    QString pdfPath(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_ws;
    CampaignPlan m_plan;
};

void TestCliExportPdf::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariable("TIERSCOPE_BIN").isEmpty(),
             "TIERSCOPE_BIN must name the binary");
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
        || QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed");
    m_ws = m_dir.filePath(u"pdf.tierscope"_s);
    const Run r = runTierscope({u"demo"_s, u"--creators"_s, u"3000"_s, u"--workspace"_s, m_ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    auto ws = Workspace::open(m_ws, Workspace::Mode::ReadOnly);
    QVERIFY(ws);
    const auto campaign
        = CampaignRepository((*ws)->database()).findByNameOrId(u"Spring Launch 2027"_s);
    QVERIFY(campaign);
    const auto plan = loadCampaignPlan((*ws)->database(), campaign->id);
    QVERIFY(plan);
    m_plan = *plan;
    QVERIFY(m_plan.roster.size() >= 5);
}

void TestCliExportPdf::campaign_pdfHoldsNameEveryHandleAndBudgetTotal()
{
    const QString pdf = pdfPath(u"plan.pdf"_s);
    const Run r = runTierscope({u"export-pdf"_s, u"--workspace"_s, m_ws, u"--campaign"_s,
                             u"Spring Launch 2027"_s, u"-o"_s, pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(pdf));
    QVERIFY(r.out.contains(pdf));

    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(u"Spring Launch 2027"_s));
    QVERIFY(text.contains(m_plan.campaign.brand));
    for (const RosterEntry &e : m_plan.roster) {
        const Creator *c = m_plan.creatorOf(e);
        QVERIFY(c);
        QVERIFY2(text.contains(u'@' + c->handle), qPrintable(c->handle));
    }
    const QString budget
        = m_plan.campaign.budget.format(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(text.contains(budget), qPrintable(budget));
    QVERIFY(text.contains(u"Page 1 of"_s));
    QVERIFY(text.contains(u"How these numbers are computed"_s));

    // Fonts are embedded.
    const Run fonts = run(u"pdffonts"_s, {pdf});
    QCOMPARE(fonts.exitCode, 0);
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(line.contains(u" yes "_s), qPrintable(line)); // emb column
}

void TestCliExportPdf::campaign_paperIsExactlyA4OrLetter_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("size");
    QTest::newRow("a4") << u"a4"_s << u"595 x 842 pts (A4)"_s;
    QTest::newRow("letter") << u"letter"_s << u"612 x 792 pts (letter)"_s;
    QTest::newRow("Letter") << u"Letter"_s << u"612 x 792 pts (letter)"_s;
}

void TestCliExportPdf::campaign_paperIsExactlyA4OrLetter()
{
    QFETCH(QString, paper);
    QFETCH(QString, size);
    const QString pdf = pdfPath(u"paper-"_s + paper + u".pdf"_s);
    const Run r = runTierscope({u"export-pdf"_s, u"--workspace"_s, m_ws, u"--campaign"_s,
                             u"Holiday Glow 2026"_s, u"--paper"_s, paper, u"-o"_s, pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Run info = run(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"1000"_s, pdf});
    QCOMPARE(info.exitCode, 0);
    int pages = 0;
    for (const QString &line : info.out.split(u'\n')) {
        if (line.startsWith(u"Page") && line.contains(u"size:"_s)) {
            ++pages;
            QVERIFY2(line.contains(size), qPrintable(line));
        }
    }
    QVERIFY(pages >= 2);
}

void TestCliExportPdf::campaign_byIdEqualsByName()
{
    const QString byName = pdfPath(u"by-name.pdf"_s);
    const QString byId = pdfPath(u"by-id.pdf"_s);
    QCOMPARE(runTierscope({u"export-pdf"_s, u"--workspace"_s, m_ws, u"--campaign"_s,
                        u"Spring Launch 2027"_s, u"-o"_s, byName})
                 .exitCode,
             0);
    QCOMPARE(runTierscope({u"export-pdf"_s, u"--workspace"_s, m_ws, u"--campaign"_s,
                        QString::number(m_plan.campaign.id), u"-o"_s, byId})
                 .exitCode,
             0);
    QCOMPARE(pdfText(byId), pdfText(byName));
}

void TestCliExportPdf::unknownCampaign_exitsOneAndWritesNothing()
{
    const QString pdf = pdfPath(u"unknown.pdf"_s);
    const Run r = runTierscope({u"export-pdf"_s, u"--workspace"_s, m_ws, u"--campaign"_s,
                             u"No Such Campaign"_s, u"-o"_s, pdf});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"No Such Campaign"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));

    // An existing file of that name is left as it was.
    {
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    QCOMPARE(runTierscope({u"export-pdf"_s, u"--workspace"_s, m_ws, u"--campaign"_s,
                        u"No Such Campaign"_s, u"-o"_s, pdf})
                 .exitCode,
             1);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
    // No temporary file is left beside it either.
    QCOMPARE(QDir(m_dir.path()).entryList({u"unknown.pdf*"_s}, QDir::Files | QDir::Hidden),
             QStringList{u"unknown.pdf"_s});
}

void TestCliExportPdf::badPaper_exitsTwoAndWritesNothing()
{
    const QString pdf = pdfPath(u"bad-paper.pdf"_s);
    const Run r = runTierscope({u"export-pdf"_s, u"--workspace"_s, m_ws, u"--campaign"_s,
                             u"Spring Launch 2027"_s, u"--paper"_s, u"a5"_s, u"-o"_s, pdf});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"a5"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));
}

void TestCliExportPdf::badUsage_exitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no document") << QStringList{u"-o"_s, u"x.pdf"_s};
    QTest::newRow("two documents") << QStringList{u"--campaign"_s, u"1"_s, u"--shortlist"_s,
                                                  u"a"_s, u"-o"_s, u"x.pdf"_s};
    QTest::newRow("no output") << QStringList{u"--campaign"_s, u"1"_s};
    QTest::newRow("one creator to compare") << QStringList{u"--compare"_s, u"1"_s, u"-o"_s,
                                                           u"x.pdf"_s};
    QTest::newRow("bad id") << QStringList{u"--compare"_s, u"1,abc"_s, u"-o"_s, u"x.pdf"_s};
}

void TestCliExportPdf::badUsage_exitsTwo()
{
    QFETCH(QStringList, args);
    const Run r = runTierscope(QStringList{u"export-pdf"_s, u"--workspace"_s, m_ws} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCliExportPdf::compare_writesTheComparedHandles()
{
    QList<qint64> ids;
    QStringList handles;
    for (const RosterEntry &e : m_plan.roster) {
        if (ids.size() == 3)
            break;
        ids << e.creatorId;
        handles << u'@' + m_plan.creatorOf(e)->handle;
    }
    const QString pdf = pdfPath(u"compare.pdf"_s);
    const Run r = runTierscope({u"export-pdf"_s, u"--workspace"_s, m_ws, u"--compare"_s,
                             u"%1,%2,%3"_s.arg(ids[0]).arg(ids[1]).arg(ids[2]), u"-o"_s, pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = pdfText(pdf);
    for (const QString &h : handles)
        QVERIFY2(text.contains(h), qPrintable(h));
    QVERIFY(text.contains(u"Engagement rate"_s));

    const Run missing = runTierscope({u"export-pdf"_s, u"--workspace"_s, m_ws, u"--compare"_s,
                                   u"%1,999999999"_s.arg(ids[0]), u"-o"_s,
                                   pdfPath(u"missing.pdf"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFile::exists(pdfPath(u"missing.pdf"_s)));
}

QTEST_GUILESS_MAIN(TestCliExportPdf)
#include "tst_cli_export_pdf.moc"
