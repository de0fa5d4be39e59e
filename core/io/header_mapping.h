// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/io/creator_field.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace tierscope::core {

// Which creator field each column of an import file fills. Every column has one target: a
// field, Extra (kept under its header name) or Ignore. A field is filled by at most one column.
class HeaderMapping
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMapping)

public:
    HeaderMapping() = default;
    // Every column starts as Extra (Ignore when its header is blank).
    explicit HeaderMapping(const QStringList &headers);

    qsizetype columnCount() const { return m_headers.size(); }
    const QStringList &headers() const { return m_headers; }
    QString header(qsizetype column) const { return m_headers.value(column); }
    // Ignore for a column out of range.
    CreatorField target(qsizetype column) const { return m_targets.value(column, CreatorField::Ignore); }
    // The column that fills `field`, or -1.
    qsizetype columnFor(CreatorField field) const;
    QList<qsizetype> extraColumns() const;

    // Overrides one column. Choosing a field that another column fills moves it here; the other
    // column becomes Extra. Out-of-range columns are ignored.
    void setTarget(qsizetype column, CreatorField target);

    // {"format": "tierscope-column-mapping", "version": 1,
    //  "columns": [{"header": "Followers count", "field": "followers"}, …]}
    QJsonObject toJson() const;
    static Result<HeaderMapping> fromJson(const QJsonObject &json);

    bool operator==(const HeaderMapping &) const = default;

private:
    QStringList m_headers;
    QList<CreatorField> m_targets;
};

} // namespace tierscope::core
