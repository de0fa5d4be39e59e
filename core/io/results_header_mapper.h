// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/results_field.h"
#include "core/io/synonym_mapper.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace tierscope::core {

// Maps the header of a campaign results sheet (as exported by Instagram, TikTok and YouTube
// insights, agencies and tracking tools) to ResultsField with the synonym matching creator
// import uses (SynonymMapper): "Post URL", "Permalink" → URL; "Impressions", "Video views" →
// views (a "Views" column wins over "Impressions"); "Link clicks", "Swipe ups" → clicks;
// "Revenue (€)" → revenue. A platform prefix ("IG likes"), "total"/"actual" before or "count"
// after a name are tried too. Unknown headers are not imported.
class ResultsHeaderMapper
{
public:
    using Match = SynonymMapper<ResultsField>::Match;

    static std::optional<Match> match(QStringView header);
    static ResultsMapping map(const QStringList &headers);
    // Like map(), then the columns whose header is in `saved` take their target from there.
    static ResultsMapping map(const QStringList &headers, const ResultsMapping &saved);

    // The currency a header names, as an ISO code: "Revenue (€)" → "EUR", "Revenue USD" →
    // "USD"; empty when it names none.
    static QString currencyOf(QStringView header);
};

} // namespace tierscope::core
