// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/domain/shortlist.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace tierscope::core {

class WorkspaceEvents;

// All shortlist SQL. Names are unique case-insensitively. Entries keep their position through
// removals (gaps are fine), so an undo that restores them puts them back where they were.
// Every write that changes something emits WorkspaceEvents::shortlistsChanged(). Multi-row writes
// are one transaction, or a savepoint of the caller's transaction when one is open (Transaction).
class ShortlistRepository
{
public:
    explicit ShortlistRepository(QSqlDatabase db, WorkspaceEvents *events = nullptr,
                                 const Clock &clock = Clock::system());

    // A new shortlist with the name and brief given; returns its id. Conflict when the name
    // (ignoring case) is taken, InvalidArgument when it is blank.
    Result<qint64> create(const Shortlist &shortlist);
    Status rename(qint64 id, const QString &name);
    Status setBrief(qint64 id, const QString &brief);
    Status remove(qint64 id); // entries go with it

    Result<Shortlist> get(qint64 id) const;
    // An id ("12") or an exact name, ignoring case; an id that exists wins over a name.
    Result<Shortlist> findByNameOrId(const QString &text) const;
    Result<QList<Shortlist>> list() const; // by name, with entryCount

    Result<QList<ShortlistEntry>> entries(qint64 shortlistId) const; // by position
    // Every shortlist entry of one creator (to restore after undoing the creator's deletion).
    Result<QList<ShortlistEntry>> entriesForCreator(qint64 creatorId) const;

    // Appends in the order given, skipping creators already on the list (and repeats); returns
    // how many were added. NotFound for an unknown shortlist or creator: then nothing is added.
    Result<int> addCreators(qint64 shortlistId, const QList<qint64> &creatorIds);
    // Creators not on the list are ignored.
    Status removeCreators(qint64 shortlistId, const QList<qint64> &creatorIds);
    Status setNote(qint64 shortlistId, qint64 creatorId, const QString &note);
    Status setVerdict(qint64 shortlistId, qint64 creatorId, Verdict verdict);
    // The creators given come first, in that order; entries not named keep their relative order
    // after them. InvalidArgument when an id is not on the list or repeats.
    Status reorder(qint64 shortlistId, const QList<qint64> &creatorIdsInOrder);

    // A copy with its brief and entries (notes, verdicts and order kept); returns the new id.
    Result<qint64> duplicate(qint64 id, const QString &newName);

    // Re-creates a deleted shortlist exactly: same id, times and entries (undo of remove()).
    Status restore(const Shortlist &shortlist, const QList<ShortlistEntry> &entries);
    // Puts removed entries back exactly (undo of removeCreators()).
    Status restoreEntries(const QList<ShortlistEntry> &entries);

private:
    // What a change did: the shortlists whose updatedAt moves, and whether anything changed at
    // all (nothing: no signal).
    struct Changed
    {
        QList<qint64> touch;
        bool any = true;
    };
    // Runs op as one change (a Transaction) and emits shortlistsChanged() once it is saved.
    Status change(const std::function<Result<Changed>()> &op);
    Status checkNameFree(const QString &name, qint64 exceptId) const;
    Status requireShortlist(qint64 id) const;
    Result<qint64> insertShortlist(const Shortlist &s, bool keepId);
    Status insertEntries(const QList<ShortlistEntry> &entries);
    Status setEntryField(qint64 shortlistId, qint64 creatorId, const char *column,
                         const QString &value);

    QSqlDatabase m_db;
    WorkspaceEvents *m_events;
    const Clock &m_clock;
};

} // namespace tierscope::core
