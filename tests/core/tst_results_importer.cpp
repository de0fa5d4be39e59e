// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign results import: header mapping of typical results sheets, which deliverable a row is
// about (and the rows that match none or several), unknown against 0, the campaign currency, and
// all-or-nothing writing.
#include "core/campaigns/campaign_plan_loader.h"
#include "core/campaigns/forecast.h"
#include "core/io/deliverable_matcher.h"
#include "core/io/results_header_mapper.h"
#include "core/io/results_importer.h"
#include "core/storage/campaign_repository.h"
#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tierscope::core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(tierscope::core::ResultsField)

class TestResultsImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void headerMapping_readsTypicalResultsSheets_data();
    void headerMapping_readsTypicalResultsSheets();
    void headerMapping_viewsWinsOverImpressions();
    void headerMapping_savedMappingRoundTrips();
    void headerCurrency_isReadFromTheRevenueHeader_data();
    void headerCurrency_isReadFromTheRevenueHeader();
    void urlKey_ignoresSchemeWwwSlashAndTracking();

    void import_matchesByIdUrlAndHandleAndWritesValues();
    void import_rejectsAmbiguousAndUnmatchedRowsWithLineNumbers();
    void import_rejectsContradictionsAndRepeatedRows();
    void import_emptyCellIsUnknownButZeroIsAResult();
    void import_countPastItsBoundIsRejected_data();
    void import_countPastItsBoundIsRejected();
    void import_countsAtTheBoundSumExactly();
    void import_keepsStoredValuesForEmptyCellsAndSkipsUnchangedRows();
    void import_revenueInAnotherCurrencyIsRejected();
    void import_readsDatesPerColumn();
    void import_needsAKeyAndAResultColumn();
    void import_failingWriteLeavesEverythingAsItWas();
    void import_cancelLeavesEverythingAsItWas();

private:
    QString writeCsv(const QByteArray &text);
    QList<Deliverable> allDeliverables() const;
    Deliverable stored(qint64 id) const;
    static QString rejectionsText(const ImportReport &r);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_campaign = 0;
    // anna on Instagram: reel (with URL), story; ben on TikTok: two shorts; anna on TikTok: short;
    // cara on YouTube: video (with URL)
    qint64 m_annaReel = 0, m_annaStory = 0, m_benShort1 = 0, m_benShort2 = 0, m_annaTtShort = 0,
           m_caraVideo = 0;
    int m_files = 0;
};

void TestResultsImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto ws = Workspace::open(m_dir->filePath(u"r.tierscope"_s));
    QVERIFY2(ws.ok(), qPrintable(ws.error().message));
    m_ws = std::move(ws).value();

    CreatorRepository creators(m_ws->database());
    const auto creator = [&creators](Platform p, const QString &handle) -> qint64 {
        Creator c;
        c.platform = p;
        c.handle = handle;
        c.followers = 40'000;
        c.niches = {u"food"_s};
        const auto id = creators.insert(c);
        return id ? *id : 0;
    };
    const qint64 annaIg = creator(Platform::Instagram, u"anna"_s);
    const qint64 ben = creator(Platform::TikTok, u"ben"_s);
    const qint64 annaTt = creator(Platform::TikTok, u"anna"_s);
    const qint64 cara = creator(Platform::YouTube, u"cara"_s);
    QVERIFY(annaIg && ben && annaTt && cara);

    CampaignRepository repo(m_ws->database());
    Campaign c;
    c.name = u"Spring launch"_s;
    c.budget = Money(1'000'000, u"EUR"_s);
    const auto campaign = repo.create(c);
    QVERIFY2(campaign.ok(), qPrintable(campaign.error().message));
    m_campaign = *campaign;
    const auto entry = [&](qint64 creatorId) -> qint64 {
        RosterEntry e;
        e.campaignId = m_campaign;
        e.creatorId = creatorId;
        e.stage = Stage::Contracted;
        const auto id = repo.addEntry(e);
        return id ? *id : 0;
    };
    const auto deliverable = [&](qint64 entryId, DeliverableKind kind,
                                 const QString &url) -> qint64 {
        Deliverable d;
        d.rosterEntryId = entryId;
        d.kind = kind;
        d.url = url;
        d.dueOn = QDate(2026, 4, 10);
        const auto id = repo.addDeliverable(d);
        return id ? *id : 0;
    };
    const qint64 eAnnaIg = entry(annaIg), eBen = entry(ben), eAnnaTt = entry(annaTt),
                 eCara = entry(cara);
    m_annaReel =
        deliverable(eAnnaIg, DeliverableKind::Reel, u"https://www.instagram.com/reel/ABC123/"_s);
    m_annaStory = deliverable(eAnnaIg, DeliverableKind::Story, QString());
    m_benShort1 = deliverable(eBen, DeliverableKind::Short, QString());
    m_benShort2 = deliverable(eBen, DeliverableKind::Short, QString());
    m_annaTtShort = deliverable(eAnnaTt, DeliverableKind::Short, QString());
    m_caraVideo = deliverable(eCara, DeliverableKind::Video, u"https://youtube.com/watch?v=xyz9"_s);
    QVERIFY(m_annaReel && m_annaStory && m_benShort1 && m_benShort2 && m_annaTtShort
            && m_caraVideo);
}

