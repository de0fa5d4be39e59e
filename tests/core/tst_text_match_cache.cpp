// SPDX-License-Identifier: GPL-3.0-or-later
// The per-connection cache of full-text matches: results are always those of the data as it is,
// whoever changed it, and whatever was searched in between.
#include "core/storage/creator_repository.h"
#include "core/storage/text_match_cache.h"

#include "tests/core/support/test_workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tierscope::core;

namespace {

Creator creator(const char *handle, const char *niche, qint64 followers)
{
    Creator c;
    c.platform = Platform::Instagram;
    c.handle = QString::fromLatin1(handle);
    c.displayName = QString::fromLatin1(handle);
    c.followers = followers;
    c.engagementRate = 0.05;
    c.niches = {QString::fromLatin1(niche)};
    c.country = QStringLiteral("US");
    c.language = QStringLiteral("en");
    return c;
}

QStringList names(std::initializer_list<const char *> handles)
{
    QStringList out;
    for (const char *h : handles)
        out << QString::fromLatin1(h);
    return out;
}

CreatorFilter search(const char *text)
{
    CreatorFilter f;
    f.text = QString::fromLatin1(text);
    return f;
}

} // namespace

class TestTextMatchCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString path() const { return m_dir.filePath(QStringLiteral("cache.tierscope")); }

    QStringList handles(const CreatorFilter &filter) const
    {
        CreatorRepository repo(m_ws->database());
        const auto page = repo.page(filter, TierScheme(), {}, 0, 100);
        if (!page)
            qFatal("page failed: %s", qPrintable(page.error().message));
        QStringList out;
        for (const Creator &c : page->rows)
            out << c.handle;
        return out;
    }

private slots:
    void init()
    {
        m_ws.reset();
        QFile::remove(path());
        m_ws = tierscope::test::workspaceWith(
            path(), {creator("anna.fit", "fitness", 50'000), creator("ben.food", "food", 40'000),
                     creator("cara.fit", "fitness", 30'000)});
        QVERIFY(m_ws);
    }

    void cleanupTestCase() { m_ws.reset(); }

    void servesTheMatches()
    {
        QCOMPARE(handles(search("fitness")), names({"anna.fit", "cara.fit"}));
        QCOMPARE(TextMatchCache::table(m_ws->database(), QStringLiteral("\"fitness\"*")),
                 QStringLiteral("temp.creator_text_match"));
        QCOMPARE(tierscope::test::scalar(m_ws->database(),
                                          QStringLiteral("SELECT count(*) FROM temp.creator_text_match"))
                     .toInt(),
                 2);
        // Another expression refills it; the first one again is right again.
        QCOMPARE(handles(search("food")), names({"ben.food"}));
        QCOMPARE(handles(search("fitness")), names({"anna.fit", "cara.fit"}));
        QCOMPARE(TextMatchCache::table(m_ws->database(), QString()), QString());
    }

    void seesThisConnectionsWrites()
    {
        QCOMPARE(handles(search("fitness")), names({"anna.fit", "cara.fit"}));
        CreatorRepository repo(m_ws->database());
        const auto id = repo.insert(creator("dina.fit", "fitness", 45'000));
        QVERIFY(id);
        QCOMPARE(handles(search("fitness")), names({"anna.fit", "dina.fit", "cara.fit"}));
        QVERIFY(!repo.remove(*id)); // a Status is true when it holds an error
        QCOMPARE(handles(search("fitness")), names({"anna.fit", "cara.fit"}));
    }

    void seesOtherConnectionsCommits()
    {
        QCOMPARE(handles(search("fitness")), names({"anna.fit", "cara.fit"}));
        {
            auto other = tierscope::test::openWorkspace(path());
            QVERIFY(other);
            QVERIFY(CreatorRepository(other->database()).insert(creator("eve.fit", "fitness", 35'000)));
        }
        QCOMPARE(handles(search("fitness")), names({"anna.fit", "eve.fit", "cara.fit"}));
    }

    void forgetsRolledBackWrites()
    {
        QVERIFY(m_ws->database().transaction());
        QVERIFY(CreatorRepository(m_ws->database()).insert(creator("finn.fit", "fitness", 60'000)));
        QCOMPARE(handles(search("fitness")), names({"finn.fit", "anna.fit", "cara.fit"}));
        QVERIFY(m_ws->database().rollback());
        QCOMPARE(handles(search("fitness")), names({"anna.fit", "cara.fit"}));
    }

    void countsAndSnapshotsAgree()
    {
        CreatorRepository repo(m_ws->database());
        const CreatorFilter f = search("fit");
        QCOMPARE(*repo.count(f, TierScheme()), qint64(2));
        const auto ids = repo.orderedIds(f, TierScheme(), {});
        QVERIFY(ids);
        QCOMPARE(ids->size(), 2);
        QCOMPARE(*repo.count(search("food"), TierScheme()), qint64(1));
        QCOMPARE(*repo.count(f, TierScheme()), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestTextMatchCache)
#include "tst_text_match_cache.moc"
