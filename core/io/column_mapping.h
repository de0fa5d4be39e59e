// SPDX-License-Identifier: GPL-3.0-or-later
// Which field each column of an import file fills, for any kind of import (creators, campaign
// results …). The kind is a field enum with a MappingFields<Field> specialisation next to it.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace tierscope::core {

// Specialised per field enum; provides:
//   static constexpr Field Unmapped;  // what a column with a header but no field becomes
//                                     // (Extra for creators; Ignore where nothing else is kept)
//   static constexpr Field Ignore;    // dropped
//   static QList<Field> fields();     // the real fields, in display order
//   static QString key(Field);        // stable key in saved mappings
//   static std::optional<Field> fromKey(QStringView);
//   static QString displayName(Field); // translated
//   static QString formatName();      // "format" of a saved mapping
template<typename Field> struct MappingFields;

// Every column has one target: a field, Unmapped or Ignore. A field is filled by at most one
// column.
template<typename Field> class ColumnMapping
{
public:
    using Fields = MappingFields<Field>;

    ColumnMapping() = default;
    // Every column starts as Unmapped (Ignore when its header is blank).
    explicit ColumnMapping(const QStringList &headers)
        : m_headers(headers)
    {
        m_targets.reserve(headers.size());
        for (const QString &h : headers)
            m_targets.append(h.trimmed().isEmpty() ? Fields::Ignore : Fields::Unmapped);
    }

    qsizetype columnCount() const { return m_headers.size(); }
    const QStringList &headers() const { return m_headers; }
    QString header(qsizetype column) const { return m_headers.value(column); }
    // Ignore for a column out of range.
    Field target(qsizetype column) const { return m_targets.value(column, Fields::Ignore); }
    // The column that fills `field`, or -1.
    qsizetype columnFor(Field field) const
    {
        return isField(field) ? m_targets.indexOf(field) : -1;
    }
    // Columns kept without a field (Unmapped when that is not Ignore: creators' Extra).
    QList<qsizetype> extraColumns() const
    {
        QList<qsizetype> out;
        if (Fields::Unmapped == Fields::Ignore)
            return out;
        for (qsizetype i = 0; i < m_targets.size(); ++i) {
            if (m_targets[i] == Fields::Unmapped)
                out.append(i);
        }
        return out;
    }

    // Overrides one column. Choosing a field that another column fills moves it here; the other
    // column becomes Unmapped. Out-of-range columns are ignored.
    void setTarget(qsizetype column, Field target)
    {
        if (column < 0 || column >= m_targets.size())
            return;
        if (isField(target)) {
            const qsizetype previous = columnFor(target);
            if (previous >= 0 && previous != column)
                m_targets[previous] = Fields::Unmapped;
        }
        m_targets[column] = target;
    }

    // {"format": Fields::formatName(), "version": 1,
    //  "columns": [{"header": "Followers count", "field": "followers"}, …]}
    QJsonObject toJson() const
    {
        QJsonArray columns;
        for (qsizetype i = 0; i < m_headers.size(); ++i) {
            columns.append(QJsonObject {{QStringLiteral("header"), m_headers[i]},
                                        {QStringLiteral("field"), Fields::key(m_targets[i])}});
        }
        return QJsonObject {{QStringLiteral("format"), Fields::formatName()},
                            {QStringLiteral("version"), kFormatVersion},
                            {QStringLiteral("columns"), columns}};
    }

    static Result<ColumnMapping> fromJson(const QJsonObject &json)
    {
        // The messages keep the translation context they had when only creators were imported.
        const auto bad = [](const QString &why) {
            return Error {Error::Code::InvalidArgument,
                          QCoreApplication::translate("HeaderMapping",
                                                      "This is not a valid column mapping: %1")
                              .arg(why)};
        };
        if (json.value(QStringLiteral("format")).toString() != Fields::formatName())
            return bad(QCoreApplication::translate("HeaderMapping",
                                                   "it is not a Tierscope column mapping."));
        const int version = json.value(QStringLiteral("version")).toInt(0);
        if (version < 1)
            return bad(QCoreApplication::translate("HeaderMapping", "its version is missing."));
        if (version > kFormatVersion)
            return bad(QCoreApplication::translate(
                "HeaderMapping", "it was saved by a newer version of Tierscope."));
        const QJsonValue columns = json.value(QStringLiteral("columns"));
        if (!columns.isArray())
            return bad(QCoreApplication::translate("HeaderMapping", "it has no list of columns."));
        ColumnMapping mapping;
        for (const QJsonValue &v : columns.toArray()) {
            const QJsonObject column = v.toObject();
            const QJsonValue header = column.value(QStringLiteral("header"));
            const QString key = column.value(QStringLiteral("field")).toString();
            const std::optional<Field> field = Fields::fromKey(key);
            if (!header.isString())
                return bad(QCoreApplication::translate("HeaderMapping", "column %1 has no header.")
                               .arg(mapping.columnCount() + 1));
            if (!field)
                return bad(QCoreApplication::translate("HeaderMapping",
                                                       "column “%1” names an unknown field “%2”.")
                               .arg(header.toString(), key));
            mapping.m_headers.append(header.toString());
            mapping.m_targets.append(Fields::Unmapped);
            mapping.setTarget(mapping.columnCount() - 1, *field);
        }
        return mapping;
    }

    bool operator==(const ColumnMapping &) const = default;

private:
    static constexpr int kFormatVersion = 1;
    static bool isField(Field f) { return f != Fields::Unmapped && f != Fields::Ignore; }

    QStringList m_headers;
    QList<Field> m_targets;
};

} // namespace tierscope::core
