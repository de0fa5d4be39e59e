// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/shortlist_repository.h"

#include "core/storage/transaction.h"
#include "core/storage/workspace.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace tierscope::core {

namespace {

const char kShortlistColumns[] =
    "s.id, s.name, s.brief, s.created_at, s.updated_at,"
    " (SELECT count(*) FROM shortlist_entries e WHERE e.shortlist_id = s.id)";
const char kEntryColumns[] = "shortlist_id, creator_id, position, note, verdict, added_at";

Error notFound(qint64 id)
{
    return {Error::Code::NotFound, QStringLiteral("No shortlist with id %1.").arg(id)};
}

bool execBound(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec();
}

QString encodeTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime decodeTime(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
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

void ShortlistRepository::notify()
{
    if (m_events)
        emit m_events->shortlistsChanged();
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

Status ShortlistRepository::touch(qint64 id)
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("UPDATE shortlists SET updated_at = ? WHERE id = ?"),
                   {encodeTime(m_clock.now()), id}))
        return databaseError(q.lastError(), QStringLiteral("Saving the shortlist failed"));
    if (q.numRowsAffected() == 0)
        return notFound(id);
    return {};
}

Result<qint64> ShortlistRepository::create(const Shortlist &shortlist)
{
    const QString name = shortlist.name.trimmed();
    Transaction tx(m_db);
    if (const Status s = tx.begin())
        return s;
    if (const Status s = checkNameFree(name, 0))
        return s;
    const QString now = encodeTime(m_clock.now());
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("INSERT INTO shortlists (name, brief, created_at, updated_at) "
                                  "VALUES (?, ?, ?, ?)"),
                   {name, text(shortlist.brief), now, now}))
        return databaseError(q.lastError(), QStringLiteral("Creating the shortlist failed"));
    const qint64 id = q.lastInsertId().toLongLong();
    if (const Status s = tx.commit())
        return s;
    notify();
    return id;
}

Status ShortlistRepository::rename(qint64 id, const QString &name)
{
    const QString clean = name.trimmed();
    Transaction tx(m_db);
    if (const Status s = tx.begin())
        return s;
    if (const Status s = checkNameFree(clean, id))
        return s;
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("UPDATE shortlists SET name = ?, updated_at = ? WHERE id = ?"),
                   {clean, encodeTime(m_clock.now()), id}))
        return databaseError(q.lastError(), QStringLiteral("Renaming the shortlist failed"));
    if (q.numRowsAffected() == 0)
        return notFound(id);
    if (const Status s = tx.commit())
        return s;
    notify();
    return {};
}

Status ShortlistRepository::setBrief(qint64 id, const QString &brief)
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("UPDATE shortlists SET brief = ?, updated_at = ? WHERE id = ?"),
                   {text(brief), encodeTime(m_clock.now()), id}))
        return databaseError(q.lastError(), QStringLiteral("Saving the brief failed"));
    if (q.numRowsAffected() == 0)
        return notFound(id);
    notify();
    return {};
}

Status ShortlistRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("DELETE FROM shortlists WHERE id = ?"), {id}))
        return databaseError(q.lastError(), QStringLiteral("Deleting the shortlist failed"));
    if (q.numRowsAffected() == 0)
        return notFound(id);
    notify();
    return {};
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
    Transaction tx(m_db);
    if (const Status s = tx.begin())
        return s;
    if (const Status s = requireShortlist(shortlistId))
        return s;
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("SELECT coalesce(max(position), -1) FROM shortlist_entries "
                                  "WHERE shortlist_id = ?"),
                   {shortlistId})
        || !q.next())
        return databaseError(q.lastError(), QStringLiteral("Adding to the shortlist failed"));
    int position = q.value(0).toInt() + 1;
    const QString now = encodeTime(m_clock.now());
    // OR IGNORE skips creators already listed (the primary key); a missing creator still fails
    // its foreign key, which ON CONFLICT does not cover.
    if (!q.prepare(QStringLiteral("INSERT OR IGNORE INTO shortlist_entries (%1) "
                                  "VALUES (?, ?, ?, '', 'undecided', ?)")
                       .arg(QLatin1String(kEntryColumns))))
        return databaseError(q.lastError(), QStringLiteral("Adding to the shortlist failed"));
    int added = 0;
    for (qint64 creatorId : creatorIds) {
        q.bindValue(0, shortlistId);
        q.bindValue(1, creatorId);
        q.bindValue(2, position);
        q.bindValue(3, now);
        if (!q.exec()) {
            Error e = databaseError(q.lastError(), QStringLiteral("Adding to the shortlist failed"));
            if (e.code == Error::Code::Conflict)
                e = {Error::Code::NotFound,
                     QStringLiteral("No creator with id %1; nothing was added.").arg(creatorId)};
            return e;
        }
        if (q.numRowsAffected() > 0) {
            ++added;
            ++position;
        }
    }
    if (added > 0) {
        if (const Status s = touch(shortlistId))
            return s;
    }
    if (const Status s = tx.commit())
        return s;
    if (added > 0)
        notify();
    return added;
}

Status ShortlistRepository::removeCreators(qint64 shortlistId, const QList<qint64> &creatorIds)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin())
        return s;
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
            return databaseError(q.lastError(), QStringLiteral("Removing from the shortlist failed"));
        removed += q.numRowsAffected();
    }
    if (removed > 0) {
        if (const Status s = touch(shortlistId))
            return s;
    }
    if (const Status s = tx.commit())
        return s;
    if (removed > 0)
        notify();
    return {};
}

