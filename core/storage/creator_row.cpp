// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/creator_row.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace tierscope::core::creator_row {

namespace {

QVariant opt(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QVariant opt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<double> optDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

std::optional<qint64> optInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace

const QStringList &columns()
{
    static const QStringList cols = {
        QStringLiteral("platform"),       QStringLiteral("handle"),
        QStringLiteral("display_name"),   QStringLiteral("followers"),
        QStringLiteral("avg_likes"),      QStringLiteral("avg_comments"),
        QStringLiteral("avg_shares"),     QStringLiteral("avg_views"),
        QStringLiteral("engagement_rate"), QStringLiteral("er_source"),
        QStringLiteral("niches"),         QStringLiteral("country"),
        QStringLiteral("language"),       QStringLiteral("authenticity"),
        QStringLiteral("sponsored_ratio"), QStringLiteral("fee_minor"),
        QStringLiteral("fee_currency"),   QStringLiteral("email"),
        QStringLiteral("profile_url"),    QStringLiteral("notes"),
        QStringLiteral("extra"),          QStringLiteral("source"),
        QStringLiteral("metrics_as_of"),  QStringLiteral("created_at"),
        QStringLiteral("updated_at"),     QStringLiteral("er_basis"),
        QStringLiteral("quality_flags"),
    };
    return cols;
}

QString encodeNiches(const QStringList &niches)
{
    QStringList clean;
    for (const QString &n : niches) {
        const QString t = n.simplified();
        if (!t.isEmpty() && !clean.contains(t, Qt::CaseInsensitive))
            clean << t;
    }
    return clean.join(QStringLiteral(", "));
}

QStringList decodeNiches(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

Creator fromQuery(const QSqlQuery &q, int first)
{
    Creator c;
    int i = first;
    c.id = q.value(i++).toLongLong();
    c.platform = platformFromString(q.value(i++).toString()).value_or(Platform::Instagram);
    c.handle = q.value(i++).toString();
    c.displayName = q.value(i++).toString();
    c.followers = optInt(q.value(i++));
    c.avgLikes = optDouble(q.value(i++));
    c.avgComments = optDouble(q.value(i++));
    c.avgShares = optDouble(q.value(i++));
    c.avgViews = optDouble(q.value(i++));
    c.engagementRate = optDouble(q.value(i++));
    c.erSource = erSourceFromKey(q.value(i++).toString());
    c.niches = decodeNiches(q.value(i++).toString());
    c.country = q.value(i++).toString();
    c.language = q.value(i++).toString();
    c.authenticity = optDouble(q.value(i++));
    c.sponsoredRatio = optDouble(q.value(i++));
    const QVariant fee = q.value(i++);
    const QString currency = q.value(i++).toString();
    if (!fee.isNull())
        c.fee = Money(fee.toLongLong(), currency);
    c.email = q.value(i++).toString();
    c.profileUrl = q.value(i++).toString();
    c.notes = q.value(i++).toString();
    const QString extra = q.value(i++).toString();
    if (!extra.isEmpty())
        c.extra = QJsonDocument::fromJson(extra.toUtf8()).object().toVariantMap();
    c.source = q.value(i++).toString();
    c.metricsAsOf = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    c.createdAt = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
    c.erBasis = erBasisFromKey(q.value(i++).toString());
    c.qualityFlags = QualityFlags(q.value(i++).toLongLong());
    return c;
}

QVariantList values(const Creator &c)
{
    const QString er = erSourceKey(c.erSource);
    return {
        platformKey(c.platform),
        c.handle,
        text(c.displayName),
        opt(c.followers),
        opt(c.avgLikes),
        opt(c.avgComments),
        opt(c.avgShares),
        opt(c.avgViews),
        opt(c.engagementRate),
        er.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(er),
        text(encodeNiches(c.niches)),
        text(c.country),
        text(c.language),
        opt(c.authenticity),
        opt(c.sponsoredRatio),
        c.fee ? QVariant(c.fee->minor()) : QVariant(QMetaType(QMetaType::LongLong)),
        c.fee ? QVariant(c.fee->currency()) : QVariant(QMetaType(QMetaType::QString)),
        text(c.email),
        text(c.profileUrl),
        text(c.notes),
        c.extra.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                          : QVariant(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(c.extra))
                                                           .toJson(QJsonDocument::Compact))),
        text(c.source),
        c.metricsAsOf.isValid() ? QVariant(c.metricsAsOf.toString(Qt::ISODate))
                                : QVariant(QMetaType(QMetaType::QString)),
        // Invalid times stay null: the bulk writer fills one shared timestamp in instead.
        c.createdAt.isValid() ? QVariant(c.createdAt.toUTC().toString(Qt::ISODateWithMs))
                              : QVariant(QMetaType(QMetaType::QString)),
        c.updatedAt.isValid() ? QVariant(c.updatedAt.toUTC().toString(Qt::ISODateWithMs))
                              : QVariant(QMetaType(QMetaType::QString)),
        c.erBasis ? QVariant(erBasisKey(*c.erBasis)) : QVariant(QMetaType(QMetaType::QString)),
        QVariant(qint64(c.qualityFlags)),
    };
}

} // namespace tierscope::core::creator_row
