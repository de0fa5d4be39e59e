// SPDX-License-Identifier: GPL-3.0-or-later
// `tierscope import` with files as real people write them: the number format is read from the
// file, an ambiguous column is named with the reading used, and the choice can be given.
#include "support/cli_run.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tierscope::test;
using namespace Qt::StringLiterals;

class TestCliImportFormats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString csv(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }
    QString listed(const QString &workspace)
    {
        return runTierscope({u"list"_s, u"--workspace"_s, workspace}).out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void import_germanFileReadAsMeant()
    {
        const QString ws = m_dir.filePath(u"de.tierscope"_s);
        const QString file = csv(u"de.csv"_s,
                                 "Plattform;Benutzername;Follower;Engagement-Rate;Honorar\n"
                                 "Instagram;anna.fit;12.300;12,5 %;1.200 €\n");
        const Run r = runTierscope({u"import"_s, file, u"--workspace"_s, ws});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains(u"ambiguous"), qPrintable(r.err));
        const QString out = listed(ws);
        QVERIFY2(out.contains(u"12,300"), qPrintable(out));
        QVERIFY2(out.contains(u"€1,200.00"), qPrintable(out)); // never €1.20
    }

    // "1.200 €" alone: the column is named, read by the locale (en_US in the tests), and the
    // user's choice reads it the other way.
    void import_ambiguousColumnIsNamedAndCanBeChosen_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("fee");
        QTest::addColumn<bool>("named");
        QTest::newRow("by the locale") << QStringList() << u"€1.20"_s << true;
        QTest::newRow("--decimal-comma")
            << QStringList {u"--decimal-comma"_s} << u"€1,200.00"_s << true;
        QTest::newRow("--decimal-point")
            << QStringList {u"--decimal-point"_s} << u"€1.20"_s << true;
    }
    void import_ambiguousColumnIsNamedAndCanBeChosen()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, fee);
        QFETCH(bool, named);
        const QString ws =
            m_dir.filePath(u"amb-%1.tierscope"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        const QString file =
            csv(u"amb.csv"_s, "platform,handle,followers,fee\ninstagram,anna,1000,1.200 €\n");
        const Run r = runTierscope(QStringList {u"import"_s, file, u"--workspace"_s, ws} + flags);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err.contains(u"ambiguous: column “fee”"), named);
        QVERIFY2(listed(ws).contains(fee), qPrintable(listed(ws)));
    }

    void import_bothDecimalFlagsIsAUsageError()
    {
        const QString file = csv(u"x.csv"_s, "platform,handle,followers\ninstagram,a,1\n");
        const Run r =
            runTierscope({u"import"_s, file, u"--workspace"_s, m_dir.filePath(u"b.tierscope"_s),
                          u"--decimal-comma"_s, u"--decimal-point"_s});
        QCOMPARE(r.exitCode, 2);
    }

    // One problem of the whole file is said once, with the fix, and exits 2.
    void import_noPlatformAnywhereIsOneUsageError()
    {
        QByteArray bytes = "handle,followers\n";
        for (int i = 0; i < 200; ++i)
            bytes += "c" + QByteArray::number(i) + ",1000\n";
        const QString ws = m_dir.filePath(u"np.tierscope"_s);
        const Run r = runTierscope({u"import"_s, csv(u"np.csv"_s, bytes), u"--workspace"_s, ws});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--platform"));
        QCOMPARE(r.err.count(u'\n'), 1);
        QCOMPARE(creatorCount(ws), qint64(0));
    }

    // Likes above followers and unreadable cells: every creator lands, and the output says so.
    void import_everyRowLandsAndTheOutputSaysWhatWasLeftUnknown()
    {
        const QString ws = m_dir.filePath(u"tt.tierscope"_s);
        const QString file = csv(u"tt.csv"_s,
                                 "platform,handle,followers,avg_likes,avg_comments\n"
                                 "tiktok,viral,1000,1500,NaN%\n"
                                 "tiktok,odd,abc,10,N/A\n"
                                 "tiktok,viral,1100,1600,20\n");
        const Run r = runTierscope({u"import"_s, file, u"--workspace"_s, ws});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(creatorCount(ws), qint64(2));
        QVERIFY2(r.out.contains(u"0 rejected"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"left unknown: line 3, column followers: “abc” is not a number."),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(u"2 values of column “avg_comments” read as unknown: NaN%, N/A"),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"line 4 repeats @viral from line 2"), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"more interactions than followers (real on video platforms), "
                                u"imported and flagged: 1."),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliImportFormats)
#include "tst_cli_import_formats.moc"
