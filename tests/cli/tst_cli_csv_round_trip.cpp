// SPDX-License-Identifier: GPL-3.0-or-later
// What the product writes, it reads back: a note of the longest a workspace takes
// (metric_limits.h, 100,000 characters) that starts with "=" is exported with the formula guard
// ("'=…") and must import again unchanged, in any script. (The reader's 1 MiB field limit no
// longer counts the guard either: tst_csv_guard_limit.)
#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"
#include "core/domain/metric_limits.h"
#include "core/io/csv_options.h"
#include "tests/cli/support/cli_run.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tierscope::core;
using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

// The notes of the TikTok creator with this handle, as stored ("" when there is none).
QString notesOf(const QString &workspace, const QString &handle)
{
    auto ws = Workspace::open(workspace, Workspace::Mode::ReadOnly);
    if (!ws)
        return {};
    const auto c = CreatorRepository((*ws)->database()).findByHandle(Platform::TikTok, handle);
    return c ? c->notes : QString();
}

} // namespace

class TestCliCsvRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(!tierscopeBinary().isEmpty(), "TIERSCOPE_BIN must name the binary");
    }

    void noteOfTheLimit_startingWithEquals_roundTrips_data()
    {
        QTest::addColumn<QString>("note");
        const qsizetype limit = limits::kMaxTextChars;
        QTest::addRow("ASCII, =") << u'=' + QString(limit - 1, u'x');
        QTest::addRow("3-byte characters, -") << u'-' + QString(limit - 1, QChar(0x20AC));
        QTest::addRow("with quotes and a line break, +")
            << u"+\"quoted\"\r\nnext line "_s + QString(limit - 21, u'y');
        QTest::addRow("already guarded in the source, '=") << u"'="_s + QString(limit - 1, u'z');
    }
    void noteOfTheLimit_startingWithEquals_roundTrips()
    {
        QFETCH(QString, note);
        QVERIFY(note.toUtf8().size() <= CsvOptions().maxFieldBytes);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).left(5);
        // 1. A file as a user has it: the note unguarded (the import keeps "=…" as text) …
        const QString source = m_dir.filePath(tag + u"-source.csv"_s);
        QByteArray field = note.toUtf8();
        field.replace('"', "\"\"");
        QVERIFY(writeFile(source,
                          "platform,handle,followers,notes\ntiktok,anna,1000,\"" + field + "\"\n"));
        const QString first = m_dir.filePath(tag + u"-first.tierscope"_s);
        Run r = runTierscope({u"import"_s, source, u"--workspace"_s, first});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        // (a note written "'=…" in the source is unguarded by the import, as it reads exports)
        const QString stored = notesOf(first, u"anna"_s);
        QCOMPARE(stored.size(), note.startsWith(u"'="_s) ? note.size() - 1 : note.size());

        // 2. … exported behind the guard …
        const QString exported = m_dir.filePath(tag + u"-export.csv"_s);
        r = runTierscope({u"export-csv"_s, u"--workspace"_s, first, u"-o"_s, exported});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray guarded = QByteArray("'") + stored.left(1).toUtf8();
        QVERIFY(readFile(exported).contains(guarded));

        // 3. … and imported again: the same note.
        const QString second = m_dir.filePath(tag + u"-second.tierscope"_s);
        r = runTierscope({u"import"_s, exported, u"--workspace"_s, second});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(u"1 new"_s), qPrintable(r.out));
        QCOMPARE(notesOf(second, u"anna"_s), stored);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliCsvRoundTrip)
#include "tst_cli_csv_round_trip.moc"
