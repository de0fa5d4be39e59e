// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/shortlist_repository.h"

#include "core/storage/sql_helpers.h"
#include "core/storage/workspace.h"
#include "core/storage/transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace tierscope::core {

using sql::decodeTime;
using sql::encodeTime;
using sql::execBound;
using sql::text;

namespace {

const char kShortlistColumns[] =
    "s.id, s.name, s.brief, s.created_at, s.updated_at,"
    " (SELECT count(*) FROM shortlist_entries e WHERE e.shortlist_id = s.id)";
const char kEntryColumns[] = "shortlist_id, creator_id, position, note, verdict, added_at";

Error notFound(qint64 id)
{
    return {Error::Code::NotFound, QStringLiteral("No shortlist with id %1.").arg(id)};
}

Shortlist shortlistFromQuery(const QSqlQuery &q)
{
    Shortlist s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.brief = q.value(2).toString();
    s.createdAt = decodeTime(q.value(3));
    s.updatedAt = decodeTime(q.value(4));
    s.entryCount = q.value(5).toLongLong();
    return s;
}

ShortlistEntry entryFromQuery(const QSqlQuery &q)
{
    ShortlistEntry e;
    e.shortlistId = q.value(0).toLongLong();
    e.creatorId = q.value(1).toLongLong();
    e.position = q.value(2).toInt();
    e.note = q.value(3).toString();
    e.verdict = verdictFromKey(q.value(4).toString()).value_or(Verdict::Undecided);
    e.addedAt = decodeTime(q.value(5));
    return e;
}

Result<QList<ShortlistEntry>> readEntries(QSqlDatabase db, const QString &where, qint64 id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!execBound(q,
                   QStringLiteral("SELECT %1 FROM shortlist_entries WHERE %2 "
                                  "ORDER BY shortlist_id, position, added_at, creator_id")
                       .arg(QLatin1String(kEntryColumns), where),
                   {id}))
        return databaseError(q.lastError(), QStringLiteral("Reading the shortlist failed"));
    QList<ShortlistEntry> out;
    while (q.next())
        out << entryFromQuery(q);
    return out;
}

} // namespace

ShortlistRepository::ShortlistRepository(QSqlDatabase db, WorkspaceEvents *events,
                                         const Clock &clock)
    : m_db(std::move(db)), m_events(events), m_clock(clock)
{
}

Status ShortlistRepository::change(const std::function<Result<Changed>()> &op)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin())
        return s;
    const Result<Changed> changed = op();
    if (!changed)
        return changed.error();
    if (changed->any) {
        QSqlQuery q(m_db);
        for (qint64 id : changed->touch) {
            if (!execBound(q, QStringLiteral("UPDATE shortlists SET updated_at = ? WHERE id = ?"),
                           {encodeTime(m_clock.now()), id}))
                return databaseError(q.lastError(), QStringLiteral("Saving the shortlist failed"));
        }
    }
    if (const Status s = tx.commit())
        return s;
    if (changed->any && m_events)
        emit m_events->shortlistsChanged();
    return {};
}

// Compared in Qt, not SQL: NOCASE only folds ASCII, and "Été" must clash with "été".
Status ShortlistRepository::checkNameFree(const QString &name, qint64 exceptId) const
{
    if (name.isEmpty())
        return {Error::Code::InvalidArgument, QStringLiteral("A shortlist needs a name.")};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM shortlists")))
        return databaseError(q.lastError(), QStringLiteral("Reading shortlists failed"));
    while (q.next()) {
        if (q.value(0).toLongLong() != exceptId
            && q.value(1).toString().compare(name, Qt::CaseInsensitive) == 0)
            return {Error::Code::Conflict,
                    QStringLiteral("A shortlist named “%1” already exists; choose another name.")
                        .arg(q.value(1).toString())};
    }
    return {};
}

Status ShortlistRepository::requireShortlist(qint64 id) const
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("SELECT 1 FROM shortlists WHERE id = ?"), {id}))
        return databaseError(q.lastError(), QStringLiteral("Reading the shortlist failed"));
    if (!q.next())
        return notFound(id);
    return {};
}

