// SPDX-License-Identifier: GPL-3.0-or-later
// Names, handles, notes and cells reach the terminal with their control and bidirectional
// characters shown, never acted on: an ESC sequence does not recolour or clear the screen, a
// CR or LF does not overwrite a line or fake a table row, a right-to-left override does not
// reorder what follows. CSV files keep the data as it is.
#include "core/domain/campaign.h"
#include "core/domain/creator.h"
#include "core/domain/roster.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"
#include "tests/cli/support/cli_run.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::core;
using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

const QString kEsc = u"\x1b[2J\x1b]0;pwned\x07"_s; // clear the screen, retitle the window
const QString kRlo = u"\u202E"_s;                  // right-to-left override

// A fake row: what a line break in a name would print under the real ones.
const QString kFakeRow = u"\n@fake  Fake  TikTok  mega  99,000,000"_s;

// Everything a terminal would act on, as it could appear in the output (tabs separate the
// columns of an import report).
QString firstRawControl(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C)
            return QStringLiteral("U+%1").arg(uint(u), 4, 16, QChar(u'0'));
    }
    return {};
}

} // namespace

class TestCliTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void output_showsControlCharactersVisibly_data();
    void output_showsControlCharactersVisibly();
    void import_rejectionsAndReportShowControlCharactersVisibly();
    void exportCsv_keepsTheDataAsItIs();

private:
    QTemporaryDir m_dir;
    QString m_ws;
};

void TestCliTerminalText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!tierscopeBinary().isEmpty(), "TIERSCOPE_BIN must name the binary");
    m_ws = m_dir.filePath(u"hostile.tierscope"_s);
    auto ws = Workspace::open(m_ws);
    QVERIFY2(ws, qPrintable(ws.error().message));
    const QSqlDatabase db = (*ws)->database();
    CreatorRepository creators(db);
    QList<qint64> ids;
    const QStringList names = {u"Anna"_s + kEsc + u"Fit"_s, u"Ben\rOverwritten"_s,
                               u"Cara"_s + kFakeRow, u"Dan"_s + kRlo + u"evil"_s,
                               u"Eve\u009b31m\u2066"_s};
    for (int i = 0; i < names.size(); ++i) {
        Creator c;
        c.platform = Platform::TikTok;
        c.handle = QStringLiteral("h%1").arg(i) + (i == 3 ? kRlo + u"gnp"_s : QString());
        c.displayName = names[i];
        c.followers = 10'000 * (i + 1);
        c.country = i == 2 ? u"D\nE"_s : u"DE"_s;
        c.notes = u"note"_s + kEsc;
        const auto id = creators.insert(c);
        QVERIFY2(id, qPrintable(id.error().message));
        ids << *id;
    }
    Campaign campaign;
    campaign.name = u"Spring"_s + kEsc + u"\nSale"_s;
    campaign.brand = u"Brand"_s + kRlo;
    campaign.keyMessage = u"line one\nKey message  forged"_s;
    campaign.notes = u"notes\x1b[31m"_s;
    campaign.budget = Money(100'000, u"USD"_s);
    campaign.targets.niches = {u"fit\rness"_s};
    CampaignRepository campaigns(db);
    const auto campaignId = campaigns.create(campaign);
    QVERIFY2(campaignId, qPrintable(campaignId.error().message));
    for (const qint64 id : ids) {
        RosterEntry e;
        e.campaignId = *campaignId;
        e.creatorId = id;
        const auto entry = campaigns.addEntry(e);
        QVERIFY2(entry, qPrintable(entry.error().message));
    }
}

void TestCliTerminalText::output_showsControlCharactersVisibly_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("lines"); // lines of stdout: none may be faked by the data
    QTest::addRow("list") << QStringList{u"list"_s} << 1 + 5 + 1;
    QTest::addRow("list, sorted by name") << QStringList{u"list"_s, u"--sort"_s, u"name"_s}
                                          << 1 + 5 + 1;
    QTest::addRow("campaigns") << QStringList{u"campaigns"_s} << 1 + 1 + 1;
    QTest::addRow("campaign show") << QStringList{u"campaign"_s, u"show"_s, u"1"_s} << -1;
    QTest::addRow("stats") << QStringList{u"stats"_s} << -1;
    QTest::addRow("unknown shortlist named with ESC")
        << QStringList{u"export-csv"_s, u"--shortlist"_s, u"x"_s + kEsc, u"-o"_s,
                       u"/nonexistent/x.csv"_s}
        << 0;
}

