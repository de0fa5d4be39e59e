// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/creator.h"
#include "core/domain/platform.h"
#include "core/domain/tier.h"

#include <QTest>

using namespace tierscope::core;

Q_DECLARE_METATYPE(tierscope::core::Platform)

class TestPlatformAndHandle : public QObject
{
    Q_OBJECT

private slots:
    void platformKeysAndNames()
    {
        QCOMPARE(allPlatforms().size(), 3);
        QCOMPARE(platformKey(Platform::Instagram), QStringLiteral("instagram"));
        QCOMPARE(platformKey(Platform::TikTok), QStringLiteral("tiktok"));
        QCOMPARE(platformKey(Platform::YouTube), QStringLiteral("youtube"));
        QCOMPARE(platformDisplayName(Platform::Instagram), QStringLiteral("Instagram"));
        QCOMPARE(platformDisplayName(Platform::TikTok), QStringLiteral("TikTok"));
        QCOMPARE(platformDisplayName(Platform::YouTube), QStringLiteral("YouTube"));
        for (Platform p : allPlatforms()) {
            QVERIFY(tierscope::core::platformFromString(platformKey(p)) == p);
            QVERIFY(tierscope::core::platformFromString(platformDisplayName(p)) == p);
        }
    }

    void platformFromString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Platform>("platform");
        QTest::newRow("instagram") << QStringLiteral("instagram") << Platform::Instagram;
        QTest::newRow("INSTAGRAM") << QStringLiteral("INSTAGRAM") << Platform::Instagram;
        QTest::newRow("IG") << QStringLiteral("IG") << Platform::Instagram;
        QTest::newRow("ig padded") << QStringLiteral("  ig ") << Platform::Instagram;
        QTest::newRow("Insta") << QStringLiteral("Insta") << Platform::Instagram;
        QTest::newRow("TikTok") << QStringLiteral("TikTok") << Platform::TikTok;
        QTest::newRow("Tik Tok") << QStringLiteral("Tik Tok") << Platform::TikTok;
        QTest::newRow("tik-tok") << QStringLiteral("tik-tok") << Platform::TikTok;
        QTest::newRow("TT") << QStringLiteral("TT") << Platform::TikTok;
        QTest::newRow("YouTube") << QStringLiteral("YouTube") << Platform::YouTube;
        QTest::newRow("You Tube") << QStringLiteral("You Tube") << Platform::YouTube;
        QTest::newRow("yt") << QStringLiteral("yt") << Platform::YouTube;
        QTest::newRow("YouTube Shorts") << QStringLiteral("YouTube Shorts") << Platform::YouTube;
    }
    void platformFromString()
    {
        QFETCH(QString, text);
        QFETCH(Platform, platform);
        const auto p = tierscope::core::platformFromString(text);
        QVERIFY(p.has_value());
        QCOMPARE(platformKey(*p), platformKey(platform));
    }

    void platformFromString_rejectsOthers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("facebook") << QStringLiteral("facebook");
        QTest::newRow("twitch") << QStringLiteral("Twitch");
        QTest::newRow("x") << QStringLiteral("x");
        QTest::newRow("instagrammer") << QStringLiteral("instagrammer");
    }
    void platformFromString_rejectsOthers()
    {
        QFETCH(QString, text);
        QVERIFY(!tierscope::core::platformFromString(text).has_value());
    }

    void platformFromUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Platform>("platform");
        QTest::newRow("instagram https www") << QStringLiteral("https://www.instagram.com/anna.fit/")
                                             << Platform::Instagram;
        QTest::newRow("instagram bare") << QStringLiteral("instagram.com/anna.fit") << Platform::Instagram;
        QTest::newRow("instagram upper case") << QStringLiteral("HTTPS://WWW.INSTAGRAM.COM/Anna")
                                              << Platform::Instagram;
        QTest::newRow("instagr.am") << QStringLiteral("http://instagr.am/anna") << Platform::Instagram;
        QTest::newRow("tiktok") << QStringLiteral("https://www.tiktok.com/@anna.fit") << Platform::TikTok;
        QTest::newRow("tiktok mobile") << QStringLiteral("https://m.tiktok.com/@anna") << Platform::TikTok;
        QTest::newRow("youtube @") << QStringLiteral("https://www.youtube.com/@AnnaFit") << Platform::YouTube;
        QTest::newRow("youtube channel") << QStringLiteral("youtube.com/channel/UCx1y2z3")
                                         << Platform::YouTube;
        QTest::newRow("youtube mobile") << QStringLiteral("https://m.youtube.com/c/AnnaFit")
                                        << Platform::YouTube;
        QTest::newRow("youtu.be") << QStringLiteral("https://youtu.be/dQw4w9WgXcQ") << Platform::YouTube;
        QTest::newRow("padded") << QStringLiteral("  https://www.tiktok.com/@x  ") << Platform::TikTok;
    }
    void platformFromUrl()
    {
        QFETCH(QString, url);
        QFETCH(Platform, platform);
        const auto p = tierscope::core::platformFromUrl(url);
        QVERIFY(p.has_value());
        QCOMPARE(platformKey(*p), platformKey(platform));
    }

    void platformFromUrl_rejectsOthers_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("facebook") << QStringLiteral("https://facebook.com/anna");
        QTest::newRow("look-alike host") << QStringLiteral("https://notinstagram.com/anna");
        QTest::newRow("platform in path only") << QStringLiteral("https://example.com/instagram.com/anna");
        QTest::newRow("plain handle") << QStringLiteral("anna.fit");
        QTest::newRow("empty") << QString();
    }
    void platformFromUrl_rejectsOthers()
    {
        QFETCH(QString, url);
        QVERIFY(!tierscope::core::platformFromUrl(url).has_value());
    }

    void normaliseHandle_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("handle");
        QTest::newRow("at, case, trailing space") << QStringLiteral("@Anna.Fit ") << QStringLiteral("anna.fit");
        QTest::newRow("already normal") << QStringLiteral("anna.fit") << QStringLiteral("anna.fit");
        QTest::newRow("leading spaces and at") << QStringLiteral("   @ben_runs") << QStringLiteral("ben_runs");
        QTest::newRow("double at") << QStringLiteral("@@carla") << QStringLiteral("carla");
        QTest::newRow("non-Latin") << QStringLiteral("@Анна.Фит") << QStringLiteral("анна.фит");
        QTest::newRow("instagram url") << QStringLiteral("https://www.instagram.com/Anna.Fit/")
                                       << QStringLiteral("anna.fit");
        QTest::newRow("instagram url with query") << QStringLiteral("https://www.instagram.com/anna.fit/?hl=en")
                                                  << QStringLiteral("anna.fit");
        QTest::newRow("instagram without scheme") << QStringLiteral("instagram.com/Anna.Fit")
                                                  << QStringLiteral("anna.fit");
        QTest::newRow("instagram www without scheme") << QStringLiteral("www.instagram.com/anna/")
                                                      << QStringLiteral("anna");
        QTest::newRow("tiktok url") << QStringLiteral("https://www.tiktok.com/@Anna.Fit")
                                    << QStringLiteral("anna.fit");
        QTest::newRow("tiktok video url") << QStringLiteral("https://www.tiktok.com/@anna.fit/video/7234")
                                          << QStringLiteral("anna.fit");
        QTest::newRow("tiktok without scheme") << QStringLiteral("tiktok.com/@ben") << QStringLiteral("ben");
        QTest::newRow("youtube @") << QStringLiteral("https://www.youtube.com/@AnnaFit")
                                   << QStringLiteral("annafit");
        QTest::newRow("youtube @ without scheme") << QStringLiteral("youtube.com/@anna")
                                                  << QStringLiteral("anna");
        QTest::newRow("youtube @ videos tab") << QStringLiteral("https://www.youtube.com/@AnnaFit/videos")
                                              << QStringLiteral("annafit");
        QTest::newRow("youtube channel id") << QStringLiteral("https://www.youtube.com/channel/UCx1Y2z3")
                                            << QStringLiteral("ucx1y2z3");
        QTest::newRow("youtube /c/") << QStringLiteral("https://www.youtube.com/c/AnnaFit")
                                     << QStringLiteral("annafit");
        QTest::newRow("youtube /user/") << QStringLiteral("https://youtube.com/user/AnnaFit")
                                        << QStringLiteral("annafit");
    }
    void normaliseHandle()
    {
        QFETCH(QString, raw);
        QFETCH(QString, handle);
        QCOMPARE(Creator::normaliseHandle(raw), handle);
        QCOMPARE(Creator::normaliseHandle(handle), handle); // idempotent
    }

    void normaliseHandle_emptyStaysEmpty()
    {
        QVERIFY(Creator::normaliseHandle(QString()).isEmpty());
        QVERIFY(Creator::normaliseHandle(QStringLiteral("  @ ")).isEmpty());
    }

    void tierKeysRoundTrip()
    {
        QCOMPARE(allTiers().size(), 5);
        for (Tier t : allTiers()) {
            QVERIFY(tierFromString(tierKey(t)) == t);
            QVERIFY(tierFromString(tierDisplayName(t)) == t);
        }
        QVERIFY(tierFromString(QStringLiteral(" Micro ")) == Tier::Micro);
        QVERIFY(!tierFromString(QStringLiteral("giga")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPlatformAndHandle)
#include "tst_platform_and_handle.moc"
