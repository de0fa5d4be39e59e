// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace holding counts and amounts no real campaign has (2^63-1 followers, 2^62 views,
// likes, fees and revenue), written directly with SQL as another program could, bypassing every
// import and editor: `tierscope campaign show` prints every total either exactly or as "too
// large to compute", never a wrapped, negative figure; the plan PDF is written too.
#include "tests/cli/support/cli_run.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCampaign = u"Holiday Glow 2026"_s; // the demo campaign with published results
const QString kOfCampaign = u"(SELECT id FROM campaigns WHERE name = 'Holiday Glow 2026')"_s;


// The lines of `text` that carry totals: the roster's, budget's, forecast's and results' sums.
QStringList totalLines(const QString &text)
{
    QStringList out;
    static const QStringList labels = {u"total"_s, u"planned"_s, u"committed"_s, u"paid"_s,
                                       u"remaining"_s};
    for (const QString &line : text.split(u'\n')) {
        const QString word = line.trimmed().section(u' ', 0, 0);
        if (labels.contains(word))
            out << line;
    }
    return out;
}

// A negative amount or count in a line, leaving out percentages (an ROI may be a loss).
bool hasNegativeFigure(const QString &line)
{
    QString rest = line;
    rest.remove(QRegularExpression(u"[-−]?[\\d.,]+%"_s));
    return rest.contains(QRegularExpression(u"[-−]\\s*(US)?[$€£]?\\s*\\d"_s));
}

} // namespace

class TestCliHugeNumbers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void campaignShow_totalsAreExactOrTooLarge_data();
    void campaignShow_totalsAreExactOrTooLarge();

private:
    QTemporaryDir m_dir;
    int m_run = 0;
};

void TestCliHugeNumbers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!tierscopeBinary().isEmpty());
    QVERIFY(m_dir.isValid());
}

void TestCliHugeNumbers::campaignShow_totalsAreExactOrTooLarge_data()
{
    const QString creators =
        u"UPDATE creators SET followers = 9223372036854775807, avg_views = NULL WHERE id IN "
        "(SELECT creator_id FROM roster_entries WHERE campaign_id = %1)"_s.arg(kOfCampaign);
    const QString deliverables =
        u"UPDATE deliverables SET views = 4611686018427387904, likes = 4611686018427387904, "
        "comments = 9223372036854775807 WHERE status = 'published' AND roster_entry_id IN "
        "(SELECT id FROM roster_entries WHERE campaign_id = %1)"_s.arg(kOfCampaign);
    const QString fees = u"UPDATE roster_entries SET fee_minor = 4611686018427387904 WHERE "
                         "campaign_id = %1"_s.arg(kOfCampaign);
    const QString revenue =
        u"UPDATE deliverables SET revenue_minor = 4611686018427387904 WHERE status = 'published' "
        "AND roster_entry_id IN (SELECT id FROM roster_entries WHERE campaign_id = %1)"_s
            .arg(kOfCampaign);
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("followers 2^63-1") << QStringList{creators};
    QTest::newRow("views and likes 2^62, comments 2^63-1") << QStringList{deliverables};
    QTest::newRow("fees 2^62") << QStringList{fees};
    QTest::newRow("revenue 2^62") << QStringList{revenue};
    QTest::newRow("all of them") << QStringList{creators, deliverables, fees, revenue};
}

void TestCliHugeNumbers::campaignShow_totalsAreExactOrTooLarge()
{
    QFETCH(QStringList, statements);
    const QString ws = m_dir.filePath(u"huge%1.tierscope"_s.arg(++m_run));
    const Run demo = runTierscope({u"demo"_s, u"--creators"_s, u"200"_s, u"--workspace"_s, ws});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY(runSqlOnFile(ws, statements));

    const Run r = runTierscope({u"campaign"_s, u"show"_s, kCampaign, u"--workspace"_s, ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"too large to compute"_s), qPrintable(r.out));
    const QStringList totals = totalLines(r.out);
    QVERIFY2(totals.size() >= 6, qPrintable(r.out)); // budget lines, forecast and results totals
    for (const QString &line : totals)
        QVERIFY2(!hasNegativeFigure(line), qPrintable(line));
    // No wrapped value anywhere: a figure of 19 digits is one.
    QVERIFY2(!r.out.contains(QRegularExpression(u"[-−]9,223,372,036,854,775,80[78]"_s)),
             qPrintable(r.out));

    const QString pdf = m_dir.filePath(u"huge%1.pdf"_s.arg(m_run));
    const Run exported = runTierscope(
        {u"export-pdf"_s, u"--campaign"_s, kCampaign, u"-o"_s, pdf, u"--workspace"_s, ws});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(readFile(pdf).startsWith("%PDF"));
}

QTEST_MAIN(TestCliHugeNumbers)
#include "tst_cli_huge_numbers.moc"
