// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export: RFC 4180 writing, formula-injection guard, filters and shortlists, and the round
// trip: what is exported imports back into a fresh workspace field for field.
#include "core/io/creator_csv_exporter.h"
#include "core/io/creator_importer.h"
#include "core/io/csv_reader.h"
#include "core/io/csv_writer.h"
#include "core/io/formula_guard.h"
#include "core/storage/creator_repository.h"
#include "core/storage/shortlist_repository.h"
#include "core/storage/workspace.h"
#include "tests/core/support/test_workspace.h"

#include <QBuffer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tierscope::core;
using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    QList<QStringList> rows;
    while (reader.readNext(record))
        rows << record.toStringList();
    if (reader.hasError())
        qWarning().noquote() << "CSV error:" << reader.error().message;
    return rows;
}

QList<Creator> allCreators(const QSqlDatabase &db)
{
    const auto page =
        CreatorRepository(db).page({}, TierScheme(), {CreatorSortColumn::Id, false}, 0, 1'000'000);
    return page ? page->rows : QList<Creator>();
}

// Creators that try everything a CSV file or a spreadsheet can trip over.
QList<Creator> hostileCreators()
{
    QList<Creator> out;
    const auto add = [&out](Platform p, const QString &handle,
                            std::optional<qint64> followers) -> Creator & {
        Creator c;
        c.platform = p;
        c.handle = handle;
        c.followers = followers;
        c.source = u"hand-made"_s;
        out << c;
        return out.last();
    };
    {
        Creator &c = add(Platform::Instagram, u"quote.man"_s, 12'345);
        c.displayName = u"Say \"hi\", then\nleave; now\ttab"_s;
        c.notes = u"  spaces around  "_s;
        c.avgLikes = 0.1 + 0.2; // 0.30000000000000004
        c.avgComments = 1e-7;
        c.niches = {u"home/garden"_s};
        c.extra = {{u"Agency"_s, u"Nordlicht, GmbH"_s}, {u"=danger"_s, u"=1+1"_s}};
    }
    {
        // The largest counts a workspace takes (core/domain/metric_limits.h).
        Creator &c = add(Platform::TikTok, u"=cmd"_s, 100'000'000'000);
        c.displayName = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
        c.notes = u"=1+2"_s;
        c.email = u"@weird@example.com"_s;
        c.source = u"+SUM(A1:A9)"_s;
        c.avgViews = 1e13;
        c.avgLikes = 123456.789;
        c.engagementRate = 0.1 + 0.2;
        c.erSource = ErSource::Reported;
        c.niches = {u"a;b"_s};
        c.extra = {{u"notes"_s, u"an extra field named notes"_s}, {u"emoji 🍜"_s, u"✓"_s}};
    }
    {
        Creator &c = add(Platform::YouTube, u"none"_s, 500); // reads as "unknown" unless marked
        c.displayName = u"-5"_s;
        c.notes = u"line1\r\nline2\nline3\rline4"_s;
        c.country = u"NA"_s;
        c.language = u"na"_s;
        c.authenticity = 0.123456789012345678;
        c.sponsoredRatio = 1.0;
        c.fee = Money(150'000, u"JPY"_s);
        c.metricsAsOf = QDate(2026, 2, 28);
        c.niches = {u"fitness"_s, u"home/garden"_s, u"diy | crafts"_s};
    }
    {
        Creator &c = add(Platform::Instagram, u"李娜"_s, 2'000);
        c.displayName = u"李娜 ✨ Mia 👩‍👩‍👧 ليلى حسن e\u0301"_s;
        c.avgLikes = 100;
        c.avgComments = 5;
        c.fee = Money(1'234, u"KWD"_s);
        c.profileUrl = u"https://www.instagram.com/李娜/"_s;
        c.extra = {{u"Notes 2"_s, u"line\nbreak, \"quoted\""_s}};
    }
    {
        Creator &c = add(Platform::TikTok, u"-dash-"_s, 0);
        c.displayName = u"\tTabbed"_s;
        c.notes = u"'=already guarded"_s;
        c.source = u"@source"_s;
        c.avgShares = 3;
        c.fee = Money(42'050, u"USD"_s);
    }
    {
        Creator &c = add(Platform::YouTube, u"cr.first"_s, std::nullopt);
        c.displayName = u"\rCR first"_s;
        c.notes = u"   "_s;
        c.avgLikes = 10;
        c.source = QString();
    }
    {
        Creator &c = add(Platform::TikTok, u"quoted.apostrophe"_s, 77);
        c.displayName = u"'plain apostrophe'"_s;
        c.notes = u"''+two"_s;
        c.extra = {{u"Agency"_s, u"-"_s}};
    }
    for (Creator &c : out) {
        if (c.erSource != ErSource::Reported)
            c.applyEngagement(std::nullopt, ErBases{});
    }
    return out;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Workspace> fresh()
    {
        return openWorkspace(m_dir.filePath(u"x%1.tierscope"_s.arg(++m_counter)));
    }
    QString path(const QString &suffix = u".csv"_s)
    {
        return m_dir.filePath(u"out%1%2"_s.arg(++m_counter).arg(suffix));
    }

    // The workspace's creators, exported and imported into a fresh workspace; every field must
    // come back (ids and times aside).
    void verifyRoundTrip(const QSqlDatabase &db, const QString &csvPath)
    {
        auto target = fresh();
        QVERIFY(target);
        const auto report = CreatorImporter::run(target->database(), csvPath, {});
        TS_VERIFY_OK(report);
        QStringList rejected;
        for (const RejectedRow &r : report->rejectedRows)
            rejected << r.toString();
        QVERIFY2(report->rejected == 0, qPrintable(rejected.join(u'\n')));
        const QList<Creator> original = allCreators(db);
        QCOMPARE(report->inserted, qint64(original.size()));
        const CreatorRepository back(target->database());
        for (const Creator &c : original) {
            const auto found = back.findByHandle(c.platform, c.handle);
            QVERIFY2(found, qPrintable(c.handle));
            const QString diff = creatorDiff(c, *found, false);
            QVERIFY2(diff.isEmpty(), qPrintable(c.handle + u": "_s + diff));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // --- writing ---------------------------------------------------------------------------

    void encodeField_quotesAndGuards_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("plain") << u"abc"_s << u"abc"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("semicolon") << u"a;b"_s << u"\"a;b\""_s;
        QTest::newRow("quotes") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("line feed") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("CRLF") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
        QTest::newRow("spaces kept") << u"  a  "_s << u"  a  "_s;
        QTest::newRow("equals") << u"=SUM(A1)"_s << u"'=SUM(A1)"_s;
        QTest::newRow("plus") << u"+1 555"_s << u"'+1 555"_s;
        QTest::newRow("minus") << u"-5"_s << u"'-5"_s;
        QTest::newRow("at") << u"@handle"_s << u"'@handle"_s;
        QTest::newRow("tab first") << u"\tx"_s << u"\"'\tx\""_s;
        QTest::newRow("CR first") << u"\rx"_s << u"\"'\rx\""_s;
        QTest::newRow("guard looking text") << u"'=x"_s << u"''=x"_s;
        QTest::newRow("apostrophe") << u"'quoted'"_s << u"'quoted'"_s;
        QTest::newRow("formula with comma") << u"=A1,B1"_s << u"\"'=A1,B1\""_s;
        QTest::newRow("not first") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("CJK and emoji") << u"李娜 🍜"_s << u"李娜 🍜"_s;
    }
    void encodeField_quotesAndGuards()
    {
        QFETCH(QString, text);
        QFETCH(QString, encoded);
        QCOMPARE(CsvWriter::encodeField(text), encoded);
        // What the writer writes reads back, and unguards, to the text.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter csv(&buffer);
            csv.addField(text);
            csv.addField(u"end"_s);
            csv.endRecord();
            QVERIFY(csv.finish());
        }
        QCOMPARE(QString::fromUtf8(buffer.data()), encoded + u",end\r\n"_s);
        const QList<QStringList> rows = parseCsv(buffer.data());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(unguardFormula(rows[0][0]).toString(), text);
    }

    void guard_isReversible_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &t : {u""_s, u"'"_s, u"''"_s, u"=x"_s, u"'=x"_s, u"''=x"_s, u"'x"_s,
                                 u"-"_s, u"'-"_s, u"@"_s, u"\t"_s, u"\r"_s, u"x=y"_s, u"+"_s})
            QTest::newRow(t.toUtf8().toPercentEncoding().constData()) << t;
    }
    void guard_isReversible()
    {
        QFETCH(QString, text);
        QCOMPARE(unguardFormula(guardFormula(text)).toString(), text);
        const QString guarded = guardFormula(text);
        QVERIFY(guarded.isEmpty() || !isFormulaTrigger(guarded.front()));
    }

    void writer_crlfRecordsAndOptionalBom()
    {
        for (const bool bom : {false, true}) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            CsvWriter::Options options;
            options.byteOrderMark = bom;
            CsvWriter csv(&buffer, options);
            csv.writeRecord({u"a"_s, u"b"_s});
            csv.addNumber("1.5");
            csv.addField(u"x"_s);
            csv.endRecord();
            QVERIFY(csv.finish());
            QCOMPARE(buffer.data(), QByteArray(bom ? "\xEF\xBB\xBF" : "") + "a,b\r\n1.5,x\r\n");
        }
    }

    void writer_reportsADeviceThatRefuses()
    {
        QFile file(m_dir.filePath(u"readonly.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly)); // writes fail
        CsvWriter csv(&file);
        csv.writeRecord({u"a"_s});
        QVERIFY(!csv.finish());
        QVERIFY(csv.hasError());
        QVERIFY(!csv.errorString().isEmpty());
    }

    // --- exporting -------------------------------------------------------------------------

    void export_columnsAndNumbersInFullPrecision()
    {
        Creator c = makeCreator(Platform::TikTok, u"anna"_s, 1'000);
        c.avgLikes = 0.1 + 0.2;
        c.avgComments = 40;
        c.fee = Money(42'050, u"USD"_s);
        c.metricsAsOf = QDate(2026, 11, 2);
        c.extra = {{u"b key"_s, u"2"_s}, {u"a key"_s, u"1"_s}};
        c.applyEngagement(std::nullopt, ErBases{});
        Creator r = makeCreator(Platform::YouTube, u"ben"_s, 2'000, 0.0421);
        auto ws = workspaceWith(m_dir.filePath(u"cols.tierscope"_s), {c, r});
        QVERIFY(ws);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto n =
            CreatorCsvExporter::exportCreators(ws->database(), {}, TierScheme(), &buffer);
        TS_VERIFY_OK(n);
        QCOMPARE(*n, qint64(2));
        const QList<QStringList> rows = parseCsv(buffer.data());
        QCOMPARE(rows.size(), 3);
        const QStringList header =
            CreatorCsvExporter::fixedColumns() + QStringList {u"a key"_s, u"b key"_s};
        QCOMPARE(rows[0], header);
        const auto cell = [&](int row, const QString &column) {
            return rows[row].value(rows[0].indexOf(column));
        };
        QCOMPARE(cell(1, u"handle"_s), u"anna"_s);
        QCOMPARE(cell(1, u"avg_likes"_s), u"0.30000000000000004"_s);
        QCOMPARE(cell(1, u"engagement_rate"_s), QString()); // computed: left to the import
        QCOMPARE(cell(1, u"fee"_s), u"420.50"_s);
        QCOMPARE(cell(1, u"fee_currency"_s), u"USD"_s);
        QCOMPARE(cell(1, u"metrics_as_of"_s), u"2026-11-02"_s);
        QCOMPARE(cell(1, u"a key"_s), u"1"_s);
        QCOMPARE(cell(2, u"engagement_rate"_s), u"0.0421"_s); // reported: kept
        QCOMPARE(cell(2, u"a key"_s), QString());
    }

    void export_filterSelectsCreators()
    {
        auto ws = fresh();
        QVERIFY(ws);
        QVERIFY(bulkInsertDemo(*ws, 400));
        CreatorFilter filter;
        filter.platforms = {Platform::YouTube};
        filter.minFollowers = 10'000;
        const auto expected = CreatorRepository(ws->database()).count(filter, TierScheme());
        TS_VERIFY_OK(expected);
        QVERIFY(*expected > 0);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto n =
            CreatorCsvExporter::exportCreators(ws->database(), filter, TierScheme(), &buffer);
        TS_VERIFY_OK(n);
        QCOMPARE(*n, *expected);
        const QList<QStringList> rows = parseCsv(buffer.data());
        QCOMPARE(rows.size(), *expected + 1);
        const qsizetype platform = rows[0].indexOf(u"platform"_s);
        const qsizetype followers = rows[0].indexOf(u"followers"_s);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i][platform], u"youtube"_s);
            QVERIFY(rows[i][followers].toLongLong() >= 10'000);
        }
    }

    void export_cancelledThroughProgress()
    {
        auto ws = fresh();
        QVERIFY(ws);
        QVERIFY(bulkInsertDemo(*ws, 2'500));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvExportOptions options;
        QList<qint64> seen;
        options.progress = [&seen](qint64 rows) {
            seen << rows;
            return seen.size() < 2;
        };
        const auto n =
            CreatorCsvExporter::exportCreators(ws->database(), {}, TierScheme(), &buffer, options);
        QVERIFY(!n);
        QCOMPARE(n.error().code, Error::Code::Cancelled);
        QCOMPARE(seen, (QList<qint64> {1000, 2000}));
    }

    void export_shortlistKeepsItsOrderAndEntries()
    {
        auto ws = fresh();
        QVERIFY(ws);
        QVERIFY(bulkInsertDemo(*ws, 50));
        ShortlistRepository lists(ws->database());
        const auto id = lists.create({0, u"Spring launch"_s, {}, {}, {}, 0});
        TS_VERIFY_OK(id);
        const QList<qint64> order = {42, 7, 19, 3};
        TS_VERIFY_OK(lists.addCreators(*id, order));
        TS_VERIFY_OK(lists.setVerdict(*id, 7, Verdict::Yes));
        TS_VERIFY_OK(lists.setNote(*id, 19, u"=ask about rates, \"soon\""_s));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto n = CreatorCsvExporter::exportShortlist(ws->database(), *id, &buffer);
        TS_VERIFY_OK(n);
        QCOMPARE(*n, qint64(4));
        const QList<QStringList> rows = parseCsv(buffer.data());
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[0].mid(0, 3), CreatorCsvExporter::shortlistColumns());
        const CreatorRepository repo(ws->database());
        const qsizetype handle = rows[0].indexOf(u"handle"_s);
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(rows[i + 1][handle], repo.get(order[i])->handle);
        QCOMPARE(rows[2][1], u"yes"_s);
        QCOMPARE(rows[3][2], u"'=ask about rates, \"soon\""_s); // guarded
        QCOMPARE(rows[1][1], u"undecided"_s);

        // Imported, the entry columns become extra fields; the creators come back unchanged.
        const QString file = path();
        QVERIFY(writeFileBytes(file, buffer.data()));
        auto target = fresh();
        QVERIFY(target);
        const auto report = CreatorImporter::run(target->database(), file, {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->inserted, qint64(4));
        for (qint64 creatorId : order) {
            Creator original = *repo.get(creatorId);
            const auto back = CreatorRepository(target->database())
                                  .findByHandle(original.platform, original.handle);
            TS_VERIFY_OK(back);
            QVERIFY(back->extra.contains(u"shortlist_verdict"_s));
            Creator withoutEntry = *back;
            for (const QString &k : CreatorCsvExporter::shortlistColumns())
                withoutEntry.extra.remove(k);
            const QString diff = creatorDiff(original, withoutEntry, false);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        QCOMPARE(CreatorRepository(target->database())
                     .findByHandle(repo.get(19)->platform, repo.get(19)->handle)
                     ->extra.value(u"shortlist_note"_s)
                     .toString(),
                 u"=ask about rates, \"soon\""_s);
    }

    void export_unknownShortlistIsNotFoundAndWritesNothing()
    {
        auto ws = fresh();
        QVERIFY(ws);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto n = CreatorCsvExporter::exportShortlist(ws->database(), 999, &buffer);
        QVERIFY(!n);
        QCOMPARE(n.error().code, Error::Code::NotFound);
        QVERIFY(buffer.data().isEmpty());
    }

    // --- round trip ------------------------------------------------------------------------

    void roundTrip_demoAndHostileCreatorsComeBackIdentical_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::newRow("UTF-8") << false;
        QTest::newRow("UTF-8 with BOM") << true;
    }
    void roundTrip_demoAndHostileCreatorsComeBackIdentical()
    {
        QFETCH(bool, bom);
        auto ws = fresh();
        QVERIFY(ws);
        QVERIFY(bulkInsertDemo(*ws, 400));
        CreatorRepository repo(ws->database());
        for (const Creator &c : hostileCreators())
            TS_VERIFY_OK(repo.insert(c));
        const QString file = path();
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            CsvExportOptions options;
            options.byteOrderMark = bom;
            const auto n =
                CreatorCsvExporter::exportCreators(ws->database(), {}, TierScheme(), &out, options);
            TS_VERIFY_OK(n);
            QCOMPARE(*n, qint64(400 + hostileCreators().size()));
        }
        QCOMPARE(fileBytes(file).startsWith("\xEF\xBB\xBF"), bom);
        verifyRoundTrip(ws->database(), file);
    }

    // A second export of the imported workspace is byte for byte the first one.
    void roundTrip_exportOfTheImportIsTheSameFile()
    {
        auto ws = fresh();
        QVERIFY(ws);
        QVERIFY(bulkInsertDemo(*ws, 100));
        CreatorRepository repo(ws->database());
        for (const Creator &c : hostileCreators())
            TS_VERIFY_OK(repo.insert(c));
        const auto exportTo = [](const QSqlDatabase &db) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            CreatorCsvExporter::exportCreators(db, {}, TierScheme(), &buffer);
            return buffer.data();
        };
        const QByteArray first = exportTo(ws->database());
        const QString file = path();
        QVERIFY(writeFileBytes(file, first));
        auto target = fresh();
        QVERIFY(target);
        TS_VERIFY_OK(CreatorImporter::run(target->database(), file, {}));
        QCOMPARE(exportTo(target->database()), first);
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csv_export.moc"
