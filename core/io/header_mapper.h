// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/creator_field.h"
#include "core/io/header_mapping.h"
#include "core/io/synonym_mapper.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace tierscope::core {

// Maps the header of an import file to creator fields through a table of synonyms, compared
// after normalising (lowercase, letters and digits only: "Followers count", "followers_count"
// and "FOLLOWERS-COUNT" are one). A header not in the table is tried once more without a
// platform prefix ("IG followers", "TikTok username") or a "count"/"total" word.
// Each synonym has a specificity. When two columns name one field, the more specific wins
// ("Avg likes" over "Likes", "Username" over "Account"; equal: the earlier column) and the
// other becomes Extra. Singular "Comment" is notes; plural "Comments" is average comments.
// Blank headers are ignored; unknown headers are kept as Extra. The matching itself is
// SynonymMapper's, shared with the other imports (campaign results).
class HeaderMapper
{
public:
    // field, and specificity: 1 generic ("likes", "name") … 3 exact ("avg likes", "handle")
    using Match = SynonymMapper<CreatorField>::Match;

    static QString normaliseHeader(QStringView header);
    // The field a header names, or nothing.
    static std::optional<Match> match(QStringView header);
    static HeaderMapping map(const QStringList &headers);
    // Like map(), then every column whose header (normalised) is in `saved` takes its target
    // from there; the n-th column of a repeated header matches the n-th in `saved`.
    static HeaderMapping map(const QStringList &headers, const HeaderMapping &saved);
};

} // namespace tierscope::core