void TestResultsImporter::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

QString TestResultsImporter::writeCsv(const QByteArray &text)
{
    const QString path = m_dir->filePath(u"results%1.csv"_s.arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write the test file");
    return path;
}

QList<Deliverable> TestResultsImporter::allDeliverables() const
{
    const auto all = CampaignRepository(m_ws->database()).deliverablesForCampaign(m_campaign);
    return all ? *all : QList<Deliverable>();
}

Deliverable TestResultsImporter::stored(qint64 id) const
{
    const auto d = CampaignRepository(m_ws->database()).deliverable(id);
    return d ? *d : Deliverable();
}

QString TestResultsImporter::rejectionsText(const ImportReport &r)
{
    QStringList lines;
    for (const RejectedRow &row : r.rejectedRows)
        lines << row.toString();
    return lines.join(u'\n');
}

// ---- header mapping

void TestResultsImporter::headerMapping_readsTypicalResultsSheets_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<ResultsField>>("expected");
    using F = ResultsField;
    QTest::newRow("agency sheet") << QStringList {u"Post URL"_s,    u"Date"_s,
                                                  u"Impressions"_s, u"Likes"_s,
                                                  u"Comments"_s,    u"Saves"_s,
                                                  u"Link clicks"_s, u"Conversions"_s,
                                                  u"Revenue (€)"_s}
                                  << QList<F> {F::Url,    F::PublishedOn, F::Views,
                                               F::Likes,  F::Comments,    F::Saves,
                                               F::Clicks, F::Conversions, F::Revenue};
    QTest::newRow("tierscope keys")
        << QStringList {u"deliverable_id"_s, u"Creator"_s,      u"Platform"_s,    u"Content type"_s,
                        u"Permalink"_s,      u"Published on"_s, u"Video views"_s, u"Shares"_s,
                        u"Swipe ups"_s,      u"Orders"_s,       u"Revenue EUR"_s, u"Currency"_s}
        << QList<F> {F::DeliverableId, F::Handle,      F::Platform, F::Kind,
                     F::Url,           F::PublishedOn, F::Views,    F::Shares,
                     F::Clicks,        F::Conversions, F::Revenue,  F::Currency};
    QTest::newRow("prefixed and unknown")
        << QStringList {u"Username"_s,  u"IG likes"_s,  u"Total comments"_s,
                        u"Bookmarks"_s, u"Sentiment"_s, u""_s}
        << QList<F> {F::Handle, F::Likes, F::Comments, F::Saves, F::Ignore, F::Ignore};
}

void TestResultsImporter::headerMapping_readsTypicalResultsSheets()
{
    QFETCH(QStringList, headers);
    QFETCH(QList<ResultsField>, expected);
    const ResultsMapping m = ResultsHeaderMapper::map(headers);
    QCOMPARE(m.columnCount(), headers.size());
    for (qsizetype c = 0; c < headers.size(); ++c) {
        QVERIFY2(m.target(c) == expected[c],
                 qPrintable(u"%1 → %2, expected %3"_s.arg(headers[c], resultsFieldKey(m.target(c)),
                                                          resultsFieldKey(expected[c]))));
    }
}