Status ShortlistRepository::setEntryField(qint64 shortlistId, qint64 creatorId, const char *column,
                                          const QString &value)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin())
        return s;
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("UPDATE shortlist_entries SET %1 = ? "
                                  "WHERE shortlist_id = ? AND creator_id = ?")
                       .arg(QLatin1String(column)),
                   {text(value), shortlistId, creatorId}))
        return databaseError(q.lastError(), QStringLiteral("Saving the shortlist entry failed"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound,
                     QStringLiteral("Creator %1 is not on shortlist %2.").arg(creatorId).arg(shortlistId)};
    if (const Status s = touch(shortlistId))
        return s;
    if (const Status s = tx.commit())
        return s;
    notify();
    return {};
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
    Transaction tx(m_db);
    if (const Status s = tx.begin())
        return s;
    const auto current = entries(shortlistId);
    if (!current)
        return current.error();
    QSet<qint64> onList;
    for (const ShortlistEntry &e : *current)
        onList.insert(e.creatorId);
    QList<qint64> order;
    QSet<qint64> named;
    for (qint64 id : creatorIdsInOrder) {
        if (!onList.contains(id))
            return {Error::Code::InvalidArgument,
                    QStringLiteral("Creator %1 is not on shortlist %2.").arg(id).arg(shortlistId)};
        if (named.contains(id))
            return {Error::Code::InvalidArgument,
                    QStringLiteral("Creator %1 appears twice in the new order.").arg(id)};
        named.insert(id);
        order << id;
    }
    for (const ShortlistEntry &e : *current) {
        if (!named.contains(e.creatorId))
            order << e.creatorId;
    }
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral(
            "UPDATE shortlist_entries SET position = ? WHERE shortlist_id = ? AND creator_id = ?")))
        return databaseError(q.lastError(), QStringLiteral("Reordering the shortlist failed"));
    for (int i = 0; i < order.size(); ++i) {
        q.bindValue(0, i);
        q.bindValue(1, shortlistId);
        q.bindValue(2, order.at(i));
        if (!q.exec())
            return databaseError(q.lastError(), QStringLiteral("Reordering the shortlist failed"));
    }
    if (const Status s = touch(shortlistId))
        return s;
    if (const Status s = tx.commit())
        return s;
    notify();
    return {};
}

Result<qint64> ShortlistRepository::duplicate(qint64 id, const QString &newName)
{
    const QString name = newName.trimmed();
    Transaction tx(m_db);
    if (const Status s = tx.begin())
        return s;
    const auto source = get(id);
    if (!source)
        return source.error();
    if (const Status s = checkNameFree(name, 0))
        return s;
    const QString now = encodeTime(m_clock.now());
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("INSERT INTO shortlists (name, brief, created_at, updated_at) "
                                  "VALUES (?, ?, ?, ?)"),
                   {name, text(source->brief), now, now}))
        return databaseError(q.lastError(), QStringLiteral("Duplicating the shortlist failed"));
    const qint64 newId = q.lastInsertId().toLongLong();
    if (!execBound(q,
                   QStringLiteral("INSERT INTO shortlist_entries (%1) "
                                  "SELECT ?, creator_id, position, note, verdict, ? "
                                  "FROM shortlist_entries WHERE shortlist_id = ?")
                       .arg(QLatin1String(kEntryColumns)),
                   {newId, now, id}))
        return databaseError(q.lastError(), QStringLiteral("Duplicating the shortlist failed"));
    if (const Status s = tx.commit())
        return s;
    notify();
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
    const QString name = shortlist.name.trimmed();
    Transaction tx(m_db);
    if (const Status s = tx.begin())
        return s;
    if (const Status s = checkNameFree(name, shortlist.id))
        return s;
    const QDateTime now = m_clock.now();
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("INSERT INTO shortlists (id, name, brief, created_at, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {shortlist.id, name, text(shortlist.brief),
                    encodeTime(shortlist.createdAt.isValid() ? shortlist.createdAt : now),
                    encodeTime(shortlist.updatedAt.isValid() ? shortlist.updatedAt : now)})) {
        Error e = databaseError(q.lastError(), QStringLiteral("Restoring the shortlist failed"));
        if (e.code == Error::Code::Conflict)
            e.message = QStringLiteral("Shortlist %1 exists already.").arg(shortlist.id);
        return e;
    }
    QList<ShortlistEntry> own = entries;
    for (ShortlistEntry &e : own)
        e.shortlistId = shortlist.id;
    if (const Status s = insertEntries(own))
        return s;
    if (const Status s = tx.commit())
        return s;
    notify();
    return {};
}

Status ShortlistRepository::restoreEntries(const QList<ShortlistEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    Transaction tx(m_db);
    if (const Status s = tx.begin())
        return s;
    if (const Status s = insertEntries(entries))
        return s;
    QSet<qint64> touched;
    for (const ShortlistEntry &e : entries) {
        if (!touched.contains(e.shortlistId)) {
            touched.insert(e.shortlistId);
            if (const Status s = touch(e.shortlistId))
                return s;
        }
    }
    if (const Status s = tx.commit())
        return s;
    notify();
    return {};
}

} // namespace tierscope::core
