// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/header_mapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tierscope::core;

Q_DECLARE_METATYPE(CreatorField)

class TestHeaderMapper : public QObject
{
    Q_OBJECT

private slots:
    void normaliseHeader_keepsOnlyLowercaseLettersAndDigits()
    {
        QCOMPARE(HeaderMapper::normaliseHeader(u"Followers count"), u"followerscount"_qs);
        QCOMPARE(HeaderMapper::normaliseHeader(u"engagement_rate_%"), u"engagementrate"_qs);
        QCOMPARE(HeaderMapper::normaliseHeader(u" 60d_eng_rate "), u"60dengrate"_qs);
        QCOMPARE(HeaderMapper::normaliseHeader(u"E-Mail"), u"email"_qs);
        QCOMPARE(HeaderMapper::normaliseHeader(u"Ábonnés"), u"ábonnés"_qs);
    }

    void match_findsFieldForSynonym_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<CreatorField>("field");
        const auto add = [](const QString &header, CreatorField field) {
            QTest::addRow("%s", qPrintable(header)) << header << field;
        };
        for (const QString &h : {u"handle"_qs, u"Username"_qs, u"user name"_qs, u"channel"_qs, u"channel_info"_qs,
                                 u"Tiktoker name"_qs, u"Youtuber"_qs, u"profile"_qs, u"instagram_username"_qs,
                                 u"account"_qs, u"creator"_qs, u"IG handle"_qs, u"TikTok username"_qs})
            add(h, CreatorField::Handle);
        for (const QString &h : {u"profile_url"_qs, u"URL"_qs, u"link"_qs, u"Profile link"_qs})
            add(h, CreatorField::ProfileUrl);
        for (const QString &h : {u"display name"_qs, u"Name"_qs, u"full_name"_qs, u"Tiktok name"_qs,
                                 u"Channel name"_qs})
            add(h, CreatorField::DisplayName);
        for (const QString &h : {u"followers"_qs, u"Subscribers"_qs, u"follower_count"_qs, u"audience_size"_qs,
                                 u"Followers count"_qs, u"subs"_qs, u"fans"_qs, u"Instagram followers"_qs,
                                 u"FOLLOWERS"_qs})
            add(h, CreatorField::Followers);
        for (const QString &h : {u"avg likes"_qs, u"Likes avg"_qs, u"average_likes"_qs, u"likes"_qs, u"Avg. Likes"_qs})
            add(h, CreatorField::AvgLikes);
        for (const QString &h : {u"avg comments"_qs, u"Comments avg"_qs, u"average_comments"_qs, u"comments"_qs})
            add(h, CreatorField::AvgComments);
        for (const QString &h : {u"avg shares"_qs, u"Shares avg"_qs, u"average_shares"_qs, u"shares"_qs})
            add(h, CreatorField::AvgShares);
        for (const QString &h : {u"avg views"_qs, u"views avg"_qs, u"average views"_qs, u"video views"_qs, u"views"_qs})
            add(h, CreatorField::AvgViews);
        for (const QString &h : {u"engagement rate"_qs, u"ER"_qs, u"eng_rate"_qs, u"60d_eng_rate"_qs,
                                 u"engagement"_qs, u"engagement_rate_%"_qs, u"ER (%)"_qs})
            add(h, CreatorField::EngagementRate);
        for (const QString &h : {u"niche"_qs, u"niches"_qs, u"category"_qs, u"Categories"_qs, u"topics"_qs,
                                 u"topic"_qs})
            add(h, CreatorField::Niches);
        for (const QString &h : {u"country"_qs, u"Location"_qs, u"audience country"_qs})
            add(h, CreatorField::Country);
        for (const QString &h : {u"language"_qs, u"lang"_qs})
            add(h, CreatorField::Language);
        for (const QString &h : {u"authenticity"_qs, u"audience quality"_qs, u"real followers"_qs})
            add(h, CreatorField::Authenticity);
        for (const QString &h : {u"sponsored ratio"_qs, u"sponsored posts %"_qs})
            add(h, CreatorField::SponsoredRatio);
        for (const QString &h : {u"fee"_qs, u"price"_qs, u"rate"_qs, u"cost"_qs, u"price per post"_qs})
            add(h, CreatorField::Fee);
        add(u"currency"_qs, CreatorField::FeeCurrency);
        for (const QString &h : {u"email"_qs, u"e-mail"_qs, u"contact"_qs})
            add(h, CreatorField::Email);
        for (const QString &h : {u"notes"_qs, u"Comment"_qs, u"remarks"_qs})
            add(h, CreatorField::Notes);
        for (const QString &h : {u"platform"_qs, u"network"_qs, u"social network"_qs, u"source platform"_qs})
            add(h, CreatorField::Platform);
        add(u"source"_qs, CreatorField::Source);
        for (const QString &h : {u"as of"_qs, u"metrics date"_qs, u"last updated"_qs})
            add(h, CreatorField::MetricsAsOf);
    }
    void match_findsFieldForSynonym()
    {
        QFETCH(QString, header);
        QFETCH(CreatorField, field);
        const std::optional<HeaderMapper::Match> m = HeaderMapper::match(header);
        QVERIFY2(m.has_value(), qPrintable(header));
        QCOMPARE(m->field, field);
    }

    void match_leavesUnknownHeadersUnmapped()
    {
        for (const char16_t *h : {u"website", u"Followers (M)", u"favourite colour", u"", u"account manager"})
            QVERIFY2(!HeaderMapper::match(QStringView(h)).has_value(), qPrintable(QString::fromUtf16(h)));
    }

    void map_keepsUnknownColumnsAsExtra()
    {
        const QStringList headers = {u"Username"_qs, u"Followers count"_qs, u"Favourite colour"_qs, u"ER"_qs, u""_qs};
        const HeaderMapping m = HeaderMapper::map(headers);
        QCOMPARE(m.columnCount(), 5);
        QCOMPARE(m.target(0), CreatorField::Handle);
        QCOMPARE(m.target(1), CreatorField::Followers);
        QCOMPARE(m.target(2), CreatorField::Extra);
        QCOMPARE(m.header(2), u"Favourite colour"_qs);
        QCOMPARE(m.target(3), CreatorField::EngagementRate);
        QCOMPARE(m.target(4), CreatorField::Ignore); // a blank header, e.g. a pandas index
        QCOMPARE(m.extraColumns(), (QList<qsizetype>{2}));
        QCOMPARE(m.columnFor(CreatorField::Followers), 1);
        QCOMPARE(m.columnFor(CreatorField::Email), -1);
        QCOMPARE(m.target(99), CreatorField::Ignore);
    }

    void map_moreSpecificSynonymWinsAField_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<CreatorField>("field");
        QTest::addColumn<qsizetype>("winner");
        QTest::addColumn<qsizetype>("extra");
        QTest::addRow("avg likes over likes") << QStringList{u"likes"_qs, u"avg likes"_qs} << CreatorField::AvgLikes
                                              << qsizetype(1) << qsizetype(0);
        QTest::addRow("username over channel") << QStringList{u"channel"_qs, u"username"_qs} << CreatorField::Handle
                                               << qsizetype(1) << qsizetype(0);
        QTest::addRow("full name over name") << QStringList{u"name"_qs, u"full_name"_qs}
                                             << CreatorField::DisplayName << qsizetype(1) << qsizetype(0);
        QTest::addRow("engagement rate over engagement")
            << QStringList{u"engagement rate"_qs, u"engagement"_qs} << CreatorField::EngagementRate << qsizetype(0)
            << qsizetype(1);
        QTest::addRow("tie: earlier wins") << QStringList{u"followers"_qs, u"subscribers"_qs}
                                           << CreatorField::Followers << qsizetype(0) << qsizetype(1);
        QTest::addRow("repeated header: earlier wins") << QStringList{u"notes"_qs, u"notes"_qs} << CreatorField::Notes
                                                       << qsizetype(0) << qsizetype(1);
    }
    void map_moreSpecificSynonymWinsAField()
    {
        QFETCH(QStringList, headers);
        QFETCH(CreatorField, field);
        QFETCH(qsizetype, winner);
        QFETCH(qsizetype, extra);
        const HeaderMapping m = HeaderMapper::map(headers);
        QCOMPARE(m.columnFor(field), winner);
        QCOMPARE(m.target(extra), CreatorField::Extra);
    }

    void map_readsTypicalExports()
    {
        // The header of a well-known "top Instagram influencers" export.
        const QStringList headers = {u"rank"_qs, u"channel_info"_qs, u"influence_score"_qs, u"posts"_qs,
                                     u"followers"_qs, u"avg_likes"_qs, u"60_day_eng_rate"_qs, u"new_post_avg_like"_qs,
                                     u"total_likes"_qs, u"country"_qs};
        const HeaderMapping m = HeaderMapper::map(headers);
        QCOMPARE(m.target(1), CreatorField::Handle);
        QCOMPARE(m.target(4), CreatorField::Followers);
        QCOMPARE(m.target(5), CreatorField::AvgLikes);
        QCOMPARE(m.target(6), CreatorField::EngagementRate);
        QCOMPARE(m.target(8), CreatorField::Extra); // "total likes" loses to the exact "avg_likes"
        QCOMPARE(m.target(9), CreatorField::Country);
        QCOMPARE(m.target(0), CreatorField::Extra);
    }

    // A list a German colleague sends, and the app's own field labels in German and English:
    // every column finds its field without help.
    void map_readsGermanHeadersAndTheAppsOwnLabels_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::newRow("German colleague")
            << QStringList{u"Plattform"_qs, u"Benutzername"_qs, u"Abonnenten"_qs, u"Ø Likes"_qs,
                           u"Kommentare"_qs, u"Teilen"_qs, u"Aufrufe"_qs, u"Engagement-Rate"_qs,
                           u"Nische"_qs, u"Land"_qs, u"Sprache"_qs, u"Honorar"_qs, u"Währung"_qs,
                           u"Profil-URL"_qs, u"E-Mail"_qs, u"Notizen"_qs, u"Quelle"_qs,
                           u"Stand"_qs, u"Anzeigename"_qs, u"Authentizität"_qs,
                           u"Werbeanteil"_qs};
        QTest::newRow("the app's German labels")
            << QStringList{u"Plattform"_qs, u"Handle"_qs, u"Follower"_qs, u"Ø Likes"_qs,
                           u"Ø Kommentare"_qs, u"Ø Shares"_qs, u"Ø Aufrufe"_qs,
                           u"Engagement-Rate"_qs, u"Nischen"_qs, u"Land"_qs, u"Sprache"_qs,
                           u"Honorar pro Beitrag"_qs, u"Honorarwährung"_qs, u"Profil-URL"_qs,
                           u"E-Mail"_qs, u"Notizen"_qs, u"Quelle"_qs, u"Kennzahlen vom"_qs,
                           u"Anzeigename"_qs, u"Authentizität der Zielgruppe"_qs,
                           u"Anteil gesponserter Beiträge"_qs};
        QTest::newRow("the app's English labels")
            << QStringList{u"Platform"_qs, u"Handle"_qs, u"Followers"_qs, u"Avg. likes"_qs,
                           u"Avg. comments"_qs, u"Avg. shares"_qs, u"Avg. views"_qs,
                           u"Engagement rate"_qs, u"Niches"_qs, u"Country"_qs, u"Language"_qs,
                           u"Fee per post"_qs, u"Fee currency"_qs, u"Profile URL"_qs, u"Email"_qs,
                           u"Notes"_qs, u"Source"_qs, u"Metrics as of"_qs, u"Display name"_qs,
                           u"Audience authenticity"_qs, u"Sponsored posts ratio"_qs};
    }
    void map_readsGermanHeadersAndTheAppsOwnLabels()
    {
        QFETCH(QStringList, headers);
        const QList<CreatorField> expected = {
            CreatorField::Platform,     CreatorField::Handle,       CreatorField::Followers,
            CreatorField::AvgLikes,     CreatorField::AvgComments,  CreatorField::AvgShares,
            CreatorField::AvgViews,     CreatorField::EngagementRate, CreatorField::Niches,
            CreatorField::Country,      CreatorField::Language,     CreatorField::Fee,
            CreatorField::FeeCurrency,  CreatorField::ProfileUrl,   CreatorField::Email,
            CreatorField::Notes,        CreatorField::Source,       CreatorField::MetricsAsOf,
            CreatorField::DisplayName,  CreatorField::Authenticity, CreatorField::SponsoredRatio};
        const HeaderMapping m = HeaderMapper::map(headers);
        for (qsizetype c = 0; c < headers.size(); ++c)
            QVERIFY2(m.target(c) == expected[c],
                     qPrintable(headers[c] + u" → "_qs + creatorFieldKey(m.target(c))));
    }

    void setTarget_overridesAndMovesATakenField()
    {
        HeaderMapping m = HeaderMapper::map({u"handle"_qs, u"followers"_qs, u"fans"_qs});
        QCOMPARE(m.target(2), CreatorField::Extra);
        m.setTarget(2, CreatorField::Followers);
        QCOMPARE(m.target(2), CreatorField::Followers);
        QCOMPARE(m.target(1), CreatorField::Extra);
        QCOMPARE(m.columnFor(CreatorField::Followers), 2);
        m.setTarget(0, CreatorField::Ignore);
        QCOMPARE(m.target(0), CreatorField::Ignore);
        QCOMPARE(m.columnFor(CreatorField::Handle), -1);
        m.setTarget(7, CreatorField::Email); // out of range: nothing happens
        QCOMPARE(m.columnCount(), 3);
    }

    void json_roundTripsAMapping()
    {
        HeaderMapping m = HeaderMapper::map({u"Username"_qs, u"Subs"_qs, u"Colour"_qs, u"Manager"_qs});
        m.setTarget(3, CreatorField::Notes);
        m.setTarget(2, CreatorField::Ignore);
        const QJsonObject json = m.toJson();
        QCOMPARE(json.value(u"format").toString(), u"tierscope-column-mapping"_qs);
        QCOMPARE(json.value(u"version").toInt(), 1);
        const QJsonArray columns = json.value(u"columns").toArray();
        QCOMPARE(columns.size(), 4);
        QCOMPARE(columns.at(1).toObject().value(u"header").toString(), u"Subs"_qs);
        QCOMPARE(columns.at(1).toObject().value(u"field").toString(), u"followers"_qs);
        QCOMPARE(columns.at(2).toObject().value(u"field").toString(), u"ignore"_qs);

        // Through text, as a saved mapping file would go.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        const Result<HeaderMapping> back = HeaderMapping::fromJson(reread);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value(), m);
    }

    void fromJson_refusesBadMappings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        QTest::addRow("other format") << QByteArray(R"({"format":"x","version":1,"columns":[]})")
                                      << u"not a Tierscope"_qs;
        QTest::addRow("newer version") << QByteArray(R"({"format":"tierscope-column-mapping","version":9,"columns":[]})")
                                       << u"newer"_qs;
        QTest::addRow("unknown field") << QByteArray(R"({"format":"tierscope-column-mapping","version":1,
                                                        "columns":[{"header":"a","field":"shoe_size"}]})")
                                       << u"shoe_size"_qs;
        QTest::addRow("no columns") << QByteArray(R"({"format":"tierscope-column-mapping","version":1})")
                                    << u"no list"_qs;
    }
    void fromJson_refusesBadMappings()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        const Result<HeaderMapping> m = HeaderMapping::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message.contains(words), qPrintable(m.error().message));
    }

    void map_appliesSavedMappingByHeader()
    {
        HeaderMapping saved = HeaderMapper::map({u"Username"_qs, u"Manager"_qs, u"likes"_qs});
        saved.setTarget(1, CreatorField::Notes);
        saved.setTarget(2, CreatorField::Ignore);
        // The new file has the columns in another order, other spelling, and one more column.
        const HeaderMapping m = HeaderMapper::map({u"LIKES"_qs, u"followers"_qs, u"manager"_qs, u"user_name"_qs},
                                                  saved);
        QCOMPARE(m.target(0), CreatorField::Ignore);
        QCOMPARE(m.target(1), CreatorField::Followers);
        QCOMPARE(m.target(2), CreatorField::Notes);
        QCOMPARE(m.target(3), CreatorField::Handle);
    }

    void creatorFieldKeys_roundTrip()
    {
        QList<CreatorField> all = allCreatorFields();
        QCOMPARE(all.size(), 21);
        all << CreatorField::Extra << CreatorField::Ignore;
        QSet<QString> keys;
        for (const CreatorField f : all) {
            const QString key = creatorFieldKey(f);
            QVERIFY(!key.isEmpty());
            QVERIFY(!creatorFieldDisplayName(f).isEmpty());
            QCOMPARE(creatorFieldFromKey(key), std::optional(f));
            keys.insert(key);
        }
        QCOMPARE(keys.size(), all.size());
        QVERIFY(!creatorFieldFromKey(u"nope").has_value());
    }
};

QTEST_GUILESS_MAIN(TestHeaderMapper)
#include "tst_header_mapper.moc"
