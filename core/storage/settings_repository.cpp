// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/settings_repository.h"

#include "core/storage/transaction.h"
#include "core/storage/workspace.h"

#include "core/domain/money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace tierscope::core {

namespace {

const QString kTierScheme = QStringLiteral("tier_scheme");
const QString kViewRates = QStringLiteral("view_rates");
const QString kCurrency = QStringLiteral("default_currency");
const QString kErBases = QStringLiteral("er_basis");

} // namespace

SettingsRepository::SettingsRepository(QSqlDatabase db, WorkspaceEvents *events)
    : m_db(std::move(db)), m_events(events)
{
}

Result<QJsonValue> SettingsRepository::value(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return databaseError(q.lastError(), QStringLiteral("Reading settings failed"));
    if (!q.next())
        return QJsonValue();
    // Values are stored wrapped in an array so scalars are valid JSON documents too.
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    if (!doc.isArray() || doc.array().isEmpty())
        return QJsonValue();
    return doc.array().first();
}

Status SettingsRepository::setValue(const QString &key, const QJsonValue &v)
{
    if (const Status s = store(key, v))
        return s;
    if (m_events)
        emit m_events->settingsChanged();
    return {};
}

Status SettingsRepository::store(const QString &key, const QJsonValue &v)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return databaseError(q.lastError(), QStringLiteral("Saving settings failed"));
    return {};
}

Result<TierScheme> SettingsRepository::tierScheme() const
{
    const auto v = value(kTierScheme);
    if (!v)
        return v.error();
    if (!v->isObject())
        return TierScheme::defaults();
    const auto scheme = TierScheme::fromJson(v->toObject());
    return scheme ? *scheme : TierScheme::defaults();
}

Status SettingsRepository::setTierScheme(const TierScheme &scheme)
{
    QString why;
    if (!scheme.isValid(&why))
        return {Error::Code::InvalidArgument, QStringLiteral("The tier scheme is invalid: ") + why};
    return setValue(kTierScheme, scheme.toJson());
}

double SettingsRepository::builtInViewRate(Platform platform)
{
    // Typical reach of one post as a share of followers (feed posts and reels on Instagram,
    // For You distribution on TikTok, subscriber views on YouTube).
    switch (platform) {
    case Platform::Instagram: return 0.25;
    case Platform::TikTok: return 0.45;
    case Platform::YouTube: return 0.20;
    }
    return 0.25;
}

Result<double> SettingsRepository::defaultViewRate(Platform platform) const
{
    const auto v = value(kViewRates);
    if (!v)
        return v.error();
    const QJsonValue rate = v->toObject().value(platformKey(platform));
    return rate.isDouble() ? rate.toDouble() : builtInViewRate(platform);
}

Status SettingsRepository::setDefaultViewRate(Platform platform, double rate)
{
    if (!(rate > 0.0 && rate <= 10.0))
        return {Error::Code::InvalidArgument,
                QStringLiteral("A view rate must be above 0 and at most 1000 %.")};
    const auto v = value(kViewRates);
    if (!v)
        return v.error();
    QJsonObject o = v->toObject();
    o.insert(platformKey(platform), rate);
    return setValue(kViewRates, o);
}

Result<ErBases> SettingsRepository::erBases() const
{
    const auto v = value(kErBases);
    if (!v)
        return v.error();
    ErBases bases;
    const QJsonObject o = v->toObject();
    for (Platform p : allPlatforms()) {
        if (const auto b = erBasisFromKey(o.value(platformKey(p)).toString()))
            bases.set(p, *b);
    }
    return bases;
}

Status SettingsRepository::setErBases(const ErBases &bases, const ErBasisProgress &progress)
{
    const auto before = erBases();
    if (!before)
        return before.error();
    QJsonObject o;
    for (Platform p : allPlatforms())
        o.insert(platformKey(p), erBasisKey(bases.of(p)));
    // The setting and the rates it implies change together or not at all.
    Transaction tx(m_db);
    if (const Status s = tx.begin())
        return s;
    if (const Status s = store(kErBases, o))
        return s;
    if (const Status s = recomputeErBasis(m_db, *before, bases, progress))
        return s;
    if (const Status s = tx.commit())
        return s;
    if (m_events) {
        emit m_events->settingsChanged();
        if (bases != *before)
            emit m_events->creatorsChanged();
    }
    return {};
}

Result<QString> SettingsRepository::defaultCurrency() const
{
    const auto v = value(kCurrency);
    if (!v)
        return v.error();
    return v->isString() ? v->toString() : QStringLiteral("USD");
}

Status SettingsRepository::setDefaultCurrency(const QString &code)
{
    if (!Money::isCurrencyCode(code))
        return {Error::Code::InvalidArgument,
                QStringLiteral("“%1” is not an ISO 4217 currency code.").arg(code)};
    return setValue(kCurrency, code);
}

} // namespace tierscope::core
