// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/shortlist.h"

#include <QCoreApplication>

namespace tierscope::core {

QList<Verdict> allVerdicts()
{
    return {Verdict::Undecided, Verdict::Yes, Verdict::Maybe, Verdict::No};
}

QString verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Undecided: return QStringLiteral("undecided");
    case Verdict::Yes: return QStringLiteral("yes");
    case Verdict::Maybe: return QStringLiteral("maybe");
    case Verdict::No: return QStringLiteral("no");
    }
    return {};
}

std::optional<Verdict> verdictFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Verdict v : allVerdicts()) {
        if (verdictKey(v) == k)
            return v;
    }
    return std::nullopt;
}

QString verdictDisplayName(Verdict v)
{
    switch (v) {
    case Verdict::Undecided: return QCoreApplication::translate("Verdict", "Undecided");
    case Verdict::Yes: return QCoreApplication::translate("Verdict", "Yes");
    case Verdict::Maybe: return QCoreApplication::translate("Verdict", "Maybe");
    case Verdict::No: return QCoreApplication::translate("Verdict", "No");
    }
    return {};
}

} // namespace tierscope::core