// Names are checked first, for a clear message; the UNIQUE column is the backstop.
Result<qint64> ShortlistRepository::insertShortlist(const Shortlist &s, bool keepId)
{
    const QString name = s.name.trimmed();
    if (const Status st = checkNameFree(name, keepId ? s.id : 0))
        return st;
    const QDateTime now = m_clock.now();
    qint64 id = 0;
    if (const Status st = sql::insertRow(
            m_db, QStringLiteral("shortlists"),
            {QStringLiteral("name"), QStringLiteral("brief"), QStringLiteral("created_at"),
             QStringLiteral("updated_at")},
            {name, text(s.brief), encodeTime(keepId && s.createdAt.isValid() ? s.createdAt : now),
             encodeTime(keepId && s.updatedAt.isValid() ? s.updatedAt : now)},
            keepId ? s.id : 0, &id, QStringLiteral("Saving the shortlist “%1” failed").arg(name)))
        return st;
    return id;
}

Result<qint64> ShortlistRepository::create(const Shortlist &shortlist)
{
    qint64 id = 0;
    const Status s = change([&]() -> Result<Changed> {
        const auto newId = insertShortlist(shortlist, false);
        if (!newId)
            return newId.error();
        id = *newId;
        return Changed{};
    });
    if (s)
        return s;
    return id;
}

Status ShortlistRepository::rename(qint64 id, const QString &name)
{
    return change([&]() -> Result<Changed> {
        const QString clean = name.trimmed();
        if (const Status s = checkNameFree(clean, id))
            return s;
        QSqlQuery q(m_db);
        if (!execBound(q, QStringLiteral("UPDATE shortlists SET name = ? WHERE id = ?"), {clean, id}))
            return databaseError(q.lastError(), QStringLiteral("Renaming the shortlist failed"));
        if (q.numRowsAffected() == 0)
            return notFound(id);
        return Changed{{id}};
    });
}

Status ShortlistRepository::setBrief(qint64 id, const QString &brief)
{
    return change([&]() -> Result<Changed> {
        QSqlQuery q(m_db);
        if (!execBound(q, QStringLiteral("UPDATE shortlists SET brief = ? WHERE id = ?"),
                       {text(brief), id}))
            return databaseError(q.lastError(), QStringLiteral("Saving the brief failed"));
        if (q.numRowsAffected() == 0)
            return notFound(id);
        return Changed{{id}};
    });
}

Status ShortlistRepository::remove(qint64 id)
{
    return change([&]() -> Result<Changed> {
        QSqlQuery q(m_db);
        if (!execBound(q, QStringLiteral("DELETE FROM shortlists WHERE id = ?"), {id}))
            return databaseError(q.lastError(), QStringLiteral("Deleting the shortlist failed"));
        if (q.numRowsAffected() == 0)
            return notFound(id);
        return Changed{};
    });
}

Result<Shortlist> ShortlistRepository::get(qint64 id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(q,
                   QStringLiteral("SELECT %1 FROM shortlists s WHERE s.id = ?")
                       .arg(QLatin1String(kShortlistColumns)),
                   {id}))
        return databaseError(q.lastError(), QStringLiteral("Reading the shortlist failed"));
    if (!q.next())
        return notFound(id);
    return shortlistFromQuery(q);
}

Result<Shortlist> ShortlistRepository::findByNameOrId(const QString &text) const
{
    const QString wanted = text.trimmed();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        auto byId = get(id);
        if (byId || byId.error().code != Error::Code::NotFound)
            return byId;
    }
    auto all = list();
    if (!all)
        return all.error();
    for (const Shortlist &s : *all) {
        if (s.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return s;
    }
    return Error{Error::Code::NotFound, QStringLiteral("No shortlist named “%1”.").arg(wanted)};
}

Result<QList<Shortlist>> ShortlistRepository::list() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM shortlists s ORDER BY s.name COLLATE NOCASE, s.id")
                    .arg(QLatin1String(kShortlistColumns))))
        return databaseError(q.lastError(), QStringLiteral("Reading shortlists failed"));
    QList<Shortlist> out;
    while (q.next())
        out << shortlistFromQuery(q);
    return out;
}

