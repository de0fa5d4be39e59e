// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tierscope::core {

// Builds an FTS5 MATCH expression from what a user typed: every word must match, the last one
// (still being typed) as a prefix; niches restrict to the niches column (any of them). Words are
// quoted, so FTS syntax in the input is taken literally. Empty when there is nothing to match.
QString ftsMatchExpression(const QString &text, const QStringList &niches = {});

} // namespace tierscope::core
