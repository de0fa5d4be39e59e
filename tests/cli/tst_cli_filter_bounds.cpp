// SPDX-License-Identifier: GPL-3.0-or-later
// Filter bounds beyond the 64-bit range keep their meaning in `list`, `stats` and `export-csv`
// (before, "--min-followers 1e30" wrapped to −9.2 × 10^18 and matched everyone); negative
// values, NaN and infinity are usage errors.
#include "tests/cli/support/cli_run.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

// Five creators: four with known followers, three with a fee, one with nothing known.
const QByteArray kCreators = "platform,handle,followers,engagement_rate,fee\n"
                             "tiktok,small,1000,2%,$100\n"
                             "tiktok,medium,50000,5%,$5000\n"
                             "tiktok,large,2000000,1%,$90000\n"
                             "tiktok,huge,2000000000,0.5%,\n"
                             "tiktok,nobody,,,\n";

} // namespace

class TestCliFilterBounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(!tierscopeBinary().isEmpty(), "TIERSCOPE_BIN must name the binary");
        m_ws = m_dir.filePath(u"bounds.tierscope"_s);
        const QString csv = m_dir.filePath(u"creators.csv"_s);
        QVERIFY(writeFile(csv, kCreators));
        const Run r = runTierscope({u"import"_s, csv, u"--workspace"_s, m_ws});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(creatorCount(m_ws), 5);
    }

    void list_boundsBeyondTheRangeKeepTheirMeaning_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<int>("matches");
        QTest::addRow("min followers 1e30: no one") << QStringList{u"--min-followers"_s, u"1e30"_s} << 0;
        QTest::addRow("min followers 1e19: no one") << QStringList{u"--min-followers"_s, u"1e19"_s} << 0;
        QTest::addRow("max followers 1e30: every known count")
            << QStringList{u"--max-followers"_s, u"1e30"_s} << 4;
        QTest::addRow("max followers 1e12: the same")
            << QStringList{u"--max-followers"_s, u"1e12"_s} << 4;
        QTest::addRow("min fee 1e17: no one") << QStringList{u"--min-fee"_s, u"1e17"_s} << 0;
        QTest::addRow("max fee 1e17: everyone with a fee")
            << QStringList{u"--max-fee"_s, u"1e17"_s} << 3;
        QTest::addRow("max fee 1e300: everyone with a fee")
            << QStringList{u"--max-fee"_s, u"1e300"_s} << 3;
        QTest::addRow("min ER 150%%: no one") << QStringList{u"--min-er"_s, u"150%"_s} << 0;
        QTest::addRow("max ER 1e30%%: every known rate") << QStringList{u"--max-er"_s, u"1e30%"_s} << 4;
        QTest::addRow("min followers 50k, in range")
            << QStringList{u"--min-followers"_s, u"50k"_s} << 3;
    }
    void list_boundsBeyondTheRangeKeepTheirMeaning()
    {
        QFETCH(QStringList, filter);
        QFETCH(int, matches);
        const Run r = runTierscope(QStringList{u"list"_s, u"--workspace"_s, m_ws} + filter);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto m = QRegularExpression(u"(\\d+) of (\\d+) matching creators"_s).match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        QCOMPARE(m.captured(2).toInt(), matches);
        // stats and export-csv read the same filter.
        const Run stats = runTierscope(QStringList{u"stats"_s, u"--workspace"_s, m_ws} + filter);
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QVERIFY2(stats.out.contains(QStringLiteral("%1 creators matched").arg(matches)),
                 qPrintable(stats.out));
        const QString out = m_dir.filePath(u"export.csv"_s);
        const Run exported = runTierscope(
            QStringList{u"export-csv"_s, u"--workspace"_s, m_ws, u"-o"_s, out} + filter);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(readFile(out).count('\n'), matches + 1);
    }

    void list_refusesNegativeNanAndInfinity_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<QString>("words");
        QTest::addRow("negative followers") << QStringList{u"--min-followers"_s, u"-5"_s}
                                            << u"negative"_s;
        QTest::addRow("negative fee") << QStringList{u"--max-fee"_s, u"-1"_s} << u"negative"_s;
        QTest::addRow("NaN followers") << QStringList{u"--max-followers"_s, u"NaN"_s}
                                       << u"not a follower count"_s;
        QTest::addRow("inf followers") << QStringList{u"--min-followers"_s, u"inf"_s}
                                       << u"not a follower count"_s;
        QTest::addRow("1e400 followers") << QStringList{u"--min-followers"_s, u"1e400"_s}
                                         << u"not a follower count"_s;
        QTest::addRow("NaN fee") << QStringList{u"--min-fee"_s, u"nan"_s} << u"not an amount"_s;
        QTest::addRow("negative ER") << QStringList{u"--min-er"_s, u"-5%"_s} << u"rate"_s;
        QTest::addRow("infinite ER") << QStringList{u"--max-er"_s, u"infinity"_s} << u"rate"_s;
    }
    void list_refusesNegativeNanAndInfinity()
    {
        QFETCH(QStringList, filter);
        QFETCH(QString, words);
        for (const QString &verb : {u"list"_s, u"stats"_s}) {
            const Run r = runTierscope(QStringList{verb, u"--workspace"_s, m_ws} + filter);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(words) && r.err.contains(filter.first()), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
    }

    void help_documentsTheBounds()
    {
        const Run r = runTierscope({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"a minimum matches no one"_s), qPrintable(r.out));
        const Run list = runTierscope({u"list"_s, u"--help"_s});
        QVERIFY2(list.out.contains(u"1e30: no one"_s), qPrintable(list.out));
    }

private:
    QTemporaryDir m_dir;
    QString m_ws;
};

QTEST_GUILESS_MAIN(TestCliFilterBounds)
#include "tst_cli_filter_bounds.moc"
