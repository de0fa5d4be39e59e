// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/results_header_mapper.h"

#include "core/io/value_parser.h"

namespace tierscope::core {

namespace {

using F = ResultsField;
using Synonym = SynonymMapper<ResultsField>::Synonym;

// Normalised headers (lowercase letters and digits only).
constexpr Synonym Synonyms[] = {
    // keys
    {u"deliverableid", F::DeliverableId, 3}, {u"tierscopeid", F::DeliverableId, 3},
    {u"handle", F::Handle, 3}, {u"creatorhandle", F::Handle, 3}, {u"username", F::Handle, 3},
    {u"userhandle", F::Handle, 3}, {u"accounthandle", F::Handle, 3}, {u"creator", F::Handle, 2},
    {u"influencer", F::Handle, 2}, {u"account", F::Handle, 2}, {u"accountname", F::Handle, 2},
    {u"creatorname", F::Handle, 1}, {u"influencername", F::Handle, 1}, {u"channel", F::Handle, 1},
    {u"profile", F::Handle, 1}, {u"user", F::Handle, 1},
    {u"platform", F::Platform, 3}, {u"network", F::Platform, 2}, {u"socialnetwork", F::Platform, 2},
    {u"socialplatform", F::Platform, 2},
    {u"kind", F::Kind, 3}, {u"deliverablekind", F::Kind, 3}, {u"deliverabletype", F::Kind, 3},
    {u"contenttype", F::Kind, 2}, {u"posttype", F::Kind, 2}, {u"contentformat", F::Kind, 2},
    {u"format", F::Kind, 2}, {u"deliverable", F::Kind, 1}, {u"type", F::Kind, 1},
    // where and when
    {u"url", F::Url, 3}, {u"posturl", F::Url, 3}, {u"postlink", F::Url, 3}, {u"permalink", F::Url, 3},
    {u"contenturl", F::Url, 3}, {u"contentlink", F::Url, 3}, {u"videourl", F::Url, 3},
    {u"reelurl", F::Url, 3}, {u"publishedurl", F::Url, 3}, {u"livelink", F::Url, 2},
    {u"liveurl", F::Url, 2}, {u"videolink", F::Url, 2}, {u"link", F::Url, 2},
    {u"publishedon", F::PublishedOn, 3}, {u"publishdate", F::PublishedOn, 3},
    {u"publisheddate", F::PublishedOn, 3}, {u"publicationdate", F::PublishedOn, 3},
    {u"postdate", F::PublishedOn, 3}, {u"dateposted", F::PublishedOn, 3},
    {u"postedon", F::PublishedOn, 3}, {u"datepublished", F::PublishedOn, 3},
    {u"publishedat", F::PublishedOn, 2}, {u"postedat", F::PublishedOn, 2},
    {u"golivedate", F::PublishedOn, 2}, {u"livedate", F::PublishedOn, 2},
    {u"published", F::PublishedOn, 2}, {u"posted", F::PublishedOn, 2}, {u"date", F::PublishedOn, 1},
    // results
    {u"views", F::Views, 3}, {u"videoviews", F::Views, 3}, {u"plays", F::Views, 2},
    {u"videoplays", F::Views, 2}, {u"impressions", F::Views, 2}, {u"reach", F::Views, 1},
    {u"likes", F::Likes, 3}, {u"reactions", F::Likes, 2}, {u"hearts", F::Likes, 2},
    {u"comments", F::Comments, 3}, {u"replies", F::Comments, 2},
    {u"shares", F::Shares, 3}, {u"reposts", F::Shares, 2}, {u"sends", F::Shares, 2},
    {u"saves", F::Saves, 3}, {u"saved", F::Saves, 2}, {u"bookmarks", F::Saves, 2},
    {u"favorites", F::Saves, 2}, {u"favourites", F::Saves, 2},
    {u"clicks", F::Clicks, 3}, {u"linkclicks", F::Clicks, 3}, {u"urlclicks", F::Clicks, 3},
    {u"websiteclicks", F::Clicks, 2}, {u"linkinbioclicks", F::Clicks, 2}, {u"swipeups", F::Clicks, 2},
    {u"linktaps", F::Clicks, 2}, {u"stickertaps", F::Clicks, 2}, {u"taps", F::Clicks, 1},
    {u"conversions", F::Conversions, 3}, {u"orders", F::Conversions, 2},
    {u"purchases", F::Conversions, 2}, {u"signups", F::Conversions, 2},
    {u"installs", F::Conversions, 2}, {u"sales", F::Conversions, 1}, {u"leads", F::Conversions, 1},
    {u"revenue", F::Revenue, 3}, {u"salesrevenue", F::Revenue, 3}, {u"attributedrevenue", F::Revenue, 3},
    {u"salesvalue", F::Revenue, 2}, {u"ordervalue", F::Revenue, 2}, {u"gmv", F::Revenue, 2},
    {u"income", F::Revenue, 1}, {u"value", F::Revenue, 1},
    {u"currency", F::Currency, 3}, {u"revenuecurrency", F::Currency, 3},
    {u"currencycode", F::Currency, 3},
};

constexpr QStringView Prefixes[] = {u"instagram", u"insta", u"ig", u"tiktok", u"tt", u"youtube",
                                    u"yt", u"total", u"actual", u"numberof", u"noof", u"post"};
// A currency code after a name ("Revenue EUR") names the column's currency (currencyOf()).
constexpr QStringView Suffixes[] = {u"count", u"number", u"total", u"eur", u"usd", u"gbp",
                                    u"chf", u"cad", u"aud", u"sek", u"nok", u"dkk", u"pln",
                                    u"jpy", u"inr", u"brl", u"mxn"};

const SynonymMapper<ResultsField> &mapper()
{
    static const SynonymMapper<ResultsField> m(Synonyms, Prefixes, Suffixes);
    return m;
}

} // namespace

std::optional<ResultsHeaderMapper::Match> ResultsHeaderMapper::match(QStringView header)
{
    return mapper().match(header);
}

ResultsMapping ResultsHeaderMapper::map(const QStringList &headers)
{
    return mapper().map(headers);
}

ResultsMapping ResultsHeaderMapper::map(const QStringList &headers, const ResultsMapping &saved)
{
    return mapper().map(headers, saved);
}

QString ResultsHeaderMapper::currencyOf(QStringView header)
{
    // Each word (or symbol) of the header, read as the currency of an amount "1 <word>".
    QString word;
    const auto check = [&word]() -> QString {
        QString code;
        if (!word.isEmpty()) {
            if (const auto m = parseMoney(QString(QStringLiteral("1 ") + word)); m && m.value())
                code = m.value()->currency;
        }
        word.clear();
        return code;
    };
    for (const QChar c : header) {
        if (c.isSpace() || c == u'(' || c == u')' || c == u'[' || c == u']' || c == u','
            || c == u'/' || c == u'_' || c == u'-' || c == u':') {
            if (const QString code = check(); !code.isEmpty())
                return code;
        } else {
            word.append(c);
        }
    }
    return check();
}

} // namespace tierscope::core