Result<QList<ShortlistEntry>> ShortlistRepository::entries(qint64 shortlistId) const
{
    if (const Status s = requireShortlist(shortlistId))
        return s;
    return readEntries(m_db, QStringLiteral("shortlist_id = ?"), shortlistId);
}

Result<QList<ShortlistEntry>> ShortlistRepository::entriesForCreator(qint64 creatorId) const
{
    return readEntries(m_db, QStringLiteral("creator_id = ?"), creatorId);
}

Result<int> ShortlistRepository::addCreators(qint64 shortlistId, const QList<qint64> &creatorIds)
{
    int added = 0;
    const Status s = change([&]() -> Result<Changed> {
        if (const Status s = requireShortlist(shortlistId))
            return s;
        const QString what = QStringLiteral("Adding to the shortlist failed");
        QSqlQuery q(m_db);
        if (!execBound(q,
                       QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM "
                                      "shortlist_entries WHERE shortlist_id = ?"),
                       {shortlistId})
            || !q.next())
            return databaseError(q.lastError(), what);
        int position = q.value(0).toInt();
        const QString now = encodeTime(m_clock.now());
        // OR IGNORE skips creators already listed (the primary key); a missing creator still
        // fails its foreign key, which ON CONFLICT does not cover.
        if (!q.prepare(QStringLiteral("INSERT OR IGNORE INTO shortlist_entries (%1) "
                                      "VALUES (?, ?, ?, '', 'undecided', ?)")
                           .arg(QLatin1String(kEntryColumns))))
            return databaseError(q.lastError(), what);
        for (qint64 creatorId : creatorIds) {
            q.bindValue(0, shortlistId);
            q.bindValue(1, creatorId);
            q.bindValue(2, position);
            q.bindValue(3, now);
            if (!q.exec()) {
                const Error e = databaseError(q.lastError(), what);
                if (e.code != Error::Code::Conflict)
                    return e;
                return Error{Error::Code::NotFound,
                             QStringLiteral("No creator with id %1; nothing was added.").arg(creatorId)};
            }
            if (q.numRowsAffected() > 0) {
                ++added;
                ++position;
            }
        }
        return Changed{{shortlistId}, added > 0};
    });
    if (s) {
        added = 0;
        return s;
    }
    return added;
}

Status ShortlistRepository::removeCreators(qint64 shortlistId, const QList<qint64> &creatorIds)
{
    return change([&]() -> Result<Changed> {
        if (const Status s = requireShortlist(shortlistId))
            return s;
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral(
                "DELETE FROM shortlist_entries WHERE shortlist_id = ? AND creator_id = ?")))
            return databaseError(q.lastError(), QStringLiteral("Removing from the shortlist failed"));
        int removed = 0;
        for (qint64 creatorId : creatorIds) {
            q.bindValue(0, shortlistId);
            q.bindValue(1, creatorId);
            if (!q.exec())
                return databaseError(q.lastError(),
                                     QStringLiteral("Removing from the shortlist failed"));
            removed += q.numRowsAffected();
        }
        return Changed{{shortlistId}, removed > 0};
    });
}

Status ShortlistRepository::setEntryField(qint64 shortlistId, qint64 creatorId, const char *column,
                                          const QString &value)
{
    return change([&]() -> Result<Changed> {
        QSqlQuery q(m_db);
        if (!execBound(q,
                       QStringLiteral("UPDATE shortlist_entries SET %1 = ? "
                                      "WHERE shortlist_id = ? AND creator_id = ?")
                           .arg(QLatin1String(column)),
                       {text(value), shortlistId, creatorId}))
            return databaseError(q.lastError(), QStringLiteral("Saving the shortlist entry failed"));
        if (q.numRowsAffected() == 0)
            return Error{Error::Code::NotFound, QStringLiteral("Creator %1 is not on shortlist %2.")
                                                    .arg(creatorId)
                                                    .arg(shortlistId)};
        return Changed{{shortlistId}};
    });
}

Status ShortlistRepository::setNote(qint64 shortlistId, qint64 creatorId, const QString &note)
{
    return setEntryField(shortlistId, creatorId, "note", note);
}

Status ShortlistRepository::setVerdict(qint64 shortlistId, qint64 creatorId, Verdict verdict)
{
    return setEntryField(shortlistId, creatorId, "verdict", verdictKey(verdict));
}

