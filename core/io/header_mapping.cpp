// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/header_mapping.h"

#include <QJsonArray>

namespace tierscope::core {

namespace {

const QString FormatName = QStringLiteral("tierscope-column-mapping");
constexpr int FormatVersion = 1;

bool isField(CreatorField f)
{
    return f != CreatorField::Extra && f != CreatorField::Ignore;
}

} // namespace

HeaderMapping::HeaderMapping(const QStringList &headers) : m_headers(headers)
{
    m_targets.reserve(headers.size());
    for (const QString &h : headers)
        m_targets.append(h.trimmed().isEmpty() ? CreatorField::Ignore : CreatorField::Extra);
}

qsizetype HeaderMapping::columnFor(CreatorField field) const
{
    if (!isField(field))
        return -1;
    return m_targets.indexOf(field);
}

QList<qsizetype> HeaderMapping::extraColumns() const
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        if (m_targets[i] == CreatorField::Extra)
            out.append(i);
    }
    return out;
}

void HeaderMapping::setTarget(qsizetype column, CreatorField target)
{
    if (column < 0 || column >= m_targets.size())
        return;
    if (isField(target)) {
        const qsizetype previous = columnFor(target);
        if (previous >= 0 && previous != column)
            m_targets[previous] = CreatorField::Extra;
    }
    m_targets[column] = target;
}

QJsonObject HeaderMapping::toJson() const
{
    QJsonArray columns;
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        columns.append(QJsonObject{{QStringLiteral("header"), m_headers[i]},
                                   {QStringLiteral("field"), creatorFieldKey(m_targets[i])}});
    }
    return QJsonObject{{QStringLiteral("format"), FormatName},
                       {QStringLiteral("version"), FormatVersion},
                       {QStringLiteral("columns"), columns}};
}

Result<HeaderMapping> HeaderMapping::fromJson(const QJsonObject &json)
{
    const auto bad = [](const QString &why) {
        return Error{Error::Code::InvalidArgument, tr("This is not a valid column mapping: %1").arg(why)};
    };
    if (json.value(QStringLiteral("format")).toString() != FormatName)
        return bad(tr("it is not a Tierscope column mapping."));
    const int version = json.value(QStringLiteral("version")).toInt(0);
    if (version < 1)
        return bad(tr("its version is missing."));
    if (version > FormatVersion)
        return bad(tr("it was saved by a newer version of Tierscope."));
    const QJsonValue columns = json.value(QStringLiteral("columns"));
    if (!columns.isArray())
        return bad(tr("it has no list of columns."));
    HeaderMapping mapping;
    for (const QJsonValue &v : columns.toArray()) {
        const QJsonObject column = v.toObject();
        const QJsonValue header = column.value(QStringLiteral("header"));
        const QString key = column.value(QStringLiteral("field")).toString();
        const std::optional<CreatorField> field = creatorFieldFromKey(key);
        if (!header.isString())
            return bad(tr("column %1 has no header.").arg(mapping.columnCount() + 1));
        if (!field)
            return bad(tr("column “%1” names an unknown field “%2”.").arg(header.toString(), key));
        mapping.m_headers.append(header.toString());
        mapping.m_targets.append(CreatorField::Extra);
        mapping.setTarget(mapping.columnCount() - 1, *field);
    }
    return mapping;
}

} // namespace tierscope::core
