// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/clock.h"
#include "core/storage/creator_repository.h"
#include "core/storage/workspace.h"
#include "tests/core/support/test_workspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tierscope::core;
using namespace tierscope::test;

Q_DECLARE_METATYPE(tierscope::core::CreatorFilter)

namespace {

const QDateTime kT0(QDate(2026, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);

// Everything filled in, with non-Latin text, emoji and a decomposed accent (e + U+0301) that must
// come back exactly as stored, not normalised.
Creator fullCreator()
{
    Creator c;
    c.platform = Platform::TikTok;
    c.handle = QStringLiteral("anna.fit");
    c.displayName = QStringLiteral("Анна Соколова · 李娜 · ليلى 💪🏽 Rene\u0301e");
    c.followers = 48'700;
    c.avgLikes = 3'100.5;
    c.avgComments = 120.25;
    c.avgShares = 40.0;
    c.avgViews = 21'000.0;
    c.engagementRate = 0.0673;
    c.erSource = ErSource::Reported;
    c.niches = {QStringLiteral("fitness"), QStringLiteral("vegan food"), QStringLiteral("ёга")};
    c.country = QStringLiteral("DE");
    c.language = QStringLiteral("de");
    c.authenticity = 0.87;
    c.sponsoredRatio = 0.125;
    c.fee = Money(42'050, QStringLiteral("EUR"));
    c.email = QStringLiteral("anna@example.org");
    c.profileUrl = QStringLiteral("https://www.tiktok.com/@anna.fit");
    c.notes = QStringLiteral("Line one\nLine two \"quoted\" 'single' ; -- ✨🔥\tend");
    c.extra = {{QStringLiteral("Agency"), QStringLiteral("Nordlicht GmbH")},
               {QStringLiteral("score"), 12.5},
               {QStringLiteral("verified"), true},
               {QStringLiteral("ünïcødé key"), QStringLiteral("✓")}};
    c.source = QStringLiteral("export-2026-03.csv");
    c.metricsAsOf = QDate(2026, 3, 1);
    return c;
}

Creator zeroCreator()
{
    Creator c = makeCreator(Platform::Instagram, QStringLiteral("zero"), 0, 0.0);
    c.avgLikes = 0.0;
    c.avgComments = 0.0;
    c.avgShares = 0.0;
    c.avgViews = 0.0;
    c.erSource = ErSource::Computed;
    c.authenticity = 0.0;
    c.sponsoredRatio = 0.0;
    c.fee = Money(0, QStringLiteral("USD"));
    return c;
}

struct Spec
{
    const char *handle;
    Platform platform;
    qint64 followers; // -1: unknown
    double er;        // < 0: unknown
    const char *country;
    const char *language;
    const char *niches; // comma separated
    qint64 fee;         // -1: unknown
    const char *currency;
    double authenticity; // < 0: unknown
    double sponsored;    // < 0: unknown
    const char *name;
    const char *notes;
};

// The filter fixture: every row is referred to by handle in the expectations below.
const Spec kFixture[] = {
    {"anna.fit", Platform::Instagram, 48'700, 0.069, "US", "en", "fitness, vegan", 42'000, "USD", 0.92, 0.10, "Anna Berg", "Loves trail running"},
    {"ben.runs", Platform::TikTok, 12'300, 0.091, "GB", "en", "running, fitness", 15'000, "GBP", 0.85, 0.05, "Ben Evans", ""},
    {"carla.cooks", Platform::YouTube, 250'000, 0.031, "ES", "es", "food", 250'000, "EUR", 0.80, 0.30, "Carla Diaz", ""},
    {"dev.tech", Platform::YouTube, 1'500'000, 0.018, "IN", "hi", "tech", -1, "", 0.70, 0.40, "Dev Patel", ""},
    {"elif.style", Platform::Instagram, 999, 0.12, "TR", "tr", "fashion", 2'500, "USD", -1, -1, "Elif Kaya", ""},
    {"finn.outdoors", Platform::Instagram, 1'000, 0.08, "DE", "de", "outdoors, travel", 5'000, "EUR", 0.95, 0.0, "Finn Fischer", ""},
    {"grace.beauty", Platform::TikTok, 9'999, 0.10, "US", "en", "beauty, skincare", 9'000, "USD", 0.88, 0.20, "Grace Hahn", ""},
    {"hiro.games", Platform::TikTok, 10'000, 0.05, "JP", "ja", "gaming", 12'000, "USD", 0.75, 0.15, "Hiro Tanaka", "東京 在住"},
    {"ines.travel", Platform::Instagram, 99'999, 0.045, "FR", "fr", "travel", 80'000, "EUR", 0.90, 0.25, "Inès Costa", ""},
    {"jonas.books", Platform::YouTube, 100'000, 0.025, "DE", "de", "books", 100'000, "EUR", 0.60, 0.35, "Jonas Meyer", ""},
    {"kemi.food", Platform::Instagram, 999'999, 0.022, "NG", "en", "food, comedy", 500'000, "USD", 0.65, 0.45, "Kemi Okafor", ""},
    {"lena.yoga", Platform::Instagram, 1'000'000, 0.02, "SE", "sv", "yoga, fitness", 900'000, "EUR", 0.55, 0.50, "Lena Jensen", ""},
    {"marco.unknown", Platform::TikTok, -1, -1, "IT", "it", "music", -1, "", -1, -1, "Marco Rossi", ""},
    {"nora.pets", Platform::Instagram, 5'000, -1, "US", "en", "pets", 3'000, "USD", 0.99, 0.01, "Nora Silva", ""},
    {"omar.fitness", Platform::TikTok, 30'000, 0.07, "AE", "ar", "fitness", 20'000, "USD", 0.70, 0.10, "عمر خالد", ""},
    {"sokolova", Platform::Instagram, 20'000, 0.06, "UA", "uk", "beauty", 10'000, "USD", 0.80, 0.05, "Анна Соколова", "Москва и Киев"},
    {"quinn.diy", Platform::YouTube, 60'000, 0.04, "CA", "en", "diy", 42'000, "CAD", 0.82, 0.10, "Quinn Novak", "Said '; DROP TABLE creators; -- in a DM"},
    {"rosa.coffee", Platform::Instagram, 700, -1, "BR", "pt", "coffee", -1, "", -1, -1, "Rosa Silva", ""},
    {"sam.fitnessfan", Platform::TikTok, 45'000, 0.065, "US", "es", "fitness, comedy", 30'000, "USD", 0.84, 0.12, "Sam Lopez", "He said \"twice\" * 2"},
    {"tariq.finance", Platform::YouTube, 0, -1, "AE", "ar", "finance", 0, "USD", 0.0, 1.0, "Tariq Weber", ""},
    {"uma.running", Platform::Instagram, 15'000, 0.0, "IN", "en", "running", -1, "", 0.5, -1, "Uma Ito", ""},
    {"vik.fitnessguru", Platform::YouTube, 70'000, 0.03, "PL", "pl", "music", 60'000, "EUR", 0.78, 0.2, "Vik Novak", ""},
    {"zoe.music", Platform::TikTok, 2'000'000, 0.03, "GB", "en", "music, comedy", 1'000'000, "GBP", 0.90, 0.20, "Zoë Ångström", ""},
};

Creator fromSpec(const Spec &s)
{
    Creator c = makeCreator(s.platform, QString::fromUtf8(s.handle),
                            s.followers < 0 ? std::nullopt : std::optional<qint64>(s.followers),
                            s.er < 0 ? std::nullopt : std::optional<double>(s.er));
    c.country = QString::fromUtf8(s.country);
    c.language = QString::fromUtf8(s.language);
    c.niches.clear();
    for (const QString &n : QString::fromUtf8(s.niches).split(u',', Qt::SkipEmptyParts))
        c.niches << n.trimmed();
    if (s.fee >= 0)
        c.fee = Money(s.fee, QString::fromUtf8(s.currency));
    if (s.authenticity >= 0)
        c.authenticity = s.authenticity;
    if (s.sponsored >= 0)
        c.sponsoredRatio = s.sponsored;
    c.displayName = QString::fromUtf8(s.name);
    c.notes = QString::fromUtf8(s.notes);
    return c;
}

QStringList handles(const QList<Creator> &rows)
{
    QStringList out;
    for (const Creator &c : rows)
        out << c.handle;
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

class TestCreatorRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_fixture; // the filter fixture, shared by the filter tests
    FixedClock m_clock{kT0};

    std::unique_ptr<Workspace> freshWorkspace(const QString &name)
    {
        return openWorkspace(m_dir.filePath(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QList<Creator> all;
        for (const Spec &s : kFixture)
            all << fromSpec(s);
        m_fixture = workspaceWith(m_dir.filePath(QStringLiteral("fixture.tierscope")), all);
        QVERIFY(m_fixture);
    }

    void cleanupTestCase() { m_fixture.reset(); }

    void insert_roundTripsEveryField()
    {
        auto ws = freshWorkspace(QStringLiteral("roundtrip.tierscope"));
        QVERIFY(ws);
        CreatorRepository repo(ws->database(), nullptr, m_clock);
        const Creator in = fullCreator();
        const auto id = repo.insert(in);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        QVERIFY(*id > 0);
        const auto out = repo.get(*id);
        QVERIFY(out.ok());
        Creator expected = in;
        expected.id = *id;
        expected.createdAt = kT0;
        expected.updatedAt = kT0;
        const QString diff = creatorDiff(expected, *out);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // Byte for byte, not merely equal after normalisation.
        QCOMPARE(out->displayName.toUtf8(), in.displayName.toUtf8());
        QCOMPARE(out->notes.toUtf8(), in.notes.toUtf8());
        QCOMPARE(out->extra.value(QStringLiteral("ünïcødé key")).toString(), QStringLiteral("✓"));
        QCOMPARE(out->extra.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(out->extra.value(QStringLiteral("score")).toDouble(), 12.5);
        QCOMPARE(out->fee->currency(), QStringLiteral("EUR"));
        QCOMPARE(out->fee->minor(), qint64(42'050));
        // And the stored text is the same bytes too.
        QSqlQuery q(ws->database());
        QVERIFY(q.prepare(QStringLiteral("SELECT display_name = ?, notes = ? FROM creators WHERE id = ?")));
        q.addBindValue(in.displayName);
        q.addBindValue(in.notes);
        q.addBindValue(*id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
    }

    void insert_keepsUnknownApartFromZero()
    {
        auto ws = freshWorkspace(QStringLiteral("unknown-zero.tierscope"));
        QVERIFY(ws);
        CreatorRepository repo(ws->database(), nullptr, m_clock);
        Creator unknown = makeCreator(Platform::YouTube, QStringLiteral("nothing.known"));
        unknown.niches.clear();
        unknown.niches << QStringLiteral("lifestyle"); // empty niches: see insert_withoutNiches
        const auto uid = repo.insert(unknown);
        TS_VERIFY_OK(uid);
        const auto zid = repo.insert(zeroCreator());
        TS_VERIFY_OK(zid);

        const Creator u = *repo.get(*uid);
        QVERIFY(!u.followers && !u.avgLikes && !u.avgComments && !u.avgShares && !u.avgViews);
        QVERIFY(!u.engagementRate && !u.authenticity && !u.sponsoredRatio && !u.fee);
        QVERIFY(u.erSource == ErSource::Unknown);
        QVERIFY(!u.metricsAsOf.isValid());
        QVERIFY(u.extra.isEmpty());
        QVERIFY(u.displayName.isEmpty() && u.country.isEmpty() && u.notes.isEmpty());

        const Creator z = *repo.get(*zid);
        Creator expected = zeroCreator();
        const QString diff = creatorDiff(expected, z, false);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(z.followers.has_value() && *z.followers == 0);
        QVERIFY(z.engagementRate.has_value() && *z.engagementRate == 0.0);
        QVERIFY(z.fee.has_value() && z.fee->minor() == 0);

        // Unknown stays NULL in SQL (filters and sorts depend on it).
        QCOMPARE(scalar(ws->database(), QStringLiteral("SELECT count(*) FROM creators WHERE followers IS NULL "
                                                       "AND engagement_rate IS NULL AND fee_minor IS NULL "
                                                       "AND authenticity IS NULL"))
                     .toInt(),
                 1);
    }

    // Niches are optional: a creator with none is stored with none.
    void insert_withoutNichesIsStored()
    {
        auto ws = freshWorkspace(QStringLiteral("no-niches.tierscope"));
        QVERIFY(ws);
        CreatorRepository repo(ws->database());
        Creator c = makeCreator(Platform::YouTube, QStringLiteral("no.niches"), 1'234);
        c.niches.clear();
        const auto id = repo.insert(c);
        TS_VERIFY_OK(id);
        const auto back = repo.get(*id);
        TS_VERIFY_OK(back);
        QVERIFY(back->niches.isEmpty());
        QCOMPARE(*back->followers, qint64(1'234));
    }

    // A value the schema refuses is an invalid argument, never reported as a duplicate.
    void insert_invalidValueIsNotReportedAsDuplicate_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("negative ER") << QStringLiteral("er"); // above 100 % is real since format 4
        QTest::newRow("negative followers") << QStringLiteral("followers");
    }
    void insert_invalidValueIsNotReportedAsDuplicate()
    {
        QFETCH(QString, what);
        auto ws = freshWorkspace(QStringLiteral("invalid-%1.tierscope").arg(what));
        QVERIFY(ws);
        CreatorRepository repo(ws->database());
        Creator c = makeCreator(Platform::TikTok, QStringLiteral("bad.values"), 1'000, 0.05);
        if (what == u"er")
            c.engagementRate = -0.5;
        else
            c.followers = -3;
        const auto id = repo.insert(c);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().code != Error::Code::Conflict, qPrintable(id.error().message));
        QVERIFY2(!id.error().message.contains(QStringLiteral("already")), qPrintable(id.error().message));
        QCOMPARE(*repo.totalCount(), qint64(0));
    }

    void update_roundTripsEveryFieldAndKeepsCreatedAt()
    {
        auto ws = freshWorkspace(QStringLiteral("update.tierscope"));
        QVERIFY(ws);
        FixedClock clock(kT0);
        CreatorRepository repo(ws->database(), nullptr, clock);
        const auto id = repo.insert(makeCreator(Platform::Instagram, QStringLiteral("before"), 10, 0.5));
        QVERIFY(id.ok());

        clock.set(kT0.addDays(3));
        Creator changed = fullCreator();
        changed.id = *id;
        changed.createdAt = kT0.addYears(-5); // not for update() to change
        QVERIFY(!repo.update(changed));
        const Creator out = *repo.get(*id);
        Creator expected = fullCreator();
        expected.id = *id;
        expected.createdAt = kT0;
        expected.updatedAt = kT0.addDays(3);
        const QString diff = creatorDiff(expected, out);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // Back to unknowns: an update can clear values.
        Creator cleared = makeCreator(Platform::TikTok, QStringLiteral("anna.fit"));
        cleared.id = *id;
        QVERIFY(!repo.update(cleared));
        const Creator c = *repo.get(*id);
        QVERIFY(!c.followers && !c.engagementRate && !c.fee && !c.avgViews);
        QVERIFY(c.extra.isEmpty());
        QVERIFY(c.notes.isEmpty());
    }

    void missingIds_areNotFound()
    {
        auto ws = freshWorkspace(QStringLiteral("missing.tierscope"));
        QVERIFY(ws);
        CreatorRepository repo(ws->database());
        QCOMPARE(int(repo.get(4242).error().code), int(Error::Code::NotFound));
        Creator c = makeCreator(Platform::TikTok, QStringLiteral("ghost"));
        c.id = 4242;
        QCOMPARE(int(repo.update(c).code), int(Error::Code::NotFound));
        QCOMPARE(int(repo.remove(4242).code), int(Error::Code::NotFound));
        QCOMPARE(int(repo.findByHandle(Platform::TikTok, QStringLiteral("ghost")).error().code),
                 int(Error::Code::NotFound));
        QCOMPARE(*repo.totalCount(), qint64(0));
    }

    void remove_deletesRowAndSearchEntry()
    {
        auto ws = freshWorkspace(QStringLiteral("remove.tierscope"));
        QVERIFY(ws);
        CreatorRepository repo(ws->database());
        Creator a = makeCreator(Platform::TikTok, QStringLiteral("keeper"), 100);
        Creator b = makeCreator(Platform::TikTok, QStringLiteral("goner"), 200);
        b.notes = QStringLiteral("zanzibar");
        const qint64 ida = *repo.insert(a);
        const qint64 idb = *repo.insert(b);
        CreatorFilter f;
        f.text = QStringLiteral("zanzibar");
        QCOMPARE(*repo.count(f, TierScheme()), qint64(1));
        QVERIFY(!repo.remove(idb));
        QCOMPARE(int(repo.get(idb).error().code), int(Error::Code::NotFound));
        QVERIFY(repo.get(ida).ok());
        QCOMPARE(*repo.totalCount(), qint64(1));
        QCOMPARE(*repo.count(f, TierScheme()), qint64(0));
    }

    void insert_duplicatePlatformAndHandleIsConflict()
    {
        auto ws = freshWorkspace(QStringLiteral("dup.tierscope"));
        QVERIFY(ws);
        CreatorRepository repo(ws->database());
        QVERIFY(repo.insert(makeCreator(Platform::Instagram, QStringLiteral("anna.fit"), 100)).ok());
        for (const QString &same : {QStringLiteral("anna.fit"), QStringLiteral("@Anna.Fit"),
                                    QStringLiteral("https://www.instagram.com/ANNA.FIT/")}) {
            const auto dup = repo.insert(makeCreator(Platform::Instagram, same, 200));
            QVERIFY2(!dup.ok(), qPrintable(same));
            QCOMPARE(int(dup.error().code), int(Error::Code::Conflict));
            QVERIFY(dup.error().message.contains(QStringLiteral("anna.fit")));
        }
        // Same handle on another platform is another creator.
        const auto other = repo.insert(makeCreator(Platform::TikTok, QStringLiteral("anna.fit"), 300));
        QVERIFY(other.ok());
        QCOMPARE(*repo.totalCount(), qint64(2));
        QCOMPARE(*repo.findByHandle(Platform::Instagram, QStringLiteral("anna.fit"))->followers, qint64(100));

        // Renaming onto an existing handle conflicts too, and changes nothing.
        const auto third = repo.insert(makeCreator(Platform::Instagram, QStringLiteral("ben"), 5));
        Creator renamed = *repo.get(*third);
        renamed.handle = QStringLiteral("@ANNA.fit");
        QCOMPARE(int(repo.update(renamed).code), int(Error::Code::Conflict));
        QCOMPARE(repo.get(*third)->handle, QStringLiteral("ben"));
    }

    void insert_normalisesTheHandle()
    {
        auto ws = freshWorkspace(QStringLiteral("normalise.tierscope"));
        QVERIFY(ws);
        CreatorRepository repo(ws->database());
        const auto id = repo.insert(makeCreator(Platform::Instagram, QStringLiteral("  @Anna.Fit "), 1));
        QVERIFY(id.ok());
        QCOMPARE(repo.get(*id)->handle, QStringLiteral("anna.fit"));
        const auto found = repo.findByHandle(Platform::Instagram, QStringLiteral("@ANNA.fit"));
        QVERIFY(found.ok());
        QCOMPARE(found->id, *id);
        const auto url = repo.insert(makeCreator(Platform::YouTube, QStringLiteral("https://www.youtube.com/@BenRuns"), 1));
        QVERIFY(url.ok());
        QCOMPARE(repo.get(*url)->handle, QStringLiteral("benruns"));
    }

    void insert_refusesEmptyHandle()
    {
        auto ws = freshWorkspace(QStringLiteral("empty-handle.tierscope"));
        QVERIFY(ws);
        CreatorRepository repo(ws->database());
        for (const QString &h : {QString(), QStringLiteral("   "), QStringLiteral("@")}) {
            const auto id = repo.insert(makeCreator(Platform::Instagram, h, 1));
            QVERIFY(!id.ok());
            QCOMPARE(int(id.error().code), int(Error::Code::InvalidArgument));
        }
        QCOMPARE(*repo.totalCount(), qint64(0));
    }

    void restore_givesBackTheSameRow()
    {
        auto ws = freshWorkspace(QStringLiteral("restore.tierscope"));
        QVERIFY(ws);
        FixedClock clock(kT0);
        CreatorRepository repo(ws->database(), nullptr, clock);
        QVERIFY(repo.insert(makeCreator(Platform::Instagram, QStringLiteral("first"), 1)).ok());
        const auto id = repo.insert(fullCreator());
        QVERIFY(repo.insert(makeCreator(Platform::Instagram, QStringLiteral("last"), 1)).ok());
        clock.set(kT0.addSecs(3600));
        Creator edited = *repo.get(*id);
        edited.notes = QStringLiteral("edited later");
        QVERIFY(!repo.update(edited));
        const Creator before = *repo.get(*id);
        QCOMPARE(before.updatedAt, kT0.addSecs(3600));

        QVERIFY(!repo.remove(*id));
        clock.set(kT0.addDays(30)); // restoring later must not touch the times
        QVERIFY(!repo.restore(before));
        const auto after = repo.get(*id);
        QVERIFY(after.ok());
        const QString diff = creatorDiff(before, *after);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // Searchable again.
        CreatorFilter f;
        f.text = QStringLiteral("edited");
        const auto page = repo.page(f, TierScheme(), CreatorSort{}, 0, 10);
        QCOMPARE(page->rows.size(), 1);
        QCOMPARE(page->rows.first().id, *id);

        Creator noId = before;
        noId.id = 0;
        QCOMPARE(int(repo.restore(noId).code), int(Error::Code::InvalidArgument));
        // Restoring over a live row is a conflict, not an overwrite.
        QCOMPARE(int(repo.restore(before).code), int(Error::Code::Conflict));
    }

    void getMany_keepsTheOrderGivenAndSkipsMissing()
    {
        auto ws = freshWorkspace(QStringLiteral("many.tierscope"));
        QVERIFY(ws);
        CreatorRepository repo(ws->database());
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids << *repo.insert(makeCreator(Platform::TikTok, QStringLiteral("c%1").arg(i), i));
        const auto many = repo.getMany({ids[3], 999, ids[0], ids[2]});
        QVERIFY(many.ok());
        QCOMPARE(handles(*many), (QStringList{QStringLiteral("c3"), QStringLiteral("c0"), QStringLiteral("c2")}));
        QVERIFY(repo.getMany({})->isEmpty());
    }

    void events_areEmitted()
    {
        auto ws = freshWorkspace(QStringLiteral("events.tierscope"));
        QVERIFY(ws);
        CreatorRepository repo(ws->database(), ws->events());
        QSignalSpy changed(ws->events(), &WorkspaceEvents::creatorsChanged);
        QSignalSpy updated(ws->events(), &WorkspaceEvents::creatorUpdated);
        const qint64 id = *repo.insert(makeCreator(Platform::TikTok, QStringLiteral("x"), 1));
        QCOMPARE(changed.size(), 1);
        Creator c = *repo.get(id);
        c.followers = 2;
        QVERIFY(!repo.update(c));
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.first().first().toLongLong(), id);
        QVERIFY(!repo.remove(id));
        QCOMPARE(changed.size(), 2);
        // A refused change says nothing.
        QVERIFY(repo.remove(id));
        QCOMPARE(changed.size(), 2);
    }

    void distinctCountriesAndLanguages()
    {
        CreatorRepository repo(m_fixture->database());
        QCOMPARE(*repo.distinctCountries(),
                 (QStringList{QStringLiteral("AE"), QStringLiteral("BR"), QStringLiteral("CA"), QStringLiteral("DE"),
                              QStringLiteral("ES"), QStringLiteral("FR"), QStringLiteral("GB"), QStringLiteral("IN"),
                              QStringLiteral("IT"), QStringLiteral("JP"), QStringLiteral("NG"), QStringLiteral("PL"),
                              QStringLiteral("SE"), QStringLiteral("TR"), QStringLiteral("UA"), QStringLiteral("US")}));
        QCOMPARE(*repo.distinctLanguages(),
                 (QStringList{QStringLiteral("ar"), QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"),
                              QStringLiteral("fr"), QStringLiteral("hi"), QStringLiteral("it"), QStringLiteral("ja"),
                              QStringLiteral("pl"), QStringLiteral("pt"), QStringLiteral("sv"), QStringLiteral("tr"),
                              QStringLiteral("uk")}));
    }

    void filter_returnsExactlyTheMatchingCreators_data()
    {
        QTest::addColumn<CreatorFilter>("filter");
        QTest::addColumn<bool>("customScheme"); // micro from 20,000
        QTest::addColumn<QStringList>("expected");
        const auto list = [](std::initializer_list<const char *> l) {
            QStringList out;
            for (const char *s : l)
                out << QString::fromUtf8(s);
            return out;
        };
        QStringList everyone;
        for (const Spec &s : kFixture)
            everyone << QString::fromUtf8(s.handle);
        CreatorFilter f;

        QTest::newRow("empty filter: everyone") << CreatorFilter{} << false << everyone;

        f = {};
        f.platforms = {Platform::YouTube};
        QTest::newRow("platform youtube") << f << false
                                          << list({"carla.cooks", "dev.tech", "jonas.books", "quinn.diy",
                                                   "tariq.finance", "vik.fitnessguru"});
        f = {};
        f.platforms = {Platform::Instagram, Platform::YouTube};
        f.countries = {QStringLiteral("DE")};
        QTest::newRow("instagram or youtube in DE") << f << false << list({"finn.outdoors", "jonas.books"});

        f = {};
        f.tiers = {Tier::Emerging};
        QTest::newRow("tier emerging (known followers under 1000, incl. 0)")
            << f << false << list({"elif.style", "rosa.coffee", "tariq.finance"});
        f.tiers = {Tier::Nano};
        QTest::newRow("tier nano 1000..9999") << f << false << list({"finn.outdoors", "grace.beauty", "nora.pets"});
        f.tiers = {Tier::Micro};
        const QStringList micro = list({"anna.fit", "ben.runs", "hiro.games", "ines.travel", "omar.fitness",
                                        "sokolova", "quinn.diy", "sam.fitnessfan", "uma.running", "vik.fitnessguru"});
        QTest::newRow("tier micro 10000..99999") << f << false << micro;
        f.tiers = {Tier::Macro};
        QTest::newRow("tier macro") << f << false << list({"carla.cooks", "jonas.books", "kemi.food"});
        f.tiers = {Tier::Mega};
        QTest::newRow("tier mega") << f << false << list({"dev.tech", "lena.yoga", "zoe.music"});
        f.tiers = {Tier::Nano, Tier::Macro};
        QTest::newRow("tiers nano + macro (not adjacent)")
            << f << false
            << list({"finn.outdoors", "grace.beauty", "nora.pets", "carla.cooks", "jonas.books", "kemi.food"});
        f.tiers = {Tier::Emerging, Tier::Nano};
        QTest::newRow("tiers emerging + nano (adjacent)")
            << f << false
            << list({"elif.style", "rosa.coffee", "tariq.finance", "finn.outdoors", "grace.beauty", "nora.pets"});
        f.tiers = {Tier::Macro, Tier::Mega};
        QTest::newRow("tiers macro + mega (open-ended)")
            << f << false
            << list({"carla.cooks", "jonas.books", "kemi.food", "dev.tech", "lena.yoga", "zoe.music"});
        f.tiers = allTiers();
        QStringList known = everyone;
        known.removeAll(QStringLiteral("marco.unknown"));
        QTest::newRow("all tiers: everyone with known followers") << f << false << known;
        f.tiers = {Tier::Micro};
        QTest::newRow("tier micro, scheme with micro from 20000")
            << f << true
            << list({"anna.fit", "ines.travel", "omar.fitness", "sokolova", "quinn.diy", "sam.fitnessfan",
                     "vik.fitnessguru"});
        f.tiers = {Tier::Nano};
        QTest::newRow("tier nano, scheme with micro from 20000")
            << f << true
            << list({"finn.outdoors", "grace.beauty", "nora.pets", "ben.runs", "hiro.games", "uma.running"});

        f = {};
        f.minFollowers = 10'000;
        f.maxFollowers = 99'999;
        QTest::newRow("followers 10000..99999 inclusive") << f << false << micro;
        f = {};
        f.minFollowers = 1'000'000;
        QTest::newRow("followers from 1M") << f << false << list({"dev.tech", "lena.yoga", "zoe.music"});
        f = {};
        f.maxFollowers = 999;
        QTest::newRow("followers up to 999") << f << false << list({"elif.style", "rosa.coffee", "tariq.finance"});
        f = {};
        f.minFollowers = 0;
        QTest::newRow("followers from 0 excludes unknown") << f << false << known;

        f = {};
        f.minEngagementRate = 0.05;
        f.maxEngagementRate = 0.07;
        QTest::newRow("ER 5..7 % inclusive")
            << f << false << list({"anna.fit", "hiro.games", "omar.fitness", "sokolova", "sam.fitnessfan"});
        f = {};
        f.minEngagementRate = 0.1;
        QTest::newRow("ER from 10 %") << f << false << list({"elif.style", "grace.beauty"});
        f = {};
        f.maxEngagementRate = 0.0;
        QTest::newRow("ER up to 0 (known zero only)") << f << false << list({"uma.running"});

        f = {};
        f.countries = {QStringLiteral("US"), QStringLiteral("GB")};
        QTest::newRow("countries US, GB")
            << f << false
            << list({"anna.fit", "ben.runs", "grace.beauty", "nora.pets", "sam.fitnessfan", "zoe.music"});
        f = {};
        f.languages = {QStringLiteral("es")};
        QTest::newRow("language es") << f << false << list({"carla.cooks", "sam.fitnessfan"});
        f = {};
        f.countries = {QStringLiteral("DE")};
        f.languages = {QStringLiteral("de")};
        QTest::newRow("country DE and language de") << f << false << list({"finn.outdoors", "jonas.books"});
        f = {};
        f.countries = {QStringLiteral("XX")};
        QTest::newRow("country nobody has") << f << false << QStringList();

        f = {};
        f.niches = {QStringLiteral("fitness")};
        QTest::newRow("niche fitness (not handles)")
            << f << false << list({"anna.fit", "ben.runs", "lena.yoga", "omar.fitness", "sam.fitnessfan"});
        f.niches = {QStringLiteral("food"), QStringLiteral("travel")};
        QTest::newRow("niches food or travel")
            << f << false << list({"carla.cooks", "kemi.food", "finn.outdoors", "ines.travel"});
        f.niches = {QStringLiteral("fitness")};
        f.tiers = {Tier::Mega};
        QTest::newRow("niche fitness + tier mega") << f << false << list({"lena.yoga"});

        f = {};
        f.text = QStringLiteral("fitn");
        const QStringList fitn = list({"anna.fit", "ben.runs", "lena.yoga", "omar.fitness", "sam.fitnessfan",
                                       "vik.fitnessguru"});
        QTest::newRow("text prefix fitn") << f << false << fitn;
        f.text = QStringLiteral("FITN");
        QTest::newRow("text prefix is case-insensitive") << f << false << fitn;
        f.text = QStringLiteral("fitn");
        f.platforms = {Platform::TikTok};
        QTest::newRow("text fitn on tiktok") << f << false << list({"ben.runs", "omar.fitness", "sam.fitnessfan"});
        f = {};
        f.text = QStringLiteral("anna berg");
        QTest::newRow("text two words, both must match") << f << false << list({"anna.fit"});
        f.text = QStringLiteral("Соколова");
        QTest::newRow("text Cyrillic name") << f << false << list({"sokolova"});
        f.text = QStringLiteral("соко");
        QTest::newRow("text Cyrillic prefix, lower case") << f << false << list({"sokolova"});
        f.text = QStringLiteral("москва");
        QTest::newRow("text Cyrillic in notes") << f << false << list({"sokolova"});
        f.text = QStringLiteral("東京");
        QTest::newRow("text CJK in notes") << f << false << list({"hiro.games"});
        f.text = QStringLiteral("خالد");
        QTest::newRow("text Arabic name") << f << false << list({"omar.fitness"});
        f.text = QStringLiteral("ines");
        QTest::newRow("text without diacritics finds Inès") << f << false << list({"ines.travel"});
        f.text = QStringLiteral("angstrom");
        QTest::newRow("text angstrom finds Ångström") << f << false << list({"zoe.music"});
        f.text = QStringLiteral("'; DROP TABLE creators; --");
        QTest::newRow("text SQL injection is literal") << f << false << list({"quinn.diy"});
        f.text = QStringLiteral("\"");
        QTest::newRow("text double quote alone matches nothing") << f << false << QStringList();
        f.text = QStringLiteral("*");
        QTest::newRow("text star alone matches nothing") << f << false << QStringList();
        f.text = QStringLiteral("%");
        QTest::newRow("text percent alone matches nothing") << f << false << QStringList();
        f.text = QStringLiteral("\"twice\"");
        QTest::newRow("text quoted word") << f << false << list({"sam.fitnessfan"});
        f.text = QStringLiteral("anna OR ben");
        QTest::newRow("text OR is a word, not an operator") << f << false << QStringList();
        f.text = QStringLiteral("NEAR(anna ben)");
        QTest::newRow("text NEAR( is literal") << f << false << QStringList();
        f.text = QStringLiteral("fit*ness");
        QTest::newRow("text star inside a word") << f << false << QStringList();
        f.text = QStringLiteral("-anna");
        QTest::newRow("text leading minus is not NOT") << f << false << list({"anna.fit"});
        f.text = QStringLiteral("handle:anna");
        QTest::newRow("text column filter syntax is literal") << f << false << QStringList();

        f = {};
        f.minFeeMinor = 10'000;
        f.maxFeeMinor = 42'000;
        QTest::newRow("fee 100.00..420.00 inclusive")
            << f << false
            << list({"anna.fit", "ben.runs", "hiro.games", "omar.fitness", "sokolova", "quinn.diy", "sam.fitnessfan"});
        f = {};
        f.maxFeeMinor = 0;
        QTest::newRow("fee up to 0 (known free only)") << f << false << list({"tariq.finance"});

        f = {};
        f.minAuthenticity = 0.9;
        QTest::newRow("authenticity from 0.9 inclusive")
            << f << false << list({"anna.fit", "finn.outdoors", "ines.travel", "nora.pets", "zoe.music"});
        f = {};
        f.maxSponsoredRatio = 0.05;
        QTest::newRow("sponsored up to 5 % inclusive")
            << f << false << list({"ben.runs", "finn.outdoors", "nora.pets", "sokolova"});

        f = {};
        f.platforms = {Platform::TikTok};
        f.tiers = {Tier::Micro};
        f.minEngagementRate = 0.06;
        QTest::newRow("tiktok micro ER from 6 %") << f << false << list({"ben.runs", "omar.fitness", "sam.fitnessfan"});
        f.countries = {QStringLiteral("US")};
        f.minFeeMinor = 25'000;
        f.minAuthenticity = 0.8;
        f.maxSponsoredRatio = 0.2;
        f.text = QStringLiteral("sam");
        QTest::newRow("everything at once") << f << false << list({"sam.fitnessfan"});
        f.languages = {QStringLiteral("en")};
        QTest::newRow("everything at once, one too many") << f << false << QStringList();
    }
    void filter_returnsExactlyTheMatchingCreators()
    {
        QFETCH(CreatorFilter, filter);
        QFETCH(bool, customScheme);
        QFETCH(QStringList, expected);
        TierScheme scheme;
        if (customScheme)
            scheme.setLowerBound(Tier::Micro, 20'000);
        CreatorRepository repo(m_fixture->database());
        const auto page = repo.page(filter, scheme, CreatorSort{CreatorSortColumn::Id, false}, 0, 1000);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(sorted(handles(page->rows)), sorted(expected));
        const auto count = repo.count(filter, scheme);
        QVERIFY(count.ok());
        QCOMPARE(*count, qint64(expected.size()));

        // Paging through the same filter meets the same rows, as many as count() says.
        QStringList walked;
        auto first = repo.page(filter, scheme, CreatorSort{CreatorSortColumn::Followers, true}, 0, 4);
        QVERIFY(first.ok());
        CreatorPage current = *first;
        int guard = 0;
        while (!current.rows.isEmpty() && ++guard < 100) {
            walked += handles(current.rows);
            const auto next = repo.pageAfter(filter, scheme, CreatorSort{CreatorSortColumn::Followers, true},
                                             current.keys.last(), 4);
            QVERIFY(next.ok());
            current = *next;
        }
        QCOMPARE(qint64(walked.size()), *count);
        QCOMPARE(sorted(walked), sorted(expected));

        // Nothing was dropped by a hostile search.
        QCOMPARE(*repo.totalCount(), qint64(std::size(kFixture)));
    }
};

QTEST_GUILESS_MAIN(TestCreatorRepository)
#include "tst_creator_repository.moc"
