// SPDX-License-Identifier: GPL-3.0-or-later
// CreatorImporter on real files and workspaces: messy formatting, every rejection reason,
// duplicates, partial updates, cancellation and failure (workspace unchanged), dry runs,
// encodings, saved mappings, extra columns, per-column rate scales and date orders.
#include "core/domain/metric_limits.h"
#include "core/io/creator_csv_exporter.h"
#include "core/io/creator_importer.h"
#include "core/storage/creator_repository.h"
#include "core/storage/shortlist_repository.h"
#include "core/storage/workspace.h"
#include "tests/core/support/test_workspace.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace tierscope::core;
using namespace tierscope::test;
using namespace Qt::StringLiterals;

namespace {

// Every table's rows (shadow tables of the search index included) and the schema, as text: two
// equal dumps mean the workspace content is identical.
QStringList dump(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery schema(db);
    schema.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"_s);
    QStringList tables;
    while (schema.next()) {
        out << schema.value(0).toString() + u' ' + schema.value(1).toString() + u' '
                + schema.value(3).toString();
        if (schema.value(0).toString() == u"table")
            tables << schema.value(1).toString();
    }
    for (const QString &t : tables) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT * FROM \"%1\""_s.arg(t))) {
            out << u"unreadable "_s + t;
            continue;
        }
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                cells << (v.isNull() ? u"∅"_s
                              : v.typeId() == QMetaType::QByteArray
                              ? QString::fromLatin1(v.toByteArray().toHex())
                              : v.toString());
            }
            rows << cells.join(QChar(0x1f));
        }
        rows.sort();
        out << t + u": "_s + QString::number(rows.size()) << rows;
    }
    return out;
}

// A file of n plain rows: creators "bulk0" … on TikTok, with likes and a note.
QByteArray bulkCsv(int n, int first = 0)
{
    QByteArray out = "platform,handle,followers,avg_likes,notes\n";
    for (int i = first; i < first + n; ++i)
        out += "tiktok,bulk" + QByteArray::number(i) + ',' + QByteArray::number(1000 + i) + ','
            + QByteArray::number(10 + i % 50) + ",row " + QByteArray::number(i) + '\n';
    return out;
}

QString rejections(const ImportReport &r)
{
    QStringList lines;
    for (const RejectedRow &row : r.rejectedRows)
        lines << row.toString();
    return lines.join(u'\n');
}

} // namespace

class TestCreatorImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Workspace> fresh()
    {
        return openWorkspace(m_dir.filePath(u"w%1.tierscope"_s.arg(++m_counter)));
    }

    QString file(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(u"in%1.csv"_s.arg(++m_counter));
        if (!writeFileBytes(path, bytes))
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    static Creator creator(const QSqlDatabase &db, Platform p, const QString &handle)
    {
        const auto c = CreatorRepository(db).findByHandle(p, handle);
        if (!c)
            qWarning().noquote() << "no creator" << handle << c.error().message;
        return c ? *c : Creator();
    }

    // A file of the rejection tests' columns with row between two good rows (so it is line 3).
    QString fileAroundRow(const QByteArray &row)
    {
        return file("platform,handle,followers,avg_likes,engagement_rate,fee,fee_currency,"
                    "metrics_as_of\n"
                    "tiktok,good.one,1000,10,,,,\n"
                    + row
                    + "\n"
                      "tiktok,good.two,2000,20,,,,\n");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Report sentences format numbers in the locale ("100,000,000,000"), which is also the
        // tie breaker of an ambiguous column: fix it.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // --- messy files ---------------------------------------------------------------------

    void messy_bomMixedLineEndingsAndQuotedNewlines()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QByteArray bytes = "\xEF\xBB\xBFplatform,handle,followers,notes\r\n"
                                 "instagram,@Anna.Fit,1200,\"first line\r\nsecond line\"\n"
                                 "tiktok,ben_runs,3400,plain\r"
                                 "youtube,carla,5600,\"say \"\"hi\"\"\nbye\"\r\n"
                                 "\n"
                                 "instagram,dev,7800,last without a line break";
        const auto report = CreatorImporter::run(ws->database(), file(bytes), {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->rowsRead, qint64(4));
        QCOMPARE(report->inserted, qint64(4));
        QCOMPARE(report->rejected, qint64(0));
        const Creator anna = creator(ws->database(), Platform::Instagram, u"anna.fit"_s);
        QCOMPARE(anna.followers, std::optional<qint64>(1200));
        QCOMPARE(anna.notes, u"first line\r\nsecond line"_s);
        QCOMPARE(creator(ws->database(), Platform::TikTok, u"ben_runs"_s).followers,
                 std::optional<qint64>(3400));
        QCOMPARE(creator(ws->database(), Platform::YouTube, u"carla"_s).notes,
                 u"say \"hi\"\nbye"_s);
        QCOMPARE(creator(ws->database(), Platform::Instagram, u"dev"_s).notes,
                 u"last without a line break"_s);
    }

    void messy_semicolonsDecimalCommasAndAbbreviations()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QByteArray bytes = "Username;Subscribers;Avg likes;Avg views;ER;Fee;Platform\n"
                                 "anna;13,8K;1,2K;50.2K;2,5%;€1.200,50;IG\n"
                                 "ben;1.2M;NaN;N/A;-;$420;TikTok\n"
                                 "carla;15,000;  ;1.5m;;420 USD;yt\n";
        const auto report = CreatorImporter::run(ws->database(), file(bytes), {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->delimiter, u"semicolon"_s);
        QCOMPARE(report->inserted, qint64(3));
        QVERIFY2(report->rejected == 0, qPrintable(rejections(*report)));
        const Creator anna = creator(ws->database(), Platform::Instagram, u"anna"_s);
        QCOMPARE(anna.followers, std::optional<qint64>(13'800));
        QCOMPARE(anna.avgLikes, std::optional<double>(1'200));
        QCOMPARE(anna.avgViews, std::optional<double>(50'200));
        QCOMPARE(anna.engagementRate, std::optional<double>(0.025));
        QCOMPARE(anna.erSource, ErSource::Reported);
        QCOMPARE(anna.fee, std::optional<Money>(Money(120'050, u"EUR"_s)));
        const Creator ben = creator(ws->database(), Platform::TikTok, u"ben"_s);
        QCOMPARE(ben.followers, std::optional<qint64>(1'200'000));
        QVERIFY(!ben.avgLikes); // NaN: unknown, never 0
        QVERIFY(!ben.avgViews);
        QVERIFY(!ben.engagementRate);
        QCOMPARE(ben.fee, std::optional<Money>(Money(42'000, u"USD"_s)));
        const Creator carla = creator(ws->database(), Platform::YouTube, u"carla"_s);
        QCOMPARE(carla.followers, std::optional<qint64>(15'000));
        QCOMPARE(carla.avgViews, std::optional<double>(1'500'000));
    }

    void messy_nonLatinTextKeptExactly()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QString names[] = {u"Анна Соколова"_s, u"李娜 ✨"_s, u"ليلى حسن"_s,
                                 u"Zoë Ångström 🍛"_s};
        QByteArray bytes = "platform,handle,display_name,followers,niches\n";
        for (int i = 0; i < 4; ++i)
            bytes += "tiktok,name" + QByteArray::number(i) + ',' + names[i].toUtf8() + ",1000,"
                + (i == 2 ? QString(u"سفر, طعام"_s) : u"fitness"_s).toUtf8() + '\n';
        bytes.replace("سفر, طعام", "\"سفر, طعام\"");
        const auto report = CreatorImporter::run(ws->database(), file(bytes), {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->inserted, qint64(4));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(creator(ws->database(), Platform::TikTok, u"name%1"_s.arg(i)).displayName,
                     names[i]);
        QCOMPARE(creator(ws->database(), Platform::TikTok, u"name2"_s).niches,
                 QStringList({u"سفر"_s, u"طعام"_s}));
    }

    void messy_platformFromUrlsAndOption()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QByteArray bytes = "profile_url,followers\n"
                                 "https://www.instagram.com/anna.fit/,100\n"
                                 "tiktok.com/@Ben.Runs,200\n"
                                 "https://linktr.ee/carla,300\n";
        ImportOptions options;
        options.platform = Platform::YouTube; // for rows that nothing else places
        const auto report = CreatorImporter::run(ws->database(), file(bytes), options);
        TS_VERIFY_OK(report);
        QVERIFY2(report->rejected == 0, qPrintable(rejections(*report)));
        QCOMPARE(creator(ws->database(), Platform::Instagram, u"anna.fit"_s).profileUrl,
                 u"https://www.instagram.com/anna.fit/"_s);
        QCOMPARE(creator(ws->database(), Platform::TikTok, u"ben.runs"_s).followers,
                 std::optional<qint64>(200));
        QCOMPARE(creator(ws->database(), Platform::YouTube, u"carla"_s).followers,
                 std::optional<qint64>(300));
    }

    void messy_unknownFollowersAreKeptUnknown()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const auto report = CreatorImporter::run(ws->database(),
                                                 file("platform,handle,followers,avg_likes\n"
                                                      "tiktok,anna,N/A,12\n"
                                                      "tiktok,ben,,\n"),
                                                 {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->inserted, qint64(2));
        const Creator anna = creator(ws->database(), Platform::TikTok, u"anna"_s);
        QVERIFY(!anna.followers); // unknown, never 0
        QVERIFY(!anna.engagementRate);
        QCOMPARE(anna.avgLikes, std::optional<double>(12));
    }

    void messy_trailingEmptyFieldsAreAccepted()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const auto report = CreatorImporter::run(ws->database(),
                                                 file("platform,handle,followers\n"
                                                      "tiktok,anna,100,,\n"
                                                      "tiktok,ben,200, \n"),
                                                 {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->inserted, qint64(2));
        QCOMPARE(report->rejected, qint64(0));
    }

    void messy_countryAndLanguageCodes()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const auto report =
            CreatorImporter::run(ws->database(),
                                 file("platform,handle,followers,country,language,email\n"
                                      "tiktok,anna,100,na,EN,N/A\n"
                                      "tiktok,ben,100,N/A,unknown,ben@example.com\n"),
                                 {});
        TS_VERIFY_OK(report);
        const Creator anna = creator(ws->database(), Platform::TikTok, u"anna"_s);
        QCOMPARE(anna.country, u"NA"_s); // Namibia, not "not available"
        QCOMPARE(anna.language, u"en"_s);
        QCOMPARE(anna.email, QString());
        const Creator ben = creator(ws->database(), Platform::TikTok, u"ben"_s);
        QCOMPARE(ben.country, QString());
        QCOMPARE(ben.language, QString());
        QCOMPARE(ben.email, u"ben@example.com"_s);
    }

    void formulaGuard_apostropheRemovedFromTextOnly()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const auto report =
            CreatorImporter::run(ws->database(),
                                 file("platform,handle,display_name,followers,notes,Agency\n"
                                      "tiktok,anna,'=HYPERLINK(1),100,'+1 555,'@corp\n"
                                      "tiktok,ben,'quoted',100,''=x,'-\n"),
                                 {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->inserted, qint64(2));
        const Creator anna = creator(ws->database(), Platform::TikTok, u"anna"_s);
        QCOMPARE(anna.displayName, u"=HYPERLINK(1)"_s);
        QCOMPARE(anna.notes, u"+1 555"_s);
        QCOMPARE(anna.extra.value(u"Agency"_s).toString(), u"@corp"_s);
        const Creator ben = creator(ws->database(), Platform::TikTok, u"ben"_s);
        QCOMPARE(ben.displayName, u"'quoted'"_s); // not a guard: kept
        QCOMPARE(ben.notes, u"'=x"_s); // exactly one apostrophe goes
        QCOMPARE(ben.extra.value(u"Agency"_s).toString(), u"-"_s);
    }

    // --- real files: public lists and a German colleague's list ------------------------------

    // Shaped like the public TikTok top lists: abbreviated numbers, "NaN%" where a tool had no
    // data, likes above followers, names in every script, a creator listed twice.
    void realFile_tiktokTopListEveryRowLands()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QByteArray bytes =
            "Rank,Tiktoker name,Tiktok name,Subscribers,Views avg.,Likes avg.,Comments avg.,Shares avg.\n"
            "1,khaby.lame,Khabane lame 🇸🇳,161.2M,17.2M,1.4M,8.1K,12.3K\n"
            "2,charlidamelio,charli d’amelio,151.3M,3.6M,357.3K,2.5K,2.9K\n"
            "3,mrbeast,MrBeast,88.4M,72.6M,6.2M,35.6K,NaN\n"
            "4,anna_viral,Анна Вирусная,856.3K,12.1M,1.1M,NaN%,N/A\n"
            "5,salma.cooks,سلمى تطبخ,12.4K,240.5K,38.2K,1.2K,#DIV/0!\n"
            "6,khaby.lame,Khabane lame 🇸🇳,161.3M,17.3M,1.5M,8.2K,12.4K\n";
        ImportOptions options;
        options.platform = Platform::TikTok;
        const auto report = CreatorImporter::run(ws->database(), file(bytes), options);
        TS_VERIFY_OK(report);
        QCOMPARE(report->rowsRead, qint64(6));
        QCOMPARE(report->rejected, qint64(0));
        QCOMPARE(report->cellIssueCount, qint64(0));
        QCOMPARE(report->inserted, qint64(5));
        QCOMPARE(report->updated, qint64(1));
        // The repeat is reported by line: line 7 repeats line 2.
        QCOMPARE(report->repeatedInFile, qint64(1));
        QCOMPARE(report->repeatedRows.constFirst(), (RepeatedRow{7, 2, u"khaby.lame"_s}));
        const Creator khaby = creator(ws->database(), Platform::TikTok, u"khaby.lame"_s);
        QCOMPARE(khaby.followers, std::optional<qint64>(161'300'000)); // the later row's
        QCOMPARE(khaby.displayName, u"Khabane lame 🇸🇳"_s);
        const Creator anna = creator(ws->database(), Platform::TikTok, u"anna_viral"_s);
        QCOMPARE(anna.followers, std::optional<qint64>(856'300));
        QCOMPARE(anna.avgLikes, std::optional<double>(1'100'000)); // above the followers: kept
        QVERIFY(!anna.avgComments); // NaN%: unknown, never 0
        QVERIFY(hasFlag(anna.qualityFlags, QualityFlag::EngagementAboveFollowers));
        QCOMPARE(anna.erBasis, std::optional<ErBasis>(ErBasis::Views));
        QCOMPARE(anna.engagementRate, std::optional<double>(1'100'000.0 / 12'100'000.0));
        QCOMPARE(anna.displayName, u"Анна Вирусная"_s);
        const Creator salma = creator(ws->database(), Platform::TikTok, u"salma.cooks"_s);
        QCOMPARE(salma.displayName, u"سلمى تطبخ"_s);
        QCOMPARE(salma.avgLikes, std::optional<double>(38'200));
        QVERIFY(!salma.avgShares);
        QVERIFY(hasFlag(salma.qualityFlags, QualityFlag::EngagementAboveFollowers));
        QCOMPARE(report->engagementAboveFollowers, qint64(2));
        // Missing values are counted once per column, with their spellings.
        QCOMPARE(report->unknownValues.size(), 2);
        QCOMPARE(report->unknownValues[0], (UnknownTally{u"Comments avg."_s, 1, {u"NaN%"_s}}));
        QCOMPARE(report->unknownValues[1],
                 (UnknownTally{u"Shares avg."_s, 3, {u"NaN"_s, u"N/A"_s, u"#DIV/0!"_s}}));
        QCOMPARE(report->unknownValues[1].toString(),
                 u"3 values of column “Shares avg.” read as unknown: NaN, N/A, #DIV/0!"_s);
    }

    // A list a German colleague sends: semicolons, German headers, decimal commas, points that
    // group thousands, amounts with the euro sign after them, "Mio.".
    void realFile_germanListReadAsMeant()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QByteArray bytes =
            "Plattform;Benutzername;Follower;Ø Likes;Engagement-Rate;Honorar;Land;Nische;Notizen\n"
            "Instagram;anna.fit;12.300;1.845;12,5 %;1.200 €;DE;Fitness;Messe Köln\n"
            "TikTok;ben.kocht;1,2 Mio.;48.000;4,1 %;2.500,50 €;AT;Kochen;\n"
            "YouTube;carla;8.900;k. A.;–;300,- €;CH;Reisen;nur Herbst\n";
        const auto report = CreatorImporter::run(ws->database(), file(bytes), {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->delimiter, u"semicolon"_s);
        QCOMPARE(report->inserted, qint64(3));
        QCOMPARE(report->rejected, qint64(0));
        QVERIFY2(report->cellIssueCount == 0,
                 qPrintable(report->cellIssues.isEmpty() ? QString() : report->cellIssues[0].toString()));
        QVERIFY(report->ambiguousColumns.isEmpty()); // the file itself tells
        const Creator anna = creator(ws->database(), Platform::Instagram, u"anna.fit"_s);
        QCOMPARE(anna.followers, std::optional<qint64>(12'300));
        QCOMPARE(anna.avgLikes, std::optional<double>(1'845));
        QCOMPARE(anna.engagementRate, std::optional<double>(0.125));
        QCOMPARE(anna.fee, std::optional<Money>(Money(120'000, u"EUR"_s))); // never €1.20
        QCOMPARE(anna.country, u"DE"_s);
        QCOMPARE(anna.niches, QStringList{u"Fitness"_s});
        QCOMPARE(anna.notes, u"Messe Köln"_s);
        const Creator ben = creator(ws->database(), Platform::TikTok, u"ben.kocht"_s);
        QCOMPARE(ben.followers, std::optional<qint64>(1'200'000));
        QCOMPARE(ben.avgLikes, std::optional<double>(48'000));
        QCOMPARE(ben.fee, std::optional<Money>(Money(250'050, u"EUR"_s)));
        const Creator carla = creator(ws->database(), Platform::YouTube, u"carla"_s);
        QCOMPARE(carla.followers, std::optional<qint64>(8'900));
        QVERIFY(!carla.avgLikes);
        QCOMPARE(carla.fee, std::optional<Money>(Money(30'000, u"EUR"_s)));
        QVERIFY2(report->readings.contains(u"Column “Honorar” is read with a decimal comma (1.234,5): line 3 has “2.500,50 €”."_s),
                 qPrintable(report->readings.join(u'\n')));
    }

    // "1.200 €" alone in a file that says nothing else: never silently €1.20. The column is
    // reported as ambiguous and read as the user chose, or by the locale when nobody chose.
    void realFile_ambiguousAmountIsReportedAndReadAsChosen_data()
    {
        QTest::addColumn<int>("fileMark");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("feeMinor");
        QTest::newRow("German locale") << int(DecimalMark::Auto) << u"de_DE"_s << qint64(120'000);
        QTest::newRow("English locale") << int(DecimalMark::Auto) << u"en_US"_s << qint64(120);
        QTest::newRow("chosen: decimal comma") << int(DecimalMark::Comma) << u"en_US"_s << qint64(120'000);
        QTest::newRow("chosen: decimal point") << int(DecimalMark::Point) << u"de_DE"_s << qint64(120);
    }
    void realFile_ambiguousAmountIsReportedAndReadAsChosen()
    {
        QFETCH(int, fileMark);
        QFETCH(QString, locale);
        QFETCH(qint64, feeMinor);
        auto ws = fresh();
        QVERIFY(ws);
        ImportOptions options;
        options.decimalMark = DecimalMark(fileMark);
        options.locale = QLocale(locale);
        const auto report = CreatorImporter::run(ws->database(),
                                                 file("platform,handle,followers,fee\n"
                                                      "instagram,anna,1000,1.200 €\n"
                                                      "instagram,ben,2000,2.500 €\n"),
                                                 options);
        TS_VERIFY_OK(report);
        QCOMPARE(report->ambiguousColumns, QStringList{u"fee"_s});
        QCOMPARE(creator(ws->database(), Platform::Instagram, u"anna"_s).fee,
                 std::optional<Money>(Money(feeMinor, u"EUR"_s)));
        QVERIFY(!report->readings.filter(u"Column “fee” only has values such as “1.200 €”"_s).isEmpty());
    }

    void realFile_followersWithPointsAreThousands()
    {
        auto ws = fresh();
        QVERIFY(ws);
        ImportOptions options;
        options.locale = QLocale(u"en_US"_s); // the column decides, not the locale
        const auto report = CreatorImporter::run(ws->database(),
                                                 file("platform,handle,followers\n"
                                                      "instagram,anna,12.300\n"
                                                      "instagram,ben,8.900\n"),
                                                 options);
        TS_VERIFY_OK(report);
        QCOMPARE(report->cellIssueCount, qint64(0));
        QVERIFY(report->ambiguousColumns.isEmpty());
        QCOMPARE(creator(ws->database(), Platform::Instagram, u"anna"_s).followers,
                 std::optional<qint64>(12'300));
        QVERIFY(report->readings.contains(
            u"Column “followers” holds whole counts, so “.” groups thousands (“12.300” is 12,300)."_s));
    }

    // One problem of the whole file is said once, before any row.
    void realFile_noPlatformAnywhereIsOneError()
    {
        auto ws = fresh();
        QVERIFY(ws);
        QByteArray bytes = "handle,followers\n";
        for (int i = 0; i < 200; ++i)
            bytes += "c" + QByteArray::number(i) + ",1000\n";
        const auto report = CreatorImporter::run(ws->database(), file(bytes), {});
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::NeedsChoice);
        QVERIFY(report.error().message.contains(u"--platform"));
        QCOMPARE(*CreatorRepository(ws->database()).totalCount(), qint64(0));
    }

    // A name in the handle column becomes the display name; the handle is made by the stated
    // rule and the report says so.
    void realFile_nameInTheHandleColumnIsNeverAHandleWithSpaces()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const auto report = CreatorImporter::run(ws->database(),
                                                 file("platform,Tiktoker name,followers,profile url\n"
                                                      "tiktok,Anna Fit,1000,\n"
                                                      "tiktok,Ben Cooks,2000,https://www.tiktok.com/@ben.cooks\n"),
                                                 {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->inserted, qint64(2));
        const Creator anna = creator(ws->database(), Platform::TikTok, u"annafit"_s);
        QCOMPARE(anna.displayName, u"Anna Fit"_s);
        const Creator ben = creator(ws->database(), Platform::TikTok, u"ben.cooks"_s);
        QCOMPARE(ben.displayName, u"Ben Cooks"_s);
        QVERIFY(!report->warnings.filter(u"“Anna Fit” → @annafit"_s).isEmpty());
    }

    // Everything the product writes reads back: a note at the longest the workspace takes,
    // beginning with "=" (exported behind the formula guard), in any script.
    void roundTrip_noteAtTheLimitComesBackIdentical()
    {
        QString note = u"=SUM(A1:A9) \"quoted\" Ünïcödé 中文 "_s;
        while (note.size() < limits::kMaxTextChars)
            note += u'ж';
        note.truncate(limits::kMaxTextChars);
        Creator c = makeCreator(Platform::TikTok, u"long.note"_s, 1'000);
        c.notes = note;
        auto source = workspaceWith(m_dir.filePath(u"long-source.tierscope"_s), {c});
        QVERIFY(source);
        const QString csv = m_dir.filePath(u"long.csv"_s);
        {
            QFile out(csv);
            QVERIFY(out.open(QIODevice::WriteOnly));
            TS_VERIFY_OK(CreatorCsvExporter::exportCreators(source->database(), {}, TierScheme(), &out));
        }
        auto target = fresh();
        QVERIFY(target);
        const auto report = CreatorImporter::run(target->database(), csv, {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->inserted, qint64(1));
        QCOMPARE(report->cellIssueCount, qint64(0));
        QCOMPARE(creator(target->database(), Platform::TikTok, u"long.note"_s).notes, note);
        // One character more is refused where it enters the workspace.
        c.notes += u'x';
        c.handle = u"longer.note"_s;
        QVERIFY(!CreatorRepository(source->database()).insert(c).ok());
    }

    void cellIssue_noteLongerThanTheLimitLosesOnlyTheNote()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QByteArray note(limits::kMaxTextChars + 1, 'n');
        const auto report = CreatorImporter::run(ws->database(),
                                                 file("platform,handle,followers,notes\n"
                                                      "tiktok,anna,1000," + note + "\n"),
                                                 {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->inserted, qint64(1));
        QCOMPARE(report->cellIssueCount, qint64(1));
        QCOMPARE(report->cellIssues.constFirst().toString(),
                 u"line 2, column notes: the notes are longer than 100,000 characters"_s);
        const Creator anna = creator(ws->database(), Platform::TikTok, u"anna"_s);
        QCOMPARE(anna.followers, std::optional<qint64>(1000));
        QVERIFY(anna.notes.isEmpty());
    }

    // --- rejections ------------------------------------------------------------------------

    void rejection_reportsLineColumnAndReason_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("expected");
        // Header:
        // platform,handle,followers,avg_likes,engagement_rate,fee,fee_currency,metrics_as_of
        // Only a row that cannot be a creator is refused.
        QTest::newRow("missing handle")
            << QByteArray("tiktok,,1000,,,,,") << u"line 3, column handle: the handle is missing"_s;
        QTest::newRow("handle unknown") << QByteArray("tiktok,n/a,1000,,,,,")
                                        << u"line 3, column handle: the handle is missing"_s;
        QTest::newRow("unknown platform")
            << QByteArray("myspace,anna,1000,,,,,")
            << u"line 3, column platform: “myspace” is not a platform Tierscope knows (Instagram, TikTok, YouTube)"_s;
        QTest::newRow("no platform")
            << QByteArray(",anna,1000,,,,,")
            << u"line 3, column platform: no platform: the platform cell is empty and the profile URL names none"_s;
        QTest::newRow("short row")
            << QByteArray("tiktok,anna,1000")
            << u"line 3, column avg_likes: the row ends after 3 fields but the header has 8 columns (a line break or delimiter inside a value needs quotes)"_s;
        QTest::newRow("long row")
            << QByteArray("tiktok,anna,1000,,,,,,12")
            << u"line 3, column 9: the row has 9 fields but the header has 8 columns (a delimiter inside a value needs quotes)"_s;
    }
    void rejection_reportsLineColumnAndReason()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, expected);
        auto ws = fresh();
        QVERIFY(ws);
        const auto report = CreatorImporter::run(ws->database(), fileAroundRow(row), {});
        TS_VERIFY_OK(report); // a bad row never stops the import
        QCOMPARE(report->rowsRead, qint64(3));
        QCOMPARE(report->inserted, qint64(2));
        QCOMPARE(report->rejected, qint64(1));
        QCOMPARE(report->rejectedRows.size(), 1);
        QCOMPARE(report->rejectedRows.constFirst().toString(), expected);
        QCOMPARE(*CreatorRepository(ws->database()).totalCount(), qint64(2));
    }

    // A bad cell costs its field, not the creator: the row lands with that field unknown and the
    // report names line, column and value.
    void cellIssue_fieldUnknownCreatorLands_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("lostField"); // a Creator member that must be unknown
        QTest::newRow("negative followers")
            << QByteArray("tiktok,anna,-5,,,,,")
            << u"line 3, column followers: “-5” is negative; a count cannot be."_s << u"followers"_s;
        QTest::newRow("non-numeric followers")
            << QByteArray("tiktok,anna,lots,,,,,")
            << u"line 3, column followers: “lots” is not a number."_s << u"followers"_s;
        QTest::newRow("fractional followers")
            << QByteArray("tiktok,anna,1.5,,,,,")
            << u"line 3, column followers: “1.5” is not a whole number."_s << u"followers"_s;
        QTest::newRow("followers beyond any account")
            << QByteArray("tiktok,anna,9223372036854775807,,,,,")
            << u"line 3, column followers: “9223372036854775807” is above 100,000,000,000, more than any account has"_s
            << u"followers"_s;
        QTest::newRow("negative likes") << QByteArray("tiktok,anna,1000,-3,,,,")
                                        << u"line 3, column avg_likes: “-3” is negative."_s
                                        << u"avg_likes"_s;
        QTest::newRow("fee currencies disagree")
            << QByteArray("tiktok,anna,1000,,,€50,USD,")
            << u"line 3, column fee: the fee “€50” is in EUR but the currency column says USD"_s
            << u"fee"_s;
        QTest::newRow("fee range")
            << QByteArray("tiktok,anna,1000,,,$100-200,,")
            << u"line 3, column fee: “$100-200” is a range; enter one amount."_s << u"fee"_s;
        QTest::newRow("bad date")
            << QByteArray("tiktok,anna,1000,,,,,2026-13-45")
            << u"line 3, column metrics_as_of: “2026-13-45” is not a valid date."_s
            << u"metrics_as_of"_s;
        QTest::newRow("ambiguous date")
            << QByteArray("tiktok,anna,1000,,,,,02/11/2026")
            << u"line 3, column metrics_as_of: “02/11/2026” is ambiguous (day/month or month/day?); write it as YYYY-MM-DD."_s
            << u"metrics_as_of"_s;
    }
    void cellIssue_fieldUnknownCreatorLands()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, expected);
        QFETCH(QString, lostField);
        auto ws = fresh();
        QVERIFY(ws);
        const auto report = CreatorImporter::run(ws->database(), fileAroundRow(row), {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->rowsRead, qint64(3));
        QCOMPARE(report->inserted, qint64(3));
        QCOMPARE(report->rejected, qint64(0));
        QCOMPARE(report->cellIssueCount, qint64(1));
        QCOMPARE(report->cellIssues.constFirst().toString(), expected);
        const Creator anna = creator(ws->database(), Platform::TikTok, u"anna"_s);
        if (lostField == u"followers")
            QVERIFY(!anna.followers);
        else
            QCOMPARE(anna.followers, std::optional<qint64>(1000));
        if (lostField == u"avg_likes")
            QVERIFY(!anna.avgLikes);
        if (lostField == u"fee")
            QVERIFY(!anna.fee);
        if (lostField == u"metrics_as_of")
            QVERIFY(!anna.metricsAsOf.isValid());
    }

    // About one row in ten of a TikTok top list has more average likes than followers: a video
    // travels beyond the followers. Every such creator lands, values exact, flagged.
    void engagementAboveFollowers_landsFlaggedWithErByViews()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QByteArray bytes = "platform,handle,followers,avg_likes,avg_comments,avg_views,engagement_rate\n"
                                 "tiktok,viral,1000,1500,100,20000,\n"
                                 "tiktok,noviews,1000,1500,,,\n"
                                 "tiktok,reported,1000,,,,150%\n"
                                 "instagram,normal,10000,500,20,,\n";
        const auto report = CreatorImporter::run(ws->database(), file(bytes), {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->inserted, qint64(4));
        QCOMPARE(report->rejected, qint64(0));
        QCOMPARE(report->cellIssueCount, qint64(0));
        QCOMPARE(report->engagementAboveFollowers, qint64(2));
        const Creator viral = creator(ws->database(), Platform::TikTok, u"viral"_s);
        QCOMPARE(viral.avgLikes, std::optional<double>(1500)); // kept exactly
        QCOMPARE(viral.erBasis, std::optional<ErBasis>(ErBasis::Views));
        QCOMPARE(viral.engagementRate, std::optional<double>(1600.0 / 20000.0));
        QVERIFY(hasFlag(viral.qualityFlags, QualityFlag::EngagementAboveFollowers));
        const Creator noViews = creator(ws->database(), Platform::TikTok, u"noviews"_s);
        QCOMPARE(noViews.engagementRate, std::optional<double>(1.5)); // by followers, above 100 %
        QCOMPARE(noViews.erBasis, std::optional<ErBasis>(ErBasis::Followers));
        QVERIFY(hasFlag(noViews.qualityFlags, QualityFlag::EngagementAboveFollowers));
        const Creator reported = creator(ws->database(), Platform::TikTok, u"reported"_s);
        QCOMPARE(reported.engagementRate, std::optional<double>(1.5));
        QCOMPARE(reported.erSource, ErSource::Reported);
        const Creator normal = creator(ws->database(), Platform::Instagram, u"normal"_s);
        QCOMPARE(normal.engagementRate, std::optional<double>(0.052));
        QCOMPARE(normal.erBasis, std::optional<ErBasis>(ErBasis::Followers));
        QCOMPARE(normal.qualityFlags, QualityFlags(0));
    }

    void rejection_lineCountsPhysicalLinesOfQuotedValues()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QByteArray bytes = "platform,handle,followers,notes\n"
                                 "tiktok,anna,100,\"one\ntwo\nthree\"\n"
                                 "tiktok,ben,-1,x\n";
        const auto report = CreatorImporter::run(ws->database(), file(bytes), {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->cellIssues.size(), 1);
        QCOMPARE(report->cellIssues.constFirst().toString(),
                 u"line 5, column followers: “-1” is negative; a count cannot be."_s);
    }

    void rejection_noHandleOrFollowersColumn_refusesTheFileSayingWhatToDo_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("needle");
        QTest::newRow("no handle")
            << QByteArray("name,followers\nAnna,100\n") << u"no handle column"_s;
        QTest::newRow("no followers")
            << QByteArray("handle,name\nanna,Anna\n") << u"no followers column"_s;
    }
    void rejection_noHandleOrFollowersColumn_refusesTheFileSayingWhatToDo()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, needle);
        auto ws = fresh();
        QVERIFY(ws);
        const QStringList before = dump(ws->database());
        const auto report = CreatorImporter::run(ws->database(), file(bytes), {});
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::InvalidArgument);
        QVERIFY2(report.error().message.contains(needle), qPrintable(report.error().message));
        QVERIFY2(report.error().message.contains(u"map a column"_s),
                 qPrintable(report.error().message));
        QCOMPARE(dump(ws->database()), before);
    }

    void rejection_unreadableFileImportsNothing()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const auto missing =
            CreatorImporter::run(ws->database(), m_dir.filePath(u"nope.csv"_s), {});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::Io);
        QVERIFY(missing.error().message.contains(u"nope.csv"_s));
        // A file broken half-way (invalid UTF-8 after valid UTF-8) imports none of its rows.
        const QByteArray rows = bulkCsv(5000);
        QByteArray bytes = rows.left(rows.indexOf('\n') + 1) + "tiktok,zoe,1,,Zoë\n";
        bytes += rows.mid(rows.indexOf('\n') + 1);
        bytes += "tiktok,ben,1,,\xff\xfe broken\n";
        const auto broken = CreatorImporter::run(ws->database(), file(bytes), {});
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.contains(u"line 5003"_s),
                 qPrintable(broken.error().message));
        QCOMPARE(*CreatorRepository(ws->database()).totalCount(), qint64(0));
    }

    // --- duplicates ------------------------------------------------------------------------

    void duplicates_updateByDefault_countsNewAndUpdatedIncludingWithinTheFile()
    {
        auto ws = workspaceWith(m_dir.filePath(u"dup-update.tierscope"_s),
                                {makeCreator(Platform::TikTok, u"anna"_s, 100)});
        QVERIFY(ws);
        const QByteArray bytes = "platform,handle,followers\n"
                                 "tiktok,anna,111\n" // in the workspace: updated
                                 "tiktok,ben,200\n" // new
                                 "tiktok,@Ben,222\n" // the same creator again: updates the new one
                                 "instagram,ben,300\n"; // other platform: new
        const auto report = CreatorImporter::run(ws->database(), file(bytes), {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->inserted, qint64(2));
        QCOMPARE(report->updated, qint64(2));
        QCOMPARE(report->skipped, qint64(0));
        QCOMPARE(*CreatorRepository(ws->database()).totalCount(), qint64(3));
        QCOMPARE(creator(ws->database(), Platform::TikTok, u"anna"_s).followers,
                 std::optional<qint64>(111));
        QCOMPARE(creator(ws->database(), Platform::TikTok, u"ben"_s).followers,
                 std::optional<qint64>(222));
    }

    void duplicates_skip_leavesExistingAndFirstOccurrence()
    {
        auto ws = workspaceWith(m_dir.filePath(u"dup-skip.tierscope"_s),
                                {makeCreator(Platform::TikTok, u"anna"_s, 100)});
        QVERIFY(ws);
        const QByteArray bytes = "platform,handle,followers\n"
                                 "tiktok,anna,111\n"
                                 "tiktok,ben,200\n"
                                 "tiktok,ben,222\n";
        ImportOptions options;
        options.onDuplicate = BulkCreatorWriter::OnDuplicate::Skip;
        const auto report = CreatorImporter::run(ws->database(), file(bytes), options);
        TS_VERIFY_OK(report);
        QCOMPARE(report->inserted, qint64(1));
        QCOMPARE(report->updated, qint64(0));
        QCOMPARE(report->skipped, qint64(2));
        QCOMPARE(creator(ws->database(), Platform::TikTok, u"anna"_s).followers,
                 std::optional<qint64>(100));
        QCOMPARE(creator(ws->database(), Platform::TikTok, u"ben"_s).followers,
                 std::optional<qint64>(200));
    }

    void update_overwritesOnlyMappedColumns()
    {
        Creator existing = makeCreator(Platform::Instagram, u"anna.fit"_s, 1'000);
        existing.displayName = u"Anna"_s;
        existing.notes = u"met at the Berlin fair"_s;
        existing.email = u"anna@example.com"_s;
        existing.country = u"DE"_s;
        existing.fee = Money(30'000, u"EUR"_s);
        existing.avgLikes = 50;
        existing.avgComments = 10;
        existing.extra = {{u"Agency"_s, u"Nordlicht"_s}};
        existing.applyEngagement(std::nullopt, ErBases{}); // computed: 0.06
        auto ws = workspaceWith(m_dir.filePath(u"partial.tierscope"_s), {existing});
        QVERIFY(ws);
        const auto report = CreatorImporter::run(ws->database(),
                                                 file("handle,followers,display_name,Tier\n"
                                                      "anna.fit,2000,Anna Fit,gold\n"),
                                                 [] {
                                                     ImportOptions o;
                                                     o.platform = Platform::Instagram;
                                                     return o;
                                                 }());
        TS_VERIFY_OK(report);
        QCOMPARE(report->updated, qint64(1));
        const Creator after = creator(ws->database(), Platform::Instagram, u"anna.fit"_s);
        QCOMPARE(after.followers, std::optional<qint64>(2'000));
        QCOMPARE(after.displayName, u"Anna Fit"_s);
        QCOMPARE(after.notes, existing.notes); // no notes column: the notes survive
        QCOMPARE(after.email, existing.email);
        QCOMPARE(after.country, existing.country);
        QCOMPARE(after.fee, existing.fee);
        QCOMPARE(after.avgLikes, existing.avgLikes);
        // The computed ER follows the new followers with the stored likes and comments.
        QCOMPARE(after.engagementRate, std::optional<double>(60.0 / 2000.0));
        QCOMPARE(after.erSource, ErSource::Computed);
        // Extra fields merge.
        QCOMPARE(after.extra.value(u"Agency"_s).toString(), u"Nordlicht"_s);
        QCOMPARE(after.extra.value(u"Tier"_s).toString(), u"gold"_s);
    }

    void update_keepsAReportedErTheFileDoesNotMention()
    {
        Creator existing = makeCreator(Platform::TikTok, u"ben"_s, 1'000, 0.042);
        auto ws = workspaceWith(m_dir.filePath(u"reported.tierscope"_s), {existing});
        QVERIFY(ws);
        const auto report = CreatorImporter::run(ws->database(),
                                                 file("platform,handle,followers,avg_likes\n"
                                                      "tiktok,ben,2000,100\n"),
                                                 {});
        TS_VERIFY_OK(report);
        const Creator after = creator(ws->database(), Platform::TikTok, u"ben"_s);
        QCOMPARE(after.engagementRate, std::optional<double>(0.042));
        QCOMPARE(after.erSource, ErSource::Reported);
        QCOMPARE(after.avgLikes, std::optional<double>(100));
    }

    void update_mergedErAbove100PercentIsKeptAndFlagged()
    {
        Creator existing = makeCreator(Platform::TikTok, u"ben"_s, 10'000);
        existing.avgLikes = 5'000;
        existing.applyEngagement(std::nullopt, ErBases{});
        auto ws = workspaceWith(m_dir.filePath(u"merged-er.tierscope"_s), {existing});
        QVERIFY(ws);
        const auto report = CreatorImporter::run(ws->database(),
                                                 file("platform,handle,followers\n"
                                                      "tiktok,ben,100\n"
                                                      "tiktok,carla,100\n"),
                                                 {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->inserted, qint64(1));
        QCOMPARE(report->updated, qint64(1));
        QCOMPARE(report->rejected, qint64(0));
        const Creator ben = creator(ws->database(), Platform::TikTok, u"ben"_s);
        QCOMPARE(ben.followers, std::optional<qint64>(100));
        QCOMPARE(ben.engagementRate, std::optional<double>(50.0)); // 5,000 likes / 100 followers
        QVERIFY(hasFlag(ben.qualityFlags, QualityFlag::EngagementAboveFollowers));
    }

    // An unknown cell in a file that updates a creator keeps what the workspace knows.
    void update_unknownOrBadCellKeepsTheStoredValue()
    {
        Creator existing = makeCreator(Platform::TikTok, u"ben"_s, 10'000);
        existing.avgLikes = 500;
        existing.fee = Money(30'000, u"EUR"_s);
        existing.applyEngagement(std::nullopt, ErBases{});
        auto ws = workspaceWith(m_dir.filePath(u"keep-known.tierscope"_s), {existing});
        QVERIFY(ws);
        const auto report = CreatorImporter::run(ws->database(),
                                                 file("platform,handle,followers,avg_likes,fee\n"
                                                      "tiktok,ben,N/A,lots,#DIV/0!\n"),
                                                 {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->updated, qint64(1));
        QCOMPARE(report->cellIssueCount, qint64(1)); // "lots"
        const Creator ben = creator(ws->database(), Platform::TikTok, u"ben"_s);
        QCOMPARE(ben.followers, std::optional<qint64>(10'000));
        QCOMPARE(ben.avgLikes, std::optional<double>(500));
        QCOMPARE(ben.fee, existing.fee);
        QCOMPARE(ben.engagementRate, std::optional<double>(0.05));
    }

    // --- all or nothing --------------------------------------------------------------------

    void cancel_leavesWorkspaceIdentical_data()
    {
        QTest::addColumn<bool>("startEmpty");
        QTest::addColumn<int>("cancelAtCall");
        QTest::newRow("empty workspace, first call") << true << 1;
        QTest::newRow("empty workspace, after the last row") << true << 3;
        QTest::newRow("workspace with creators, midway") << false << 2;
    }
    void cancel_leavesWorkspaceIdentical()
    {
        QFETCH(bool, startEmpty);
        QFETCH(int, cancelAtCall);
        auto ws = fresh();
        QVERIFY(ws);
        if (!startEmpty) {
            QVERIFY(bulkInsertDemo(*ws, 300));
            ShortlistRepository lists(ws->database());
            const auto list = lists.create({0, u"Spring"_s, u"brief"_s, {}, {}, 0});
            TS_VERIFY_OK(list);
            TS_VERIFY_OK(lists.addCreators(*list, {1, 2, 3}));
        }
        const QStringList before = dump(ws->database());
        ImportOptions options;
        int calls = 0;
        options.progress = [&](const ImportProgress &) { return ++calls < cancelAtCall; };
        // 10,000 rows: progress at 4,096, 8,192 and once when every row is in.
        const auto report = CreatorImporter::run(ws->database(), file(bulkCsv(10'000)), options);
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::Cancelled);
        QCOMPARE(calls, cancelAtCall);
        QCOMPARE(dump(ws->database()), before);
        QCOMPARE(scalar(ws->database(), u"PRAGMA temp_store"_s).toInt(), 2); // memory, as before
        // The workspace works on after it.
        TS_VERIFY_OK(CreatorRepository(ws->database())
                         .insert(makeCreator(Platform::YouTube, u"after"_s, 1)));
    }

    void failure_leavesWorkspaceIdentical_data()
    {
        QTest::addColumn<bool>("startEmpty");
        QTest::newRow("empty workspace") << true;
        QTest::newRow("workspace with creators") << false;
    }
    void failure_leavesWorkspaceIdentical()
    {
        QFETCH(bool, startEmpty);
        auto ws = fresh();
        QVERIFY(ws);
        if (!startEmpty)
            QVERIFY(bulkInsertDemo(*ws, 300));
        const QSqlDatabase db = ws->database();
        const QStringList before = dump(db);
        // The database may grow by a few pages only: the import runs out of room half-way.
        const qint64 pages = scalar(db, u"PRAGMA page_count"_s).toLongLong();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 30)));
        q.finish(); // no statement may stay open while the import changes the schema
        const auto report = CreatorImporter::run(db, file(bulkCsv(20'000)), {});
        QVERIFY(!report);
        QVERIFY2(report.error().code == Error::Code::DiskFull, qPrintable(report.error().message));
        QVERIFY(q.exec(u"PRAGMA max_page_count = 4294967294"_s));
        q.finish();
        QCOMPARE(dump(db), before);
        // Not stuck in a transaction: a later import commits.
        const auto again = CreatorImporter::run(db, file(bulkCsv(10)), {});
        TS_VERIFY_OK(again);
        QCOMPARE(again->inserted, qint64(10));
        QCOMPARE(scalar(db, u"PRAGMA temp_store"_s).toInt(), 2); // the workspace's setting is back
    }

    void dryRun_writesNothingAndReportsTheSameCounts()
    {
        auto ws = workspaceWith(m_dir.filePath(u"dry.tierscope"_s),
                                {makeCreator(Platform::TikTok, u"bulk3"_s, 100)});
        QVERIFY(ws);
        QByteArray bytes = bulkCsv(50);
        bytes += "tiktok,bulk7,-1,,bad\n";
        bytes += "tiktok,bulk8,1,,again\n";
        const QString path = file(bytes);
        const QStringList before = dump(ws->database());
        ImportOptions dry;
        dry.dryRun = true;
        const auto checked = CreatorImporter::run(ws->database(), path, dry);
        TS_VERIFY_OK(checked);
        QVERIFY(checked->dryRun);
        QCOMPARE(dump(ws->database()), before);
        const auto real = CreatorImporter::run(ws->database(), path, {});
        TS_VERIFY_OK(real);
        QCOMPARE(checked->inserted, qint64(49));
        QCOMPARE(checked->updated, qint64(3));
        QCOMPARE(checked->rejected, qint64(0));
        QCOMPARE(checked->cellIssueCount, qint64(1)); // bulk7's "-1" followers
        QCOMPARE(checked->repeatedInFile, qint64(2)); // bulk7 and bulk8 again
        QCOMPARE(real->inserted, checked->inserted);
        QCOMPARE(real->updated, checked->updated);
        QCOMPARE(real->rejected, checked->rejected);
        QCOMPARE(real->cellIssues, checked->cellIssues);
        QCOMPARE(real->repeatedRows, checked->repeatedRows);
    }

    void progress_reportsRowsAndBytes()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QString path = file(bulkCsv(9'000));
        QList<ImportProgress> calls;
        ImportOptions options;
        options.progress = [&](const ImportProgress &p) {
            calls << p;
            return true;
        };
        const auto report = CreatorImporter::run(ws->database(), path, options);
        TS_VERIFY_OK(report);
        // The survey pass, then the import.
        QCOMPARE(calls.size(), 5);
        using P = ImportProgress::Phase;
        QCOMPARE(calls[0].phase, P::Surveying);
        QCOMPARE(calls[0].rows, qint64(4096));
        QCOMPARE(calls[1].phase, P::Surveying);
        QCOMPARE(calls[1].rows, qint64(8192));
        QCOMPARE(calls[2].phase, P::Importing);
        QCOMPARE(calls[2].rows, qint64(4096));
        QCOMPARE(calls[3].rows, qint64(8192));
        QCOMPARE(calls[4].phase, P::Importing);
        QCOMPARE(calls[4].rows, qint64(9000));
        const qint64 size = QFileInfo(path).size();
        for (const ImportProgress &p : calls) {
            QCOMPARE(p.totalBytes, size);
            QVERIFY(p.bytesRead > 0 && p.bytesRead <= size);
        }
        QCOMPARE(calls[4].bytesRead, size);
    }

    // --- encodings, mappings, extra columns -----------------------------------------------

    void windows1252_importedWithWarning()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QByteArray bytes = "platform,handle,display_name,followers\n"
                                 "tiktok,zoe,Zo\xEB Ren\xE9 \x80,100\n";
        const auto report = CreatorImporter::run(ws->database(), file(bytes), {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->encoding, u"windows-1252"_s);
        QVERIFY2(report->warnings.join(u'\n').contains(u"Windows-1252"_s, Qt::CaseInsensitive),
                 qPrintable(report->warnings.join(u'\n')));
        QCOMPARE(creator(ws->database(), Platform::TikTok, u"zoe"_s).displayName, u"Zoë René €"_s);
    }

    void utf16_imported_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::newRow("UTF-16 LE") << false;
        QTest::newRow("UTF-16 BE") << true;
    }
    void utf16_imported()
    {
        QFETCH(bool, bigEndian);
        auto ws = fresh();
        QVERIFY(ws);
        const QString text =
            u"platform\thandle\tdisplay_name\tfollowers\r\ntiktok\tli.na\t李娜 🍜\t1,2K\r\n"_s;
        QStringEncoder encoder(bigEndian ? QStringEncoder::Utf16BE : QStringEncoder::Utf16LE,
                               QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(text);
        const auto report = CreatorImporter::run(ws->database(), file(bytes), {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->delimiter, u"tab"_s);
        const Creator c = creator(ws->database(), Platform::TikTok, u"li.na"_s);
        QCOMPARE(c.displayName, u"李娜 🍜"_s);
        QCOMPARE(c.followers, std::optional<qint64>(1'200));
    }

    void savedMapping_isApplied()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const QStringList headers = {u"Acct"_s, u"Reach"_s, u"Where"_s, u"Memo"_s};
        HeaderMapping mapping(headers);
        mapping.setTarget(0, CreatorField::Handle);
        mapping.setTarget(1, CreatorField::Followers);
        mapping.setTarget(2, CreatorField::Country);
        mapping.setTarget(3, CreatorField::Ignore);
        const auto saved = HeaderMapping::fromJson(mapping.toJson()); // as stored on disk
        TS_VERIFY_OK(saved);
        ImportOptions options;
        options.mapping = *saved;
        options.platform = Platform::Instagram;
        const auto report = CreatorImporter::run(
            ws->database(), file("ACCT,reach,Where,Memo\nanna,1.5k,de,secret\n"), options);
        TS_VERIFY_OK(report);
        QCOMPARE(report->inserted, qint64(1));
        const Creator c = creator(ws->database(), Platform::Instagram, u"anna"_s);
        QCOMPARE(c.followers, std::optional<qint64>(1'500));
        QCOMPARE(c.country, u"DE"_s);
        QVERIFY(c.extra.isEmpty()); // Memo ignored, not kept
        QCOMPARE(c.notes, QString());
    }

    void extraColumns_keptAsExtraFieldsWithAWarning()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const auto report =
            CreatorImporter::run(ws->database(),
                                 file("platform,handle,followers,Agency,Rate card\n"
                                      "tiktok,anna,100,Nordlicht,\"tier 2, negotiable\"\n"
                                      "tiktok,ben,100,,\n"),
                                 {});
        TS_VERIFY_OK(report);
        QVERIFY(report->warnings.contains(u"Column “Agency” is kept as an extra field."_s));
        const Creator anna = creator(ws->database(), Platform::TikTok, u"anna"_s);
        QCOMPARE(anna.extra.value(u"Agency"_s).toString(), u"Nordlicht"_s);
        QCOMPARE(anna.extra.value(u"Rate card"_s).toString(), u"tier 2, negotiable"_s);
        QVERIFY(creator(ws->database(), Platform::TikTok, u"ben"_s).extra.isEmpty());
    }

    // --- how rates and dates are written ---------------------------------------------------

    void rates_percentColumnLearnedFromTheWholeFile()
    {
        auto ws = fresh();
        QVERIFY(ws);
        // Percent values of low-engagement accounts: most below 1 (0.8 %), a third above.
        QByteArray bytes = "platform,handle,followers,ER,authenticity\n";
        for (int i = 0; i < 1500; ++i)
            bytes += "tiktok,c" + QByteArray::number(i) + ",1000," + (i % 3 ? "0.8" : "2.5") + ",0.9\n";
        const auto report = CreatorImporter::run(ws->database(), file(bytes), {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->inserted, qint64(1500));
        QCOMPARE(report->rowsRead, qint64(1500)); // counted once, though read twice
        QCOMPARE(creator(ws->database(), Platform::TikTok, u"c1"_s).engagementRate,
                 std::optional<double>(0.008));
        QCOMPARE(creator(ws->database(), Platform::TikTok, u"c0"_s).engagementRate,
                 std::optional<double>(0.025));
        QCOMPARE(creator(ws->database(), Platform::TikTok, u"c0"_s).authenticity,
                 std::optional<double>(0.9)); // a column of fractions stays one
        QVERIFY2(report->readings.contains(
                     u"Column “ER” is read in percent (500 of its 1500 values are above 1, such as "
                     "“2.5” on line 2): “1.5” is 1.5 %."_s),
                 qPrintable(report->readings.join(u'\n')));
    }

    // One value does not decide a column: 999 rates of 0.05 and one of 1.5 are fractions, and
    // the 1.5 is a rate of 150 % (kept, the creator flagged), not 1.5 %.
    void rates_oneValueAbove1DoesNotTurnAColumnIntoPercent()
    {
        auto ws = fresh();
        QVERIFY(ws);
        QByteArray bytes = "platform,handle,followers,er\n";
        for (int i = 0; i < 999; ++i)
            bytes += "tiktok,c" + QByteArray::number(i) + ",1000,0.05\n";
        bytes += "tiktok,outlier,1000,1.5\n";
        const auto report = CreatorImporter::run(ws->database(), file(bytes), {});
        TS_VERIFY_OK(report);
        QCOMPARE(report->inserted, qint64(1000));
        QCOMPARE(creator(ws->database(), Platform::TikTok, u"c0"_s).engagementRate,
                 std::optional<double>(0.05));
        QCOMPARE(creator(ws->database(), Platform::TikTok, u"outlier"_s).engagementRate,
                 std::optional<double>(1.5));
        QVERIFY2(report->readings.contains(
                     u"Column “er” is read as fractions (“0.05” is 5 %): 1 of its 1000 values are "
                     "above 1, such as “1.5” on line 1001, and are kept as rates above 100 %."_s),
                 qPrintable(report->readings.join(u'\n')));
    }

    void rates_aHeaderWithPercentMeansPercent()
    {
        auto ws = fresh();
        QVERIFY(ws);
        const auto report = CreatorImporter::run(ws->database(),
                                                 file("platform,handle,followers,ER (%)\n"
                                                      "tiktok,anna,1000,0.5\n"
                                                      "tiktok,ben,1000,0.8\n"),
                                                 {});
        TS_VERIFY_OK(report);
        QCOMPARE(creator(ws->database(), Platform::TikTok, u"anna"_s).engagementRate,
                 std::optional<double>(0.005));
    }

    void dates_orderLearnedFromTheColumn_data()
    {
        QTest::addColumn<QByteArray>("later");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("day first") << QByteArray("13/11/2026") << QDate(2026, 11, 2);
        QTest::newRow("month first") << QByteArray("11/13/2026") << QDate(2026, 2, 11);
    }
    void dates_orderLearnedFromTheColumn()
    {
        QFETCH(QByteArray, later);
        QFETCH(QDate, expected);
        auto ws = fresh();
        QVERIFY(ws);
        QByteArray bytes = "platform,handle,followers,as of\n";
        for (int i = 0; i < 1200; ++i)
            bytes += "tiktok,c" + QByteArray::number(i) + ",1000,02/11/2026\n";
        bytes += "tiktok,late,1000," + later + '\n';
        const auto report = CreatorImporter::run(ws->database(), file(bytes), {});
        TS_VERIFY_OK(report);
        QVERIFY2(report->rejected == 0, qPrintable(rejections(*report).left(300)));
        QCOMPARE(creator(ws->database(), Platform::TikTok, u"c0"_s).metricsAsOf, expected);
    }
};

QTEST_GUILESS_MAIN(TestCreatorImporter)
#include "tst_creator_importer.moc"
