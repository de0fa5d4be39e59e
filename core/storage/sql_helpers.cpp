// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sql_helpers.h"

#include "core/storage/workspace.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace tierscope::core::sql {

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

QVariant encodeDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate decodeDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

Status insertRow(QSqlDatabase db, const QString &table, QStringList columns, QVariantList values,
                 qint64 id, qint64 *newId, const QString &what)
{
    if (id > 0) {
        columns.prepend(QStringLiteral("id"));
        values.prepend(id);
    }
    const QStringList marks(columns.size(), QStringLiteral("?"));
    QSqlQuery q(db);
    if (!execBound(q,
                   QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(table, columns.join(u','), marks.join(u',')),
                   values))
        return databaseError(q.lastError(), what);
    if (newId)
        *newId = q.lastInsertId().toLongLong();
    return {};
}

Status updateRow(QSqlDatabase db, const QString &table, const QStringList &columns,
                 const QVariantList &values, const QStringList &skip, qint64 id,
                 const Error &missing, const QString &what)
{
    QStringList sets;
    QVariantList binds;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (skip.contains(columns.at(i)))
            continue;
        sets << columns.at(i) + QStringLiteral(" = ?");
        binds << values.at(i);
    }
    binds << id;
    QSqlQuery q(db);
    if (!execBound(q, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(u',')),
                   binds))
        return databaseError(q.lastError(), what);
    if (q.numRowsAffected() == 0)
        return missing;
    return {};
}

Result<QList<qint64>> mergedOrder(const QList<qint64> &current, const QList<qint64> &wanted,
                                  const QString &itemName)
{
    const QSet<qint64> present(current.cbegin(), current.cend());
    QSet<qint64> named;
    QList<qint64> order;
    for (qint64 id : wanted) {
        if (!present.contains(id))
            return Error{Error::Code::InvalidArgument,
                         QStringLiteral("%1 %2 is not on this list.").arg(itemName).arg(id)};
        if (named.contains(id))
            return Error{Error::Code::InvalidArgument,
                         QStringLiteral("%1 %2 appears twice in the new order.").arg(itemName).arg(id)};
        named.insert(id);
        order << id;
    }
    for (qint64 id : current) {
        if (!named.contains(id))
            order << id;
    }
    return order;
}

} // namespace tierscope::core::sql