void TestResultsImporter::headerMapping_viewsWinsOverImpressions()
{
    const ResultsMapping m =
        ResultsHeaderMapper::map({u"Impressions"_s, u"URL"_s, u"Views"_s, u"Reach"_s});
    QCOMPARE(m.target(0), ResultsField::Ignore);
    QCOMPARE(m.target(2), ResultsField::Views);
    QCOMPARE(m.target(3), ResultsField::Ignore);
    QCOMPARE(m.columnFor(ResultsField::Views), 2);
    QVERIFY(m.extraColumns().isEmpty()); // nothing is kept from a results sheet but results
}

void TestResultsImporter::headerMapping_savedMappingRoundTrips()
{
    ResultsMapping m = ResultsHeaderMapper::map({u"Link"_s, u"Impressions"_s, u"Notes"_s});
    m.setTarget(2, ResultsField::Handle);
    const auto back = ResultsMapping::fromJson(m.toJson());
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(*back, m);
    // A creator mapping is not a results mapping.
    const QJsonObject creatorJson {{u"format"_s, u"tierscope-column-mapping"_s},
                                   {u"version"_s, 1},
                                   {u"columns"_s, QJsonArray()}};
    QVERIFY(!ResultsMapping::fromJson(creatorJson).ok());
    const ResultsMapping again =
        ResultsHeaderMapper::map({u"link"_s, u"impressions"_s, u"notes"_s}, *back);
    QCOMPARE(again.target(2), ResultsField::Handle);
    QCOMPARE(again.target(1), ResultsField::Views);
}

void TestResultsImporter::headerCurrency_isReadFromTheRevenueHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("currency");
    QTest::newRow("symbol in parentheses") << u"Revenue (€)"_s << u"EUR"_s;
    QTest::newRow("code after") << u"Revenue USD"_s << u"USD"_s;
    QTest::newRow("dollar") << u"Sales value ($)"_s << u"USD"_s;
    QTest::newRow("code in brackets") << u"revenue [gbp]"_s << u"GBP"_s;
    QTest::newRow("none") << u"Revenue"_s << QString();
    QTest::newRow("not a code") << u"Revenue (net)"_s << QString();
}

void TestResultsImporter::headerCurrency_isReadFromTheRevenueHeader()
{
    QFETCH(QString, header);
    QFETCH(QString, currency);
    QCOMPARE(ResultsHeaderMapper::currencyOf(header), currency);
}

void TestResultsImporter::urlKey_ignoresSchemeWwwSlashAndTracking()
{
    const QString key = DeliverableMatcher::urlKey(u"https://www.instagram.com/reel/ABC123/"_s);
    QCOMPARE(DeliverableMatcher::urlKey(u"instagram.com/reel/ABC123?igshid=zz&utm_source=x"_s),
             key);
    QCOMPARE(DeliverableMatcher::urlKey(u"http://m.instagram.com/reel/ABC123"_s), key);
    QVERIFY(DeliverableMatcher::urlKey(u"https://instagram.com/reel/ABC124/"_s) != key);
    // The video id of a YouTube link is in its query: kept.
    QVERIFY(DeliverableMatcher::urlKey(u"https://youtube.com/watch?v=a1"_s)
            != DeliverableMatcher::urlKey(u"https://youtube.com/watch?v=b2"_s));
    QCOMPARE(DeliverableMatcher::urlKey(u"https://www.youtube.com/watch?v=a1&si=share"_s),
             DeliverableMatcher::urlKey(u"https://youtube.com/watch?v=a1"_s));
}

// ---- import

