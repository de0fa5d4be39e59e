// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/support/test_workspace.h"

#include "core/demo/demo_creator_factory.h"
#include "core/storage/bulk_creator_writer.h"
#include "core/storage/creator_repository.h"

#include <QAtomicInt>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace tierscope::test {

using namespace tierscope::core;

std::unique_ptr<Workspace> openWorkspace(const QString &path, Workspace::Mode mode)
{
    auto ws = Workspace::open(path, mode);
    if (!ws) {
        qWarning().noquote() << "Workspace::open failed:" << ws.error().message;
        return nullptr;
    }
    return std::move(ws).value();
}

std::unique_ptr<Workspace> workspaceWith(const QString &path, const QList<Creator> &creators,
                                         QList<qint64> *ids)
{
    auto ws = openWorkspace(path);
    if (!ws)
        return nullptr;
    CreatorRepository repo(ws->database());
    for (const Creator &c : creators) {
        const auto id = repo.insert(c);
        if (!id) {
            qWarning().noquote() << "insert of" << c.handle << "failed:" << id.error().message;
            return nullptr;
        }
        if (ids)
            *ids << *id;
    }
    return ws;
}

bool bulkInsertDemo(Workspace &ws, qint64 n, quint64 seed)
{
    DemoCreatorFactory factory(seed);
    BulkCreatorWriter writer(ws.database(), BulkCreatorWriter::OnDuplicate::Skip);
    if (const Status s = writer.begin()) {
        qWarning().noquote() << "bulk begin failed:" << s.message;
        return false;
    }
    for (qint64 i = 0; i < n; ++i) {
        if (const Status s = writer.add(factory.make(i))) {
            qWarning().noquote() << "bulk add" << i << "failed:" << s.message;
            return false;
        }
    }
    if (const Status s = writer.commit()) {
        qWarning().noquote() << "bulk commit failed:" << s.message;
        return false;
    }
    return true;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFileBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

QStringList dirEntries(const QString &dirPath)
{
    return QDir(dirPath).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                                   QDir::Name);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QStringList schemaNames(const QSqlDatabase &db, const QString &type)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? ORDER BY name"));
    q.addBindValue(type);
    QStringList out;
    if (!q.exec())
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

namespace {
QAtomicInt g_rawCounter;
}

RawDb::RawDb(const QString &path, const QString &options)
    : m_name(QStringLiteral("raw-test-%1").arg(g_rawCounter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!options.isEmpty())
        db.setConnectOptions(options);
    if (!db.open())
        qWarning().noquote() << "RawDb: cannot open" << path << db.lastError().text();
}

RawDb::~RawDb()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool RawDb::isOpen() const
{
    return db().isOpen();
}

QSqlDatabase RawDb::db() const
{
    return QSqlDatabase::database(m_name, false);
}

bool RawDb::exec(const QString &sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        qWarning().noquote() << "RawDb:" << sql << "failed:" << q.lastError().text();
        return false;
    }
    return true;
}

Creator makeCreator(Platform platform, const QString &handle, std::optional<qint64> followers,
                    std::optional<double> engagementRate)
{
    Creator c;
    c.platform = platform;
    c.handle = handle;
    c.followers = followers;
    c.engagementRate = engagementRate;
    c.erSource = engagementRate ? ErSource::Reported : ErSource::Unknown;
    c.niches = {QStringLiteral("lifestyle")};
    return c;
}

namespace {

QString show(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("unknown");
}

QString show(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QStringLiteral("unknown");
}

QString show(const std::optional<Money> &v)
{
    return v ? QString::number(v->minor()) + u' ' + v->currency() : QStringLiteral("unknown");
}

} // namespace

QString creatorDiff(const Creator &e, const Creator &a, bool compareIdentity)
{
    QStringList diffs;
    const auto check = [&diffs](bool same, const char *field, const QString &ev, const QString &av) {
        if (!same)
            diffs << QStringLiteral("%1: expected [%2] actual [%3]")
                         .arg(QLatin1String(field), ev, av);
    };
    if (compareIdentity) {
        check(e.id == a.id, "id", QString::number(e.id), QString::number(a.id));
        check(e.createdAt == a.createdAt, "createdAt", e.createdAt.toString(Qt::ISODateWithMs),
              a.createdAt.toString(Qt::ISODateWithMs));
        check(e.updatedAt == a.updatedAt, "updatedAt", e.updatedAt.toString(Qt::ISODateWithMs),
              a.updatedAt.toString(Qt::ISODateWithMs));
    }
    check(e.platform == a.platform, "platform", platformKey(e.platform), platformKey(a.platform));
    check(e.handle == a.handle, "handle", e.handle, a.handle);
    check(e.displayName == a.displayName, "displayName", e.displayName, a.displayName);
    check(e.followers == a.followers, "followers", show(e.followers), show(a.followers));
    check(e.avgLikes == a.avgLikes, "avgLikes", show(e.avgLikes), show(a.avgLikes));
    check(e.avgComments == a.avgComments, "avgComments", show(e.avgComments), show(a.avgComments));
    check(e.avgShares == a.avgShares, "avgShares", show(e.avgShares), show(a.avgShares));
    check(e.avgViews == a.avgViews, "avgViews", show(e.avgViews), show(a.avgViews));
    check(e.engagementRate == a.engagementRate, "engagementRate", show(e.engagementRate),
          show(a.engagementRate));
    check(e.erSource == a.erSource, "erSource", erSourceKey(e.erSource), erSourceKey(a.erSource));
    check(e.niches == a.niches, "niches", e.niches.join(u'|'), a.niches.join(u'|'));
    check(e.country == a.country, "country", e.country, a.country);
    check(e.language == a.language, "language", e.language, a.language);
    check(e.authenticity == a.authenticity, "authenticity", show(e.authenticity), show(a.authenticity));
    check(e.sponsoredRatio == a.sponsoredRatio, "sponsoredRatio", show(e.sponsoredRatio),
          show(a.sponsoredRatio));
    check(e.fee == a.fee, "fee", show(e.fee), show(a.fee));
    check(e.email == a.email, "email", e.email, a.email);
    check(e.profileUrl == a.profileUrl, "profileUrl", e.profileUrl, a.profileUrl);
    check(e.notes == a.notes, "notes", e.notes, a.notes);
    const QJsonObject ex = QJsonObject::fromVariantMap(e.extra);
    const QJsonObject ax = QJsonObject::fromVariantMap(a.extra);
    check(ex == ax, "extra", QString::number(ex.size()), QString::number(ax.size()));
    check(e.source == a.source, "source", e.source, a.source);
    check(e.metricsAsOf == a.metricsAsOf, "metricsAsOf", e.metricsAsOf.toString(Qt::ISODate),
          a.metricsAsOf.toString(Qt::ISODate));
    return diffs.join(QStringLiteral("; "));
}

} // namespace tierscope::test
