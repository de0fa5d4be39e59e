// SPDX-License-Identifier: GPL-3.0-or-later
// A named, ordered list of candidate creators with a note and a verdict per entry.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tierscope::core {

enum class Verdict { Undecided, Yes, Maybe, No };

QList<Verdict> allVerdicts();
QString verdictKey(Verdict v); // "undecided", "yes", "maybe", "no": the stored form
std::optional<Verdict> verdictFromKey(const QString &key);
QString verdictDisplayName(Verdict v); // translated

struct Shortlist
{
    qint64 id = 0; // 0 until stored
    QString name;  // unique in a workspace, case-insensitively
    QString brief;
    QDateTime createdAt;
    QDateTime updatedAt; // also moves when entries change
    qint64 entryCount = 0; // read-only: filled by the repository's get() and list()

    bool operator==(const Shortlist &) const = default;
};

struct ShortlistEntry
{
    qint64 shortlistId = 0;
    qint64 creatorId = 0;
    int position = 0; // ascending; gaps are allowed
    QString note;
    Verdict verdict = Verdict::Undecided;
    QDateTime addedAt;

    bool operator==(const ShortlistEntry &) const = default;
};

} // namespace tierscope::core
