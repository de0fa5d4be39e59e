// SPDX-License-Identifier: GPL-3.0-or-later
// Small pieces shared by the shortlist and campaign repositories: bound execution, the stored
// forms of dates and times, generic row insert/update and the order of a drag-reorder.
#pragma once

#include "core/common/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace tierscope::core::sql {

bool execBound(QSqlQuery &q, const QString &sql, const QVariantList &binds);

QString encodeTime(const QDateTime &t); // UTC ISO 8601 with milliseconds, as creators store it
QDateTime decodeTime(const QVariant &v);
QVariant encodeDate(const QDate &d); // ISO date; NULL when invalid
QDate decodeDate(const QVariant &v);
QVariant text(const QString &s); // '' for a null string: the text columns are NOT NULL

// INSERT INTO table (columns) VALUES (values); an id > 0 is stored as given (restores).
Status insertRow(QSqlDatabase db, const QString &table, QStringList columns, QVariantList values,
                 qint64 id, qint64 *newId, const QString &what);
// UPDATE table SET every column not in skip WHERE id = id; `missing` when no row has that id.
Status updateRow(QSqlDatabase db, const QString &table, const QStringList &columns,
                 const QVariantList &values, const QStringList &skip, qint64 id,
                 const Error &missing, const QString &what);

// The order after a reorder: the ids wanted first, in that order, then the others in their
// current order. InvalidArgument when a wanted id is not current or repeats.
Result<QList<qint64>> mergedOrder(const QList<qint64> &current, const QList<qint64> &wanted,
                                  const QString &itemName);

} // namespace tierscope::core::sql
