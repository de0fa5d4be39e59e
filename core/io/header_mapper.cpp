// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/header_mapper.h"

#include "core/io/synonym_mapper.h"

namespace tierscope::core {

namespace {

using F = CreatorField;

using Synonym = SynonymMapper<CreatorField>::Synonym;

// Normalised headers (lowercase letters and digits only).
constexpr Synonym Synonyms[] = {
    // handle
    {u"handle", F::Handle, 3}, {u"username", F::Handle, 3}, {u"userhandle", F::Handle, 3},
    {u"screenname", F::Handle, 3}, {u"instagramusername", F::Handle, 3}, {u"instagramhandle", F::Handle, 3},
    {u"tiktokusername", F::Handle, 3}, {u"tiktokhandle", F::Handle, 3}, {u"youtubehandle", F::Handle, 3},
    {u"socialhandle", F::Handle, 3}, {u"channelinfo", F::Handle, 2}, {u"tiktokername", F::Handle, 2},
    {u"youtuber", F::Handle, 2}, {u"influencerinstaname", F::Handle, 2}, {u"accountname", F::Handle, 2},
    {u"channel", F::Handle, 1}, {u"profile", F::Handle, 1}, {u"account", F::Handle, 1},
    {u"creator", F::Handle, 1}, {u"influencer", F::Handle, 1}, {u"user", F::Handle, 1},
    // profile URL
    {u"profileurl", F::ProfileUrl, 3}, {u"profilelink", F::ProfileUrl, 3}, {u"channelurl", F::ProfileUrl, 3},
    {u"channellink", F::ProfileUrl, 3}, {u"instagramurl", F::ProfileUrl, 3}, {u"tiktokurl", F::ProfileUrl, 3},
    {u"youtubeurl", F::ProfileUrl, 3}, {u"url", F::ProfileUrl, 2}, {u"link", F::ProfileUrl, 2},
    // display name
    {u"displayname", F::DisplayName, 3}, {u"fullname", F::DisplayName, 3}, {u"realname", F::DisplayName, 2},
    {u"tiktokname", F::DisplayName, 2}, {u"channelname", F::DisplayName, 2}, {u"instagramname", F::DisplayName, 2},
    {u"creatorname", F::DisplayName, 2}, {u"influencername", F::DisplayName, 2}, {u"name", F::DisplayName, 1},
    {u"title", F::DisplayName, 1},
    // followers
    {u"followers", F::Followers, 3}, {u"subscribers", F::Followers, 3}, {u"followercount", F::Followers, 3},
    {u"followerscount", F::Followers, 3}, {u"subscribercount", F::Followers, 3},
    {u"subscriberscount", F::Followers, 3}, {u"numberoffollowers", F::Followers, 3},
    {u"nooffollowers", F::Followers, 3}, {u"totalfollowers", F::Followers, 3},
    {u"audiencesize", F::Followers, 2}, {u"subs", F::Followers, 2}, {u"fans", F::Followers, 2},
    {u"follower", F::Followers, 2}, {u"audience", F::Followers, 1},
    // averages
    {u"avglikes", F::AvgLikes, 3}, {u"likesavg", F::AvgLikes, 3}, {u"averagelikes", F::AvgLikes, 3},
    {u"avglikesperpost", F::AvgLikes, 3}, {u"meanlikes", F::AvgLikes, 3}, {u"likesperpost", F::AvgLikes, 2},
    {u"likes", F::AvgLikes, 1},
    {u"avgcomments", F::AvgComments, 3}, {u"commentsavg", F::AvgComments, 3},
    {u"averagecomments", F::AvgComments, 3}, {u"meancomments", F::AvgComments, 3},
    {u"commentsperpost", F::AvgComments, 2}, {u"comments", F::AvgComments, 1},
    {u"avgshares", F::AvgShares, 3}, {u"sharesavg", F::AvgShares, 3}, {u"averageshares", F::AvgShares, 3},
    {u"meanshares", F::AvgShares, 3}, {u"sharesperpost", F::AvgShares, 2}, {u"shares", F::AvgShares, 1},
    {u"avgviews", F::AvgViews, 3}, {u"viewsavg", F::AvgViews, 3}, {u"averageviews", F::AvgViews, 3},
    {u"avgvideoviews", F::AvgViews, 3}, {u"averagevideoviews", F::AvgViews, 3}, {u"meanviews", F::AvgViews, 3},
    {u"videoviews", F::AvgViews, 2}, {u"viewsperpost", F::AvgViews, 2}, {u"viewspervideo", F::AvgViews, 2},
    {u"views", F::AvgViews, 1},
    // engagement rate
    {u"engagementrate", F::EngagementRate, 3}, {u"er", F::EngagementRate, 3}, {u"engrate", F::EngagementRate, 3},
    {u"avgengagementrate", F::EngagementRate, 3}, {u"averageengagementrate", F::EngagementRate, 3},
    {u"60dengrate", F::EngagementRate, 2}, {u"30dengrate", F::EngagementRate, 2},
    {u"60dayengrate", F::EngagementRate, 2}, {u"30dayengrate", F::EngagementRate, 2},
    {u"engagement", F::EngagementRate, 1},
    // niches
    {u"niche", F::Niches, 3}, {u"niches", F::Niches, 3}, {u"category", F::Niches, 2},
    {u"categories", F::Niches, 2}, {u"topics", F::Niches, 2}, {u"topic", F::Niches, 2},
    {u"contentcategory", F::Niches, 2}, {u"vertical", F::Niches, 1}, {u"genre", F::Niches, 1},
    // place and language
    {u"country", F::Country, 3}, {u"countrycode", F::Country, 3}, {u"location", F::Country, 2},
    {u"nation", F::Country, 2}, {u"audiencecountry", F::Country, 1}, {u"region", F::Country, 1},
    {u"language", F::Language, 3}, {u"lang", F::Language, 3}, {u"contentlanguage", F::Language, 2},
    // audience quality
    {u"authenticity", F::Authenticity, 3}, {u"authenticityscore", F::Authenticity, 3},
    {u"audienceauthenticity", F::Authenticity, 3}, {u"audiencequality", F::Authenticity, 2},
    {u"realfollowers", F::Authenticity, 2}, {u"authenticfollowers", F::Authenticity, 2},
    {u"sponsoredratio", F::SponsoredRatio, 3}, {u"sponsoredpostsratio", F::SponsoredRatio, 3},
    {u"sponsoredposts", F::SponsoredRatio, 2}, {u"sponsoredshare", F::SponsoredRatio, 2},
    // money
    {u"fee", F::Fee, 3}, {u"feeperpost", F::Fee, 3}, {u"priceperpost", F::Fee, 3}, {u"rateperpost", F::Fee, 3},
    {u"costperpost", F::Fee, 3}, {u"price", F::Fee, 2}, {u"cost", F::Fee, 2}, {u"rate", F::Fee, 1},
    {u"currency", F::FeeCurrency, 3}, {u"feecurrency", F::FeeCurrency, 3},
    // contact, notes, provenance
    {u"email", F::Email, 3}, {u"emailaddress", F::Email, 3}, {u"contactemail", F::Email, 3},
    {u"businessemail", F::Email, 3}, {u"mail", F::Email, 2}, {u"contact", F::Email, 1},
    {u"notes", F::Notes, 3}, {u"note", F::Notes, 3}, {u"remarks", F::Notes, 2}, {u"remark", F::Notes, 2},
    {u"comment", F::Notes, 2},
    {u"platform", F::Platform, 3}, {u"network", F::Platform, 2}, {u"socialnetwork", F::Platform, 2},
    {u"sourceplatform", F::Platform, 2}, {u"socialplatform", F::Platform, 2},
    {u"source", F::Source, 3}, {u"datasource", F::Source, 3},
    {u"metricsasof", F::MetricsAsOf, 3}, {u"asof", F::MetricsAsOf, 3}, {u"metricsdate", F::MetricsAsOf, 3},
    {u"snapshotdate", F::MetricsAsOf, 2}, {u"lastupdated", F::MetricsAsOf, 2}, {u"updatedat", F::MetricsAsOf, 2},
    {u"datecollected", F::MetricsAsOf, 2}, {u"scrapedat", F::MetricsAsOf, 2}, {u"date", F::MetricsAsOf, 1},

    // German headers, including the app's own field labels in German ("Ø Likes", "Honorar pro
    // Beitrag"), so a list from a German colleague or a German export maps by itself.
    {u"plattform", F::Platform, 3}, {u"netzwerk", F::Platform, 2}, {u"kanaltyp", F::Platform, 2},
    {u"benutzername", F::Handle, 3}, {u"nutzername", F::Handle, 3}, {u"profilname", F::Handle, 2},
    {u"kanal", F::Handle, 1},
    {u"profilurl", F::ProfileUrl, 3}, {u"profillink", F::ProfileUrl, 3}, {u"kanalurl", F::ProfileUrl, 3},
    {u"kanallink", F::ProfileUrl, 3},
    {u"anzeigename", F::DisplayName, 3}, {u"vollständigername", F::DisplayName, 3},
    {u"kanalname", F::DisplayName, 2},
    {u"abonnenten", F::Followers, 3}, {u"abonnentenzahl", F::Followers, 3},
    {u"anzahlabonnenten", F::Followers, 3}, {u"followerzahl", F::Followers, 3},
    {u"followeranzahl", F::Followers, 3}, {u"anzahlfollower", F::Followers, 3}, {u"abos", F::Followers, 2},
    {u"ølikes", F::AvgLikes, 3}, {u"durchschnittlichelikes", F::AvgLikes, 3},
    {u"likesprobeitrag", F::AvgLikes, 2}, {u"likesdurchschnitt", F::AvgLikes, 3},
    {u"økommentare", F::AvgComments, 3}, {u"durchschnittlichekommentare", F::AvgComments, 3},
    {u"kommentareprobeitrag", F::AvgComments, 2}, {u"kommentare", F::AvgComments, 1},
    {u"øshares", F::AvgShares, 3}, {u"øteilen", F::AvgShares, 3}, {u"durchschnittlicheshares", F::AvgShares, 3},
    {u"teilen", F::AvgShares, 1}, {u"geteilt", F::AvgShares, 1},
    {u"øaufrufe", F::AvgViews, 3}, {u"durchschnittlicheaufrufe", F::AvgViews, 3},
    {u"aufrufeprovideo", F::AvgViews, 2}, {u"videoaufrufe", F::AvgViews, 2}, {u"aufrufe", F::AvgViews, 1},
    {u"interaktionsrate", F::EngagementRate, 3}, {u"engagementquote", F::EngagementRate, 3},
    {u"nische", F::Niches, 3}, {u"nischen", F::Niches, 3}, {u"themen", F::Niches, 2}, {u"thema", F::Niches, 2},
    {u"kategorie", F::Niches, 2}, {u"kategorien", F::Niches, 2},
    {u"land", F::Country, 3}, {u"länderkürzel", F::Country, 3}, {u"landeskürzel", F::Country, 3},
    {u"standort", F::Country, 2}, {u"herkunft", F::Country, 1},
    {u"sprache", F::Language, 3},
    {u"authentizität", F::Authenticity, 3}, {u"authentizitätderzielgruppe", F::Authenticity, 3},
    {u"echtefollower", F::Authenticity, 2},
    {u"anteilgesponserterbeiträge", F::SponsoredRatio, 3}, {u"werbeanteil", F::SponsoredRatio, 2},
    {u"gesponsertebeiträge", F::SponsoredRatio, 2},
    {u"honorar", F::Fee, 3}, {u"honorarprobeitrag", F::Fee, 3}, {u"honorarpropost", F::Fee, 3},
    {u"preisprobeitrag", F::Fee, 3}, {u"preispropost", F::Fee, 3}, {u"kostenpropost", F::Fee, 3},
    {u"gage", F::Fee, 2}, {u"vergütung", F::Fee, 2}, {u"preis", F::Fee, 2}, {u"kosten", F::Fee, 2},
    {u"währung", F::FeeCurrency, 3}, {u"honorarwährung", F::FeeCurrency, 3},
    {u"emailadresse", F::Email, 3}, {u"kontakt", F::Email, 1},
    {u"notizen", F::Notes, 3}, {u"notiz", F::Notes, 3}, {u"anmerkungen", F::Notes, 2},
    {u"bemerkungen", F::Notes, 2}, {u"kommentar", F::Notes, 2},
    {u"quelle", F::Source, 3}, {u"datenquelle", F::Source, 3},
    {u"kennzahlenvom", F::MetricsAsOf, 3}, {u"stand", F::MetricsAsOf, 2}, {u"stichtag", F::MetricsAsOf, 2},
    {u"erhobenam", F::MetricsAsOf, 2}, {u"datum", F::MetricsAsOf, 1},
};

constexpr QStringView Prefixes[] = {u"instagram", u"insta", u"ig", u"tiktok", u"tt", u"youtube", u"yt",
                                    u"total", u"numberof", u"noof", u"anzahl", u"gesamt"};
constexpr QStringView Suffixes[] = {u"count", u"number", u"total", u"anzahl", u"gesamt", u"zahl"};

const SynonymMapper<CreatorField> &mapper()
{
    static const SynonymMapper<CreatorField> m(Synonyms, Prefixes, Suffixes);
    return m;
}

} // namespace

QString HeaderMapper::normaliseHeader(QStringView header)
{
    return normaliseColumnHeader(header);
}

std::optional<HeaderMapper::Match> HeaderMapper::match(QStringView header)
{
    return mapper().match(header);
}

HeaderMapping HeaderMapper::map(const QStringList &headers)
{
    return mapper().map(headers);
}

HeaderMapping HeaderMapper::map(const QStringList &headers, const HeaderMapping &saved)
{
    return mapper().map(headers, saved);
}

} // namespace tierscope::core