void TestResultsImporter::import_matchesByIdUrlAndHandleAndWritesValues()
{
    const QByteArray csv =
        "Deliverable ID,Creator,Type,Post URL,Date,Impressions,Likes,Comments,Saves,Link clicks,"
        "Conversions,Revenue (€)\n"
        // by URL (another spelling of the stored one)
        ",,,instagram.com/reel/"
        "ABC123?igshid=abc,2026-04-12,12.5k,\"1,240\",88,301,45,6,\"€1.200,50\"\n"
        // by ID
        + QByteArray::number(m_caraVideo)
        + ",,,,2026-04-15,48200,3100,140,,620,31,930\n"
          // by handle and kind: anna has a story only on Instagram
          ",@Anna,story,https://instagram.com/stories/anna/999,,7.1K,,,,,,\n";
    const auto result = ResultsImporter::run(m_ws->database(), m_campaign, writeCsv(csv), {});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    const ImportReport &r = result->report;
    QVERIFY2(r.rejected == 0, qPrintable(rejectionsText(r)));
    QCOMPARE(r.rowsRead, 3);
    QCOMPARE(r.updated, 3);
    QCOMPARE(r.inserted, 0);
    QCOMPARE(r.skipped, 0);
    QCOMPARE(result->before.size(), 3);

    const Deliverable reel = stored(m_annaReel);
    QCOMPARE(reel.status, DeliverableStatus::Published);
    QCOMPARE(reel.url, u"instagram.com/reel/ABC123?igshid=abc"_s); // the sheet's URL is kept
    QCOMPARE(reel.publishedOn, QDate(2026, 4, 12));
    QCOMPARE(reel.actuals.views, std::optional<qint64>(12'500));
    QCOMPARE(reel.actuals.likes, std::optional<qint64>(1'240));
    QCOMPARE(reel.actuals.comments, std::optional<qint64>(88));
    QCOMPARE(reel.actuals.saves, std::optional<qint64>(301));
    QCOMPARE(reel.actuals.clicks, std::optional<qint64>(45));
    QCOMPARE(reel.actuals.conversions, std::optional<qint64>(6));
    QCOMPARE(reel.actuals.shares, std::optional<qint64>()); // no shares column: unknown
    QCOMPARE(reel.actuals.revenue, std::optional<Money>(Money(120'050, u"EUR"_s)));

    const Deliverable video = stored(m_caraVideo);
    QCOMPARE(video.url, u"https://youtube.com/watch?v=xyz9"_s); // no URL on the row: kept
    QCOMPARE(video.actuals.views, std::optional<qint64>(48'200));
    QCOMPARE(video.actuals.saves, std::optional<qint64>());
    QCOMPARE(video.actuals.revenue, std::optional<Money>(Money(93'000, u"EUR"_s)));
    QCOMPARE(video.status, DeliverableStatus::Published);

    const Deliverable story = stored(m_annaStory);
    QCOMPARE(story.url, u"https://instagram.com/stories/anna/999"_s);
    QCOMPARE(story.actuals.views, std::optional<qint64>(7'100));
    QCOMPARE(story.publishedOn, QDate()); // never guessed
    QCOMPARE(story.status, DeliverableStatus::Published);

    // Untouched deliverables stay planned without results.
    for (qint64 id : {m_benShort1, m_benShort2, m_annaTtShort}) {
        QCOMPARE(stored(id).status, DeliverableStatus::Planned);
        QVERIFY(stored(id).actuals.isEmpty());
    }
}

void TestResultsImporter::import_rejectsAmbiguousAndUnmatchedRowsWithLineNumbers()
{
    const QList<Deliverable> before = allDeliverables();
    const QByteArray csv = "Handle,Platform,Kind,URL,Views\n"
                           "ben,,short,,1000\n" // line 2: two shorts
                           "anna,,short,,2000\n" // line 3: only the TikTok short
                           "dave,,reel,,3000\n" // line 4: not on the roster
                           "anna,Instagram,video,,4000\n" // line 5: no video
                           ",,,https://example.com/x,5000\n" // line 6: URL matches none, no handle
                           "\"ben\nbenny\",TikTok,short,,6000\n" // line 7 (2 physical lines)
                           "cara,Snapchat,video,,10\n" // line 9: unknown platform
                           "anna,,,,70\n"; // line 10: anna on two platforms
    const auto result = ResultsImporter::run(m_ws->database(), m_campaign, writeCsv(csv), {});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    const ImportReport &r = result->report;
    QCOMPARE(r.rowsRead, 8);
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.rejected, 7);
    QCOMPARE(r.rejectedRows.size(), 7);
    QCOMPARE(r.rejectedRows[0].line, 2);
    QVERIFY2(r.rejectedRows[0].reason.contains(u"ambiguous")
                 && r.rejectedRows[0].reason.contains(QString::number(m_benShort1))
                 && r.rejectedRows[0].reason.contains(QString::number(m_benShort2)),
             qPrintable(r.rejectedRows[0].reason));
    QCOMPARE(r.rejectedRows[1].line, 4);
    QVERIFY2(r.rejectedRows[1].reason.contains(u"@dave is not on the roster"),
             qPrintable(r.rejectedRows[1].reason));
    QCOMPARE(r.rejectedRows[2].line, 5);
    QVERIFY2(r.rejectedRows[2].reason.contains(u"no video"), qPrintable(r.rejectedRows[2].reason));
    QCOMPARE(r.rejectedRows[3].line, 6);
    QVERIFY2(r.rejectedRows[3].reason.contains(u"no deliverable"),
             qPrintable(r.rejectedRows[3].reason));
    QCOMPARE(r.rejectedRows[4].line, 7);
    QVERIFY2(r.rejectedRows[4].reason.contains(u"not on the roster"),
             qPrintable(r.rejectedRows[4].reason));
    QCOMPARE(r.rejectedRows[5].line, 9);
    QCOMPARE(r.rejectedRows[5].column, u"Platform"_s);
    QCOMPARE(r.rejectedRows[6].line, 10);
    QVERIFY2(r.rejectedRows[6].reason.contains(u"ambiguous: 3 deliverables of @anna")
                 && r.rejectedRows[6].reason.contains(u"add the platform"),
             qPrintable(r.rejectedRows[6].reason));

    // Only line 3 went in: anna's TikTok short.
    QCOMPARE(stored(m_annaTtShort).actuals.views, std::optional<qint64>(2'000));
    for (const Deliverable &d : before) {
        if (d.id != m_annaTtShort)
            QCOMPARE(stored(d.id), d);
    }
}

void TestResultsImporter::import_rejectsContradictionsAndRepeatedRows()
{
    const QByteArray csv = "deliverable id,handle,url,views\n" + QByteArray::number(m_caraVideo)
        + ",ben,,10\n" // 2: ID is cara's
          "999999,,,20\n" // 3: no such ID
          ",,https://instagram.com/reel/ABC123,30\n" // 4: anna's reel
          ",,https://www.instagram.com/reel/ABC123/,40\n" // 5: again
          ",anna,https://youtube.com/watch?v=xyz9,50\n" // 6: URL is cara's
          "abc,,,60\n"; // 7: not an ID
    const auto result = ResultsImporter::run(m_ws->database(), m_campaign, writeCsv(csv), {});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    const ImportReport &r = result->report;
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.rejected, 5);
    const QList<qint64> lines = {r.rejectedRows[0].line, r.rejectedRows[1].line,
                                 r.rejectedRows[2].line, r.rejectedRows[3].line,
                                 r.rejectedRows[4].line};
    QCOMPARE(lines, (QList<qint64> {2, 3, 5, 6, 7}));
    QVERIFY2(r.rejectedRows[0].reason.contains(u"@ben"), qPrintable(r.rejectedRows[0].reason));
    QVERIFY2(r.rejectedRows[1].reason.contains(u"no deliverable with ID 999999"),
             qPrintable(r.rejectedRows[1].reason));
    QVERIFY2(r.rejectedRows[2].reason.contains(u"line 4 already has results"),
             qPrintable(r.rejectedRows[2].reason));
    QVERIFY2(r.rejectedRows[3].reason.contains(u"@anna")
                 && r.rejectedRows[3].reason.contains(u"@cara"),
             qPrintable(r.rejectedRows[3].reason));
    QCOMPARE(r.rejectedRows[4].column, u"deliverable id"_s);
    QCOMPARE(stored(m_annaReel).actuals.views, std::optional<qint64>(30));
    QCOMPARE(stored(m_caraVideo).actuals.views, std::optional<qint64>());
}

void TestResultsImporter::import_emptyCellIsUnknownButZeroIsAResult()
{
    const QByteArray csv = "Deliverable ID;Views;Likes;Comments;Shares;Clicks;Revenue\n"
        + QByteArray::number(m_annaTtShort) + ";0;;N/A;-;0;0\n";
    const auto result = ResultsImporter::run(m_ws->database(), m_campaign, writeCsv(csv), {});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->report.updated, 1);
    const Deliverable d = stored(m_annaTtShort);
    QCOMPARE(d.actuals.views, std::optional<qint64>(0));
    QCOMPARE(d.actuals.likes, std::optional<qint64>());
    QCOMPARE(d.actuals.comments, std::optional<qint64>());
    QCOMPARE(d.actuals.shares, std::optional<qint64>());
    QCOMPARE(d.actuals.clicks, std::optional<qint64>(0));
    QCOMPARE(d.actuals.revenue, std::optional<Money>(Money(0, u"EUR"_s)));
    QCOMPARE(d.actuals.saves, std::optional<qint64>());
}

// A count no post can have (2^63-1, past 10^13) is a broken cell: the row is refused with its
// line, column and the bound, and nothing of it lands; at the bound it is a result.
void TestResultsImporter::import_countPastItsBoundIsRejected_data()
{
    QTest::addColumn<QByteArray>("column");
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<qint64>("stored"); // -1: the row is refused
    QTest::newRow("views 2^63-1") << "Views"_ba << "9223372036854775807"_ba << qint64(-1);
    QTest::newRow("views 10^13 (the bound)")
        << "Views"_ba << "10000000000000"_ba << qint64(10'000'000'000'000);
    QTest::newRow("views 10^13+1") << "Views"_ba << "10000000000001"_ba << qint64(-1);
    QTest::newRow("views 9.2E+18") << "Views"_ba << "9.2E+18"_ba << qint64(-1);
    QTest::newRow("likes 2^63-1") << "Likes"_ba << "9223372036854775807"_ba << qint64(-1);
    QTest::newRow("likes 10^11+1")
        << "Likes"_ba << "100000000001"_ba << qint64(100'000'000'001);
    QTest::newRow("comments 10^13+1") << "Comments"_ba << "10000000000001"_ba << qint64(-1);
    QTest::newRow("clicks 2^63-1") << "Clicks"_ba << "9223372036854775807"_ba << qint64(-1);
    QTest::newRow("conversions 2^63-1")
        << "Conversions"_ba << "9223372036854775807"_ba << qint64(-1);
}

void TestResultsImporter::import_countPastItsBoundIsRejected()
{
    QFETCH(QByteArray, column);
    QFETCH(QByteArray, cell);
    QFETCH(qint64, stored);
    const QList<Deliverable> before = allDeliverables();
    const QByteArray csv = "Deliverable ID," + column + "\n" + QByteArray::number(m_annaTtShort)
                           + ",\"" + cell + "\"\n";
    const auto result = ResultsImporter::run(m_ws->database(), m_campaign, writeCsv(csv), {});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    if (stored < 0) {
        QCOMPARE(result->report.rejected, 1);
        QCOMPARE(result->report.updated, 0);
        const QString why = rejectionsText(result->report);
        QVERIFY2(why.contains(u"line 2"_s, Qt::CaseInsensitive), qPrintable(why));
        QVERIFY2(why.contains(QString::fromLatin1(column)), qPrintable(why));
        QVERIFY2(why.contains(u"at most 10000000000000"_s), qPrintable(why));
        QCOMPARE(allDeliverables(), before);
        return;
    }
    QCOMPARE(result->report.rejected, 0);
    QCOMPARE(result->report.updated, 1);
    const Deliverable d = this->stored(m_annaTtShort);
    const std::optional<qint64> value = column == "Views" ? d.actuals.views : d.actuals.likes;
    QCOMPARE(value, std::optional<qint64>(stored));
}

// Every deliverable at the bound: the campaign's totals are the exact sums.
void TestResultsImporter::import_countsAtTheBoundSumExactly()
{
    QByteArray csv = "Deliverable ID,Views,Likes\n";
    for (const qint64 id :
         {m_annaReel, m_annaStory, m_benShort1, m_benShort2, m_annaTtShort, m_caraVideo})
        csv += QByteArray::number(id) + ",10000000000000,10000000000000\n";
    const auto result = ResultsImporter::run(m_ws->database(), m_campaign, writeCsv(csv), {});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->report.updated, 6);
    const auto plan = loadCampaignPlan(m_ws->database(), m_campaign);
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    const CampaignForecast f = forecastCampaign(*plan);
    QCOMPARE(f.actualViews, qint64(60'000'000'000'000));
    QCOMPARE(f.actualEngagements, qint64(60'000'000'000'000));
}

void TestResultsImporter::import_keepsStoredValuesForEmptyCellsAndSkipsUnchangedRows()
{
    Deliverable d = stored(m_benShort1);
    d.actuals.views = 900;
    d.actuals.likes = 70;
    d.status = DeliverableStatus::Published;
    QVERIFY(!CampaignRepository(m_ws->database()).updateDeliverable(d));

    const QByteArray csv = "id,deliverable_id,views,likes\n"
                           "x,"
        + QByteArray::number(m_benShort1)
        + ",,75\n"
          "y,"
        + QByteArray::number(m_benShort2) + ",1.2m,\n";
    ResultsImportOptions options;
    options.mapping =
        ResultsHeaderMapper::map({u"id"_s, u"deliverable_id"_s, u"views"_s, u"likes"_s});
    QCOMPARE(options.mapping->target(0), ResultsField::Ignore);
    auto result = ResultsImporter::run(m_ws->database(), m_campaign, writeCsv(csv), options);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->report.updated, 2);
    QCOMPARE(stored(m_benShort1).actuals.views, std::optional<qint64>(900)); // empty: kept
    QCOMPARE(stored(m_benShort1).actuals.likes, std::optional<qint64>(75));
    QCOMPARE(stored(m_benShort2).actuals.views, std::optional<qint64>(1'200'000));

    // The same sheet again changes nothing: both rows are skipped, nothing is written.
    const QList<Deliverable> before = allDeliverables();
    result = ResultsImporter::prepare(m_ws->database(), m_campaign, writeCsv(csv), options);
    QVERIFY(result.ok());
    QCOMPARE(result->report.updated, 0);
    QCOMPARE(result->report.skipped, 2);
    QVERIFY(!result->hasChanges());
    QCOMPARE(allDeliverables(), before);
}

void TestResultsImporter::import_revenueInAnotherCurrencyIsRejected()
{
    const QByteArray id = QByteArray::number(m_annaTtShort);
    const QByteArray csv = "deliverable id,revenue,currency\n" + id
        + ",$120,\n" // 2: a dollar amount
        + id + ",120,USD\n" // 3: the currency column says USD
        + id + ",€120,USD\n" // 4: they disagree
        + id + ",120,bitcoin\n" // 5: not a currency
        + id + ",\"1.200,50 EUR\",\n"; // 6: fine
    auto result = ResultsImporter::run(m_ws->database(), m_campaign, writeCsv(csv), {});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    const ImportReport &r = result->report;
    QCOMPARE(r.rejected, 4);
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.rejectedRows[0].line, 2);
    QCOMPARE(r.rejectedRows[0].column, u"revenue"_s);
    QVERIFY2(r.rejectedRows[0].reason.contains(u"USD") && r.rejectedRows[0].reason.contains(u"EUR"),
             qPrintable(r.rejectedRows[0].reason));
    QCOMPARE(r.rejectedRows[1].line, 3);
    QCOMPARE(r.rejectedRows[2].line, 4);
    QCOMPARE(r.rejectedRows[3].line, 5);
    QCOMPARE(r.rejectedRows[3].column, u"currency"_s);
    QCOMPARE(stored(m_annaTtShort).actuals.revenue, std::optional<Money>(Money(120'050, u"EUR"_s)));

    // A header in another currency rejects the amounts that name none.
    const QByteArray usd =
        "deliverable id,Revenue (USD)\n" + QByteArray::number(m_benShort1) + ",99\n";
    result = ResultsImporter::run(m_ws->database(), m_campaign, writeCsv(usd), {});
    QVERIFY(result.ok());
    QCOMPARE(result->report.rejected, 1);
    QVERIFY(result->report.rejectedRows[0].reason.contains(u"USD"));
    QCOMPARE(stored(m_benShort1).actuals.revenue, std::optional<Money>());
}

void TestResultsImporter::import_readsDatesPerColumn()
{
    const QByteArray csv = "deliverable id,posted on\n" + QByteArray::number(m_benShort1)
        + ",02/04/2026\n" + QByteArray::number(m_benShort2) + ",13/04/2026\n"
        + QByteArray::number(m_annaTtShort) + ",31.04.2026\n";
    const auto result = ResultsImporter::run(m_ws->database(), m_campaign, writeCsv(csv), {});
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->report.updated, 2);
    QCOMPARE(result->report.rejected, 1);
    QCOMPARE(result->report.rejectedRows[0].line, 4);
    QCOMPARE(stored(m_benShort1).publishedOn, QDate(2026, 4, 2)); // day first, learned from line 3
    QCOMPARE(stored(m_benShort2).publishedOn, QDate(2026, 4, 13));
    QVERIFY(result->report.warnings.join(u' ').contains(u"day first"));
}

void TestResultsImporter::import_needsAKeyAndAResultColumn()
{
    auto result =
        ResultsImporter::run(m_ws->database(), m_campaign, writeCsv("views,likes\n10,2\n"), {});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::InvalidArgument);
    QVERIFY(result.error().message.contains(u"which deliverable"));
    result = ResultsImporter::run(m_ws->database(), m_campaign,
                                  writeCsv("handle,platform\nanna,instagram\n"), {});
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(u"No column holds results"));
    // A row with a key but only empty results is rejected, not counted as an update.
    result = ResultsImporter::run(m_ws->database(), m_campaign,
                                  writeCsv("handle,kind,views\nanna,story,\n"), {});
    QVERIFY(result.ok());
    QCOMPARE(result->report.rejected, 1);
    QVERIFY(result->report.rejectedRows[0].reason.contains(u"no results"));
}

void TestResultsImporter::import_failingWriteLeavesEverythingAsItWas()
{
    const QList<Deliverable> before = allDeliverables();
    QVERIFY(!before.isEmpty());
    // The second deliverable written fails: the first must not stay written either.
    QSqlQuery q(m_ws->database());
    QVERIFY2(q.exec(u"CREATE TEMP TRIGGER fail_cara BEFORE UPDATE ON deliverables WHEN NEW.id = %1 "
                    "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"_s.arg(m_caraVideo)),
             qPrintable(q.lastError().text()));
    const QByteArray csv = "deliverable id,views\n" + QByteArray::number(m_annaReel) + ",100\n"
        + QByteArray::number(m_caraVideo) + ",200\n" + QByteArray::number(m_benShort1) + ",300\n";
    const auto result = ResultsImporter::run(m_ws->database(), m_campaign, writeCsv(csv), {});
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"deliverable"), qPrintable(result.error().message));
    QCOMPARE(allDeliverables(), before);
    QSqlQuery probe(m_ws->database());
    QVERIFY(probe.exec(u"SELECT COUNT(*) FROM deliverables"_s) && probe.next()); // still usable

    // Without the fault the same sheet goes in whole.
    QVERIFY(q.exec(u"DROP TRIGGER fail_cara"_s));
    const auto again = ResultsImporter::run(m_ws->database(), m_campaign, writeCsv(csv), {});
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(stored(m_caraVideo).actuals.views, std::optional<qint64>(200));
    QCOMPARE(stored(m_annaReel).actuals.views, std::optional<qint64>(100));
}

void TestResultsImporter::import_cancelLeavesEverythingAsItWas()
{
    const QList<Deliverable> before = allDeliverables();
    ResultsImportOptions options;
    int calls = 0;
    options.progress = [&calls](const ImportProgress &) { return ++calls < 1; };
    const QByteArray csv = "deliverable id,views\n" + QByteArray::number(m_annaReel) + ",100\n";
    const auto result = ResultsImporter::run(m_ws->database(), m_campaign, writeCsv(csv), options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::Cancelled);
    QVERIFY(calls > 0);
    QCOMPARE(allDeliverables(), before);
}

QTEST_GUILESS_MAIN(TestResultsImporter)
#include "tst_results_importer.moc"
