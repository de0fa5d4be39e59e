// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user runs it: the real binary, a real workspace file.
#include "core/storage/creator_repository.h"
#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"
#include "tests/cli/support/cli_run.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::core;
using namespace tierscope::test;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version_printsVersion();
    void help_listsVerbs();
    void unknownVerb_exitsWithUsageError();
    void demo_writesRequestedCreatorsAndSampleProjects();
    void demo_refusesNonEmptyWorkspace();
    void list_microWithMinErSortedByErDescending();
    void list_rejectsBadValuesWithMessage();
    void list_searchFindsHandles();
    void stats_printsEveryTier();
    void foreignFile_refusedAndLeftUntouched();

private:
    QTemporaryDir m_dir;
    QString m_ws;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariable("TIERSCOPE_BIN").isEmpty(), "TIERSCOPE_BIN must name the binary");
    m_ws = m_dir.filePath(QStringLiteral("cli.tierscope"));
    const Run r = runTierscope({QStringLiteral("demo"), QStringLiteral("--creators"),
                             QStringLiteral("3000"), QStringLiteral("--workspace"), m_ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCli::version_printsVersion()
{
    const Run r = runTierscope({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("tierscope " TIERSCOPE_VERSION));
}

void TestCli::help_listsVerbs()
{
    const Run r = runTierscope({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *verb : {"demo", "list", "stats"})
        QVERIFY2(r.out.contains(QLatin1String("  ") + QLatin1String(verb)), verb);
}

void TestCli::unknownVerb_exitsWithUsageError()
{
    const Run r = runTierscope({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("unknown command")));
    QVERIFY(r.out.isEmpty());
}

void TestCli::demo_writesRequestedCreatorsAndSampleProjects()
{
    auto ws = Workspace::open(m_ws, Workspace::Mode::ReadOnly);
    QVERIFY2(ws, qPrintable(ws.error().message));
    const auto total = CreatorRepository((*ws)->database()).totalCount();
    QVERIFY(total);
    QCOMPARE(*total, 3000);
}

void TestCli::demo_refusesNonEmptyWorkspace()
{
    const QByteArray before = sha(m_ws);
    const Run r = runTierscope({QStringLiteral("demo"), QStringLiteral("--creators"),
                             QStringLiteral("10"), QStringLiteral("--workspace"), m_ws});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("already has 3,000 creators")));
    QCOMPARE(sha(m_ws), before);
}

void TestCli::list_microWithMinErSortedByErDescending()
{
    const Run r = runTierscope({QStringLiteral("list"), QStringLiteral("--workspace"), m_ws,
                             QStringLiteral("--tier"), QStringLiteral("micro"),
                             QStringLiteral("--min-er"), QStringLiteral("0.05"),
                             QStringLiteral("--sort"), QStringLiteral("er"),
                             QStringLiteral("--limit"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7); // header, five rows, summary
    QVERIFY(lines[0].startsWith(QStringLiteral("handle")));
    const QRegularExpression row(QStringLiteral(
        R"(^@(\S+)\s+.*\s(Instagram|TikTok|YouTube)\s+(\w+)\s+([\d,]+)\s+([\d.]+)%)"));
    double previous = 1.0;
    for (int i = 1; i <= 5; ++i) {
        const auto m = row.match(lines[i]);
        QVERIFY2(m.hasMatch(), qPrintable(lines[i]));
        QCOMPARE(m.captured(3), QStringLiteral("Micro"));
        const qint64 followers = m.captured(4).remove(u',').toLongLong();
        QVERIFY(followers >= 10'000 && followers < 100'000);
        const double er = m.captured(5).toDouble() / 100.0;
        QVERIFY(er >= 0.05);
        QVERIFY(er <= previous + 1e-9);
        previous = er;
    }

    // The rows are exactly the top five of the repository query.
    auto ws = Workspace::open(m_ws, Workspace::Mode::ReadOnly);
    QVERIFY(ws);
    CreatorFilter f;
    f.tiers = {Tier::Micro};
    f.minEngagementRate = 0.05;
    const auto page = CreatorRepository((*ws)->database())
                          .page(f, TierScheme::defaults(),
                                {CreatorSortColumn::EngagementRate, true}, 0, 5);
    QVERIFY(page);
    for (int i = 0; i < 5; ++i)
        QVERIFY(lines[i + 1].startsWith(u'@' + page->rows[i].handle + u' '));
    QVERIFY(lines[6].contains(QStringLiteral("5 of ")));
}

void TestCli::list_rejectsBadValuesWithMessage()
{
    const QList<std::pair<QStringList, QString>> cases = {
        {{QStringLiteral("--tier"), QStringLiteral("giga")}, QStringLiteral("--tier “giga”")},
        {{QStringLiteral("--min-er"), QStringLiteral("abc")}, QStringLiteral("--min-er “abc”")},
        // (150% is a bound no one reaches, not an error: tst_cli_filter_bounds)
        {{QStringLiteral("--min-er"), QStringLiteral("-5%")}, QStringLiteral("--min-er “-5%”")},
        {{QStringLiteral("--platform"), QStringLiteral("myspace")}, QStringLiteral("--platform")},
        {{QStringLiteral("--sort"), QStringLiteral("shoe-size")}, QStringLiteral("cannot sort")},
        {{QStringLiteral("--limit"), QStringLiteral("0")}, QStringLiteral("--limit")},
    };
    for (const auto &[args, message] : cases) {
        const Run r = runTierscope(QStringList{QStringLiteral("list"), QStringLiteral("--workspace"), m_ws}
                                + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
}

void TestCli::list_searchFindsHandles()
{
    auto ws = Workspace::open(m_ws, Workspace::Mode::ReadOnly);
    QVERIFY(ws);
    const auto some = CreatorRepository((*ws)->database())
                          .page({}, TierScheme::defaults(), {CreatorSortColumn::Id, false}, 42, 1);
    QVERIFY(some && some->rows.size() == 1);
    const QString handle = some->rows.first().handle;
    const Run r = runTierscope({QStringLiteral("list"), QStringLiteral("--workspace"), m_ws,
                             QStringLiteral("--search"), handle});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u'@' + handle + u' '), qPrintable(r.out));
}

void TestCli::stats_printsEveryTier()
{
    const Run r = runTierscope({QStringLiteral("stats"), QStringLiteral("--workspace"), m_ws});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    qint64 sum = 0;
    for (const char *tier : {"Emerging", "Nano", "Micro", "Macro", "Mega"}) {
        const QRegularExpression line(QLatin1String("\\n") + QLatin1String(tier)
                                      + QStringLiteral(R"(\s+([\d,]+)\s)"));
        const auto m = line.match(r.out);
        QVERIFY2(m.hasMatch(), tier);
        sum += m.captured(1).remove(u',').toLongLong();
    }
    QCOMPARE(sum, 3000);
    QVERIFY(r.out.contains(QStringLiteral("3,000 creators matched")));
}

void TestCli::foreignFile_refusedAndLeftUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.tierscope"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("handle,followers\nanna,1000\n");
    }
    const QByteArray before = sha(path);
    const Run r = runTierscope({QStringLiteral("list"), QStringLiteral("--workspace"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not a Tierscope workspace")), qPrintable(r.err));
    QCOMPARE(sha(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
