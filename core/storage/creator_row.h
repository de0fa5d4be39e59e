// SPDX-License-Identifier: GPL-3.0-or-later
// Conversion between a creators row and the Creator value.
#pragma once

#include "core/domain/creator.h"

#include <QVariantList>

class QSqlQuery;

namespace tierscope::core::creator_row {

// Columns in the order of fromQuery()/bindValues(), without id.
const QStringList &columns();

// Reads a row selected as "id, <columns()>" starting at column `first`.
Creator fromQuery(const QSqlQuery &query, int first = 0);

// Values for columns(), in order; invalid created/updated times give null.
QVariantList values(const Creator &c);

QString encodeNiches(const QStringList &niches);
QStringList decodeNiches(const QString &text);

} // namespace tierscope::core::creator_row