Status ShortlistRepository::reorder(qint64 shortlistId, const QList<qint64> &creatorIdsInOrder)
{
    return change([&]() -> Result<Changed> {
        const auto current = entries(shortlistId);
        if (!current)
            return current.error();
        QList<qint64> currentIds;
        for (const ShortlistEntry &e : *current)
            currentIds << e.creatorId;
        const auto order = sql::mergedOrder(currentIds, creatorIdsInOrder, QStringLiteral("Creator"));
        if (!order)
            return order.error();
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral("UPDATE shortlist_entries SET position = ? "
                                      "WHERE shortlist_id = ? AND creator_id = ?")))
            return databaseError(q.lastError(), QStringLiteral("Reordering the shortlist failed"));
        for (qsizetype i = 0; i < order->size(); ++i) {
            q.bindValue(0, int(i));
            q.bindValue(1, shortlistId);
            q.bindValue(2, order->at(i));
            if (!q.exec())
                return databaseError(q.lastError(),
                                     QStringLiteral("Reordering the shortlist failed"));
        }
        return Changed{{shortlistId}};
    });
}

Result<qint64> ShortlistRepository::duplicate(qint64 id, const QString &newName)
{
    qint64 newId = 0;
    const Status s = change([&]() -> Result<Changed> {
        const auto source = get(id);
        if (!source)
            return source.error();
        Shortlist copy = *source;
        copy.name = newName;
        const auto inserted = insertShortlist(copy, false);
        if (!inserted)
            return inserted.error();
        newId = *inserted;
        QSqlQuery q(m_db);
        if (!execBound(q,
                       QStringLiteral("INSERT INTO shortlist_entries (%1) "
                                      "SELECT ?, creator_id, position, note, verdict, ? "
                                      "FROM shortlist_entries WHERE shortlist_id = ?")
                           .arg(QLatin1String(kEntryColumns)),
                       {newId, encodeTime(m_clock.now()), id}))
            return databaseError(q.lastError(), QStringLiteral("Duplicating the shortlist failed"));
        return Changed{};
    });
    if (s)
        return s;
    return newId;
}

Status ShortlistRepository::insertEntries(const QList<ShortlistEntry> &entries)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO shortlist_entries (%1) VALUES (?, ?, ?, ?, ?, ?)")
                       .arg(QLatin1String(kEntryColumns))))
        return databaseError(q.lastError(), QStringLiteral("Restoring the shortlist entries failed"));
    for (const ShortlistEntry &e : entries) {
        q.bindValue(0, e.shortlistId);
        q.bindValue(1, e.creatorId);
        q.bindValue(2, e.position);
        q.bindValue(3, text(e.note));
        q.bindValue(4, verdictKey(e.verdict));
        q.bindValue(5, encodeTime(e.addedAt.isValid() ? e.addedAt : m_clock.now()));
        if (!q.exec())
            return databaseError(q.lastError(),
                                 QStringLiteral("Restoring creator %1 on shortlist %2 failed")
                                     .arg(e.creatorId)
                                     .arg(e.shortlistId));
    }
    return {};
}

Status ShortlistRepository::restore(const Shortlist &shortlist, const QList<ShortlistEntry> &entries)
{
    if (shortlist.id <= 0)
        return {Error::Code::InvalidArgument,
                QStringLiteral("Only a stored shortlist can be restored.")};
    return change([&]() -> Result<Changed> {
        if (const auto inserted = insertShortlist(shortlist, true); !inserted)
            return inserted.error();
        QList<ShortlistEntry> own = entries;
        for (ShortlistEntry &e : own)
            e.shortlistId = shortlist.id;
        if (const Status s = insertEntries(own))
            return s;
        return Changed{}; // keeps the times it had
    });
}

Status ShortlistRepository::restoreEntries(const QList<ShortlistEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    return change([&]() -> Result<Changed> {
        if (const Status s = insertEntries(entries))
            return s;
        QList<qint64> touched;
        for (const ShortlistEntry &e : entries) {
            if (!touched.contains(e.shortlistId))
                touched << e.shortlistId;
        }
        return Changed{touched};
    });
}

} // namespace tierscope::core