void TestCliTerminalText::output_showsControlCharactersVisibly()
{
    QFETCH(QStringList, args);
    QFETCH(int, lines);
    const Run r = runTierscope(args + QStringList{u"--workspace"_s, m_ws});
    QVERIFY2(r.exitCode != -1, "crashed");
    QVERIFY2(firstRawControl(r.out).isEmpty(), qPrintable(firstRawControl(r.out) + u'\n' + r.out));
    QVERIFY2(firstRawControl(r.err).isEmpty(), qPrintable(firstRawControl(r.err) + u'\n' + r.err));
    if (lines >= 0)
        QCOMPARE(r.out.count(u'\n'), lines);
    QVERIFY(!r.out.contains(u"\n@fake"_s));
    const QString all = r.out + r.err;
    if (args.first() == u"list") {
        QVERIFY2(all.contains(u"Anna\\x1b[2J\\x1b]0;pwned\\x07Fit"_s), qPrintable(all));
        QVERIFY(all.contains(u"Ben\\rOverwritten"_s));
        QVERIFY(all.contains(u"Cara\\n@fake"_s));
        QVERIFY(all.contains(u"@h3<U+202E>gnp"_s));
        QVERIFY(all.contains(u"Eve\\x9b31m<U+2066>"_s));
        QVERIFY(all.contains(u"D\\nE"_s));
    } else if (args.first() == u"campaigns") {
        QVERIFY2(all.contains(u"Spring\\x1b[2J\\x1b]0;pwned\\x07\\nSale"_s), qPrintable(all));
        QVERIFY(all.contains(u"Brand<U+202E>"_s));
    } else if (args.first() == u"campaign") {
        QVERIFY2(all.contains(u"Spring\\x1b[2J\\x1b]0;pwned\\x07\\nSale (campaign 1)"_s),
                 qPrintable(all));
        QVERIFY(all.contains(u"line one\\nKey message  forged"_s));
        QVERIFY(all.contains(u"notes\\x1b[31m"_s));
        QVERIFY(all.contains(u"fit\\rness"_s));
        QVERIFY(all.contains(u"@h3<U+202E>gnp"_s));
    } else if (args.first() == u"export-csv") {
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(all.contains(u"“x\\x1b[2J\\x1b]0;pwned\\x07”"_s), qPrintable(all));
    }
}

void TestCliTerminalText::import_rejectionsAndReportShowControlCharactersVisibly()
{
    // Unknown platforms reject their rows; the reason quotes the cell.
    const QString csv = m_dir.filePath(u"hostile.csv"_s);
    QVERIFY(writeFile(csv, "platform,handle,followers\n"
                           "tiktok,good,1000\n"
                           "\"\x1b[2Jtiktok\",bad1,1000\n"
                           "\"tok\n@fake  rejected: forged\",bad2,1000\n"
                           "\"\xE2\x80\xAE" "kotkit\",bad3,1000\n"));
    const QString copy = m_dir.filePath(u"import.tierscope"_s);
    QVERIFY(QFile::copy(m_ws, copy));
    const Run r = runTierscope({u"import"_s, csv, u"--workspace"_s, copy, u"--report"_s, u"-"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(firstRawControl(r.out).isEmpty(), qPrintable(r.out));
    QVERIFY2(firstRawControl(r.err).isEmpty(), qPrintable(r.err));
    // Each rejected row on one line, on screen and in the report (twice each).
    QCOMPARE(r.out.count(u"\\x1b[2Jtiktok"_s), 2);
    QCOMPARE(r.out.count(u"tok\\n@fake  rejected: forged"_s), 2);
    QCOMPARE(r.out.count(u"<U+202E>kotkit"_s), 2);
    for (const QString &line : r.out.split(u'\n'))
        QVERIFY2(!line.startsWith(u"@fake"_s), qPrintable(line));
}

void TestCliTerminalText::exportCsv_keepsTheDataAsItIs()
{
    const QString out = m_dir.filePath(u"hostile-export.csv"_s);
    const Run r = runTierscope({u"export-csv"_s, u"--workspace"_s, m_ws, u"-o"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString csv = QString::fromUtf8(readFile(out));
    QVERIFY(csv.contains(u"Anna"_s + kEsc + u"Fit"_s));
    QVERIFY(csv.contains(u"h3"_s + kRlo + u"gnp"_s));
    QVERIFY(csv.contains(u"\"Cara"_s + kFakeRow.left(6)));
    // Standard output is the same data.
    const Run dash = runTierscope({u"export-csv"_s, u"--workspace"_s, m_ws, u"-o"_s, u"-"_s});
    QVERIFY2(dash.exitCode == 0, qPrintable(dash.err));
    QCOMPARE(dash.out, csv);
}

QTEST_GUILESS_MAIN(TestCliTerminalText)
#include "tst_cli_terminal_text.moc"
