// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/column_mapping.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <optional>
#include <span>

namespace tierscope::core {

// Lowercase letters and digits only: "Followers count", "followers_count" and "FOLLOWERS-COUNT"
// are one; "Revenue (€)" is "revenue".
QString normaliseColumnHeader(QStringView header);

// The header matching shared by every import: a table of synonyms compared after normalising
// (normaliseColumnHeader). A header not in the table is tried once more without one of the
// given prefixes or suffixes (a platform prefix, a "count" word …), as a less specific guess.
// Each synonym has a specificity. When two columns name one field, the more specific wins (equal:
// the earlier column) and the other becomes Unmapped. Blank headers are ignored; unknown headers
// are Unmapped (see ColumnMapping).
template<typename Field>
class SynonymMapper
{
public:
    struct Synonym
    {
        QStringView normalised;
        Field field;
        int specificity; // 1 generic ("likes", "name") … 3 exact ("avg likes", "handle")
    };
    struct Match
    {
        Field field = MappingFields<Field>::Unmapped;
        int specificity = 0;
    };
    using Mapping = ColumnMapping<Field>;

    SynonymMapper(std::span<const Synonym> synonyms, std::span<const QStringView> prefixes,
                  std::span<const QStringView> suffixes)
        : m_prefixes(prefixes), m_suffixes(suffixes)
    {
        for (const Synonym &s : synonyms)
            m_table.insert(s.normalised, {s.field, s.specificity});
    }

    // The field a header names, or nothing.
    std::optional<Match> match(QStringView header) const
    {
        const QString key = normaliseColumnHeader(header);
        if (const auto it = m_table.constFind(QStringView(key)); it != m_table.cend())
            return *it;
        // One more try without a prefix or a suffix; a guess, so less specific.
        const auto lookup = [this](QStringView k) -> std::optional<Match> {
            if (const auto it = m_table.constFind(k); it != m_table.cend())
                return Match{it->field, std::max(1, it->specificity - 1)};
            return std::nullopt;
        };
        for (const QStringView p : m_prefixes) {
            if (key.size() > p.size() && QStringView(key).startsWith(p)) {
                if (const auto m = lookup(QStringView(key).sliced(p.size())))
                    return m;
            }
        }
        for (const QStringView s : m_suffixes) {
            if (key.size() > s.size() && QStringView(key).endsWith(s)) {
                if (const auto m = lookup(QStringView(key).chopped(s.size())))
                    return m;
            }
        }
        return std::nullopt;
    }

    Mapping map(const QStringList &headers) const
    {
        Mapping mapping(headers);
        QList<std::optional<Match>> matches;
        matches.reserve(headers.size());
        for (const QString &h : headers)
            matches.append(match(h));
        // Per field, the most specific column wins; the earlier one on a tie.
        for (qsizetype i = 0; i < matches.size(); ++i) {
            if (!matches[i])
                continue;
            bool wins = true;
            for (qsizetype j = 0; j < matches.size() && wins; ++j) {
                if (j == i || !matches[j] || matches[j]->field != matches[i]->field)
                    continue;
                wins = matches[i]->specificity > matches[j]->specificity
                    || (matches[i]->specificity == matches[j]->specificity && i < j);
            }
            if (wins)
                mapping.setTarget(i, matches[i]->field);
        }
        return mapping;
    }

    // Like map(), then every column whose header (normalised) is in `saved` takes its target
    // from there; the n-th column of a repeated header matches the n-th in `saved`.
    Mapping map(const QStringList &headers, const Mapping &saved) const
    {
        Mapping mapping = map(headers);
        QHash<QString, QList<qsizetype>> savedColumns; // normalised header → columns in `saved`
        for (qsizetype i = 0; i < saved.columnCount(); ++i)
            savedColumns[normaliseColumnHeader(saved.header(i))].append(i);
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QString key = normaliseColumnHeader(headers[i]);
            const qsizetype occurrence = seen[key]++;
            const auto it = savedColumns.constFind(key);
            if (it != savedColumns.cend() && occurrence < it->size())
                mapping.setTarget(i, saved.target(it->at(occurrence)));
        }
        return mapping;
    }

private:
    QHash<QStringView, Match> m_table;
    std::span<const QStringView> m_prefixes;
    std::span<const QStringView> m_suffixes;
};

} // namespace tierscope::core
