// SPDX-License-Identifier: GPL-3.0-or-later
// `list` and `stats` say which ER basis their rates are on (docs/ENGAGEMENT.md), `list` marks a
// creator with a data-quality flag and --hide-flagged leaves such creators out.
#include "tests/cli/support/cli_run.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

// "viral" has more likes than followers: flagged, its ER by views (3,000 / 50,000 = 6 %).
const QByteArray kCreators = "platform,handle,followers,avg_likes,avg_views\n"
                             "tiktok,viral,1000,3000,50000\n"
                             "tiktok,steady,20000,1000,10000\n"
                             "instagram,photos,20000,1000,\n";

} // namespace

class TestCliErBasis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws;

    QString lineOf(const QString &out, const QString &handle)
    {
        const QStringList lines = out.split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(u'@' + handle + u' '))
                return line;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(!tierscopeBinary().isEmpty(), "TIERSCOPE_BIN must name the binary");
        m_ws = m_dir.filePath(u"basis.tierscope"_s);
        const QString csv = m_dir.filePath(u"creators.csv"_s);
        QVERIFY(writeFile(csv, kCreators));
        const Run r = runTierscope({u"import"_s, csv, u"--workspace"_s, m_ws});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(creatorCount(m_ws), 3);
    }

    void list_marksFlaggedCreatorsAndSaysTheBasis()
    {
        const Run r = runTierscope({u"list"_s, u"--workspace"_s, m_ws});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(lineOf(r.out, u"viral"_s).contains(u"6.00%"_s), qPrintable(r.out));
        QVERIFY2(lineOf(r.out, u"viral"_s).contains(u"⚑"_s), qPrintable(r.out));
        QVERIFY2(lineOf(r.out, u"steady"_s).contains(u"10.00%"_s), qPrintable(r.out)); // by views
        QVERIFY(!lineOf(r.out, u"steady"_s).contains(u"⚑"_s));
        QVERIFY2(lineOf(r.out, u"photos"_s).contains(u"5.00%"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"ER Instagram by followers; TikTok, YouTube by views"_s),
                 qPrintable(r.out));
    }

    void list_hideFlaggedLeavesThemOut()
    {
        const Run r = runTierscope({u"list"_s, u"--workspace"_s, m_ws, u"--hide-flagged"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(lineOf(r.out, u"viral"_s).isEmpty());
        QVERIFY(!lineOf(r.out, u"steady"_s).isEmpty());
        QVERIFY2(r.out.contains(u"2 of 2 matching creators shown"_s), qPrintable(r.out));
    }

    void stats_saysTheBasisOfThePlatformsShown()
    {
        const Run r = runTierscope({u"stats"_s, u"--workspace"_s, m_ws, u"--platform"_s,
                                    u"tiktok"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"ER TikTok by views"_s), qPrintable(r.out));
        // Micro's ER is by views: its benchmark by views (5.5 %) is shown.
        QVERIFY2(r.out.contains(u"5.5% views"_s), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliErBasis)
#include "tst_cli_er_basis.moc"
