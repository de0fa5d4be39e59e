// SPDX-License-Identifier: GPL-3.0-or-later
// Wrong usage is refused, with exit code 2 and a message that names the problem, before anything
// is read or written: a stray argument (once silently ignored by list, stats, backup …), a file
// option whose value is missing or is the next option ("--workspace --asc" once opened a
// workspace named "--asc" and exited 1). And the advice for a UTF-16 file without a byte-order
// mark names the option that reads it.
#include "tests/cli/support/cli_run.h"

#include <QDir>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::test;
using namespace Qt::StringLiterals;

class TestCliStrictness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(!tierscopeBinary().isEmpty(), "TIERSCOPE_BIN must name the binary");
        m_ws = m_dir.filePath(u"strict.tierscope"_s);
        const Run r = runTierscope({u"demo"_s, u"--creators"_s, u"30"_s, u"--workspace"_s, m_ws});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_csv = m_dir.filePath(u"in.csv"_s);
        QVERIFY(writeFile(m_csv, "platform,handle,followers\ntiktok,new.one,1200\n"));
        m_results = m_dir.filePath(u"results.csv"_s);
        QVERIFY(writeFile(m_results, "handle,views\n@nobody,10\n"));
    }

    void init() { m_sha = sha(m_ws); }

    void verbs_refuseAStrayArgument_data()
    {
        QTest::addColumn<QStringList>("args"); // the workspace is added
        const QString out = m_dir.filePath(u"never.out"_s);
        QTest::addRow("list") << QStringList{u"list"_s, u"stray"_s};
        QTest::addRow("stats") << QStringList{u"stats"_s, u"stray"_s};
        QTest::addRow("backup") << QStringList{u"backup"_s, u"stray"_s};
        QTest::addRow("campaigns") << QStringList{u"campaigns"_s, u"stray"_s};
        QTest::addRow("demo") << QStringList{u"demo"_s, u"--creators"_s, u"5"_s, u"stray"_s};
        QTest::addRow("export-csv") << QStringList{u"export-csv"_s, u"-o"_s, out, u"stray"_s};
        QTest::addRow("export-pdf")
            << QStringList{u"export-pdf"_s, u"--campaign"_s, u"1"_s, u"-o"_s, out, u"stray"_s};
        QTest::addRow("import") << QStringList{u"import"_s, m_csv, u"stray"_s};
        QTest::addRow("restore") << QStringList{u"restore"_s, m_csv, u"stray"_s};
        QTest::addRow("campaign show") << QStringList{u"campaign"_s, u"show"_s, u"1"_s, u"stray"_s};
        QTest::addRow("campaign import-results")
            << QStringList{u"campaign"_s, u"import-results"_s, u"1"_s, m_results, u"stray"_s};
        QTest::addRow("list, stray between options")
            << QStringList{u"list"_s, u"--limit"_s, u"5"_s, u"stray"_s, u"--asc"_s};
    }
    void verbs_refuseAStrayArgument()
    {
        QFETCH(QStringList, args);
        const Run r = runTierscope(args + QStringList{u"--workspace"_s, m_ws});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"unexpected argument “stray”"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"QString::arg"_s), qPrintable(r.err)); // a well-formed message
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QCOMPARE(sha(m_ws), m_sha);
        QCOMPARE(creatorCount(m_ws), 30);
        QVERIFY(!QFile::exists(m_dir.filePath(u"never.out"_s)));
        QVERIFY(!QDir(m_ws + u".backups"_s).exists());
    }

    void fileOptions_needAFileName_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("option");
        QTest::addRow("--workspace last") << QStringList{u"list"_s, u"--workspace"_s}
                                          << u"--workspace"_s;
        QTest::addRow("--workspace --asc") << QStringList{u"list"_s, u"--workspace"_s, u"--asc"_s}
                                           << u"--workspace"_s;
        QTest::addRow("--workspace=") << QStringList{u"stats"_s, u"--workspace="_s}
                                      << u"--workspace"_s;
        QTest::addRow("backup --workspace --list")
            << QStringList{u"backup"_s, u"--workspace"_s, u"--help"_s} << u"--workspace"_s;
        QTest::addRow("campaign --workspace --help")
            << QStringList{u"campaign"_s, u"show"_s, u"1"_s, u"--workspace"_s, u"-x"_s}
            << u"--workspace"_s;
        QTest::addRow("-o --bom") << QStringList{u"export-csv"_s, u"--workspace"_s, m_ws, u"-o"_s,
                                                 u"--bom"_s}
                                  << u"-o"_s;
        QTest::addRow("--report --dry-run")
            << QStringList{u"import"_s, m_csv, u"--workspace"_s, m_ws, u"--report"_s,
                           u"--dry-run"_s}
            << u"--report"_s;
        QTest::addRow("--mapping=") << QStringList{u"import"_s, m_csv, u"--workspace"_s, m_ws,
                                                   u"--mapping="_s}
                                    << u"--mapping"_s;
    }
    void fileOptions_needAFileName()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, option);
        const Run r = runTierscope(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(option), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QCOMPARE(sha(m_ws), m_sha);
        QCOMPARE(creatorCount(m_ws), 30);
        for (const QString &name : {u"--asc"_s, u"--bom"_s, u"--dry-run"_s, u"-x"_s, u"--help"_s})
            QVERIFY(!QFile::exists(name));
    }

    void import_utf16WithoutByteOrderMarkNamesTheEncodingOption_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addRow("big endian") << u"utf-16be"_s;
        QTest::addRow("little endian") << u"utf-16le"_s;
    }
    void import_utf16WithoutByteOrderMarkNamesTheEncodingOption()
    {
        QFETCH(QString, encoding);
        const bool big = encoding == u"utf-16be";
        QStringEncoder encoder(big ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
        const QByteArray bytes =
            encoder.encode(u"platform,handle,followers\ntiktok,utf16.one,1200\n"_s);
        QVERIFY(bytes.at(0) == 0 || bytes.at(1) == 0); // no byte-order mark
        const QString csv = m_dir.filePath(encoding + u".csv"_s);
        QVERIFY(writeFile(csv, bytes));
        const QString ws = m_dir.filePath(encoding + u".tierscope"_s);

        Run r = runTierscope({u"import"_s, csv, u"--workspace"_s, ws});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--encoding %1").arg(encoding))
                     && r.err.contains(big ? u"big endian"_s : u"little endian"_s),
                 qPrintable(r.err));
        // The advice works.
        r = runTierscope({u"import"_s, csv, u"--workspace"_s, ws, u"--encoding"_s, encoding});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"1 new"_s), qPrintable(r.out));
        QCOMPARE(creatorCount(ws), 1);
    }

    void help_documentsEncodingsAndExitCodes()
    {
        const Run all = runTierscope({u"--help"_s});
        QCOMPARE(all.exitCode, 0);
        for (const QString &words : {u"utf-16be"_s, u"utf-16le"_s, u"windows-1252"_s,
                                     u"Exit codes"_s, u"2 wrong usage"_s})
            QVERIFY2(all.out.contains(words), qPrintable(words));
        const Run import = runTierscope({u"import"_s, u"--help"_s});
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(import.out.contains(u"utf-16be"_s) && import.out.contains(u"utf-16le"_s),
                 qPrintable(import.out));
        const Run bad = runTierscope({u"import"_s, m_csv, u"--workspace"_s, m_ws, u"--encoding"_s,
                                      u"ebcdic"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"utf-16be"_s), qPrintable(bad.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_ws;
    QString m_csv;
    QString m_results;
    QByteArray m_sha;
};

QTEST_GUILESS_MAIN(TestCliStrictness)
#include "tst_cli_strictness.moc"
