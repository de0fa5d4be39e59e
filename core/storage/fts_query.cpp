// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/fts_query.h"

namespace tierscope::core {

namespace {

// A phrase in double quotes (doubled inside). Control characters become spaces: FTS5 reads a NUL
// as the end of the expression ("unterminated string"), and none is part of a word anyway.
QString quoted(QString word)
{
    for (QChar &c : word) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    word.replace(u'"', QStringLiteral("\"\""));
    return u'"' + word + u'"';
}

// A word counts when it has a letter or digit: FTS would drop pure punctuation anyway.
bool hasToken(const QString &word)
{
    for (const QChar c : word) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

} // namespace

QString ftsMatchExpression(const QString &text, const QStringList &niches)
{
    QStringList parts;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!hasToken(words[i]))
            continue;
        parts << quoted(words[i]) + u'*';
    }
    QStringList nicheTerms;
    for (const QString &n : niches) {
        if (hasToken(n))
            nicheTerms << quoted(n.simplified());
    }
    if (!nicheTerms.isEmpty())
        parts << QStringLiteral("niches : (%1)").arg(nicheTerms.join(QStringLiteral(" OR ")));
    return parts.join(QStringLiteral(" AND "));
}

} // namespace tierscope::core
