// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/creator_csv_exporter.h"

#include "core/domain/shortlist.h"
#include "core/io/csv_writer.h"
#include "core/io/value_parser.h"
#include "core/storage/creator_query_builder.h"
#include "core/storage/creator_repository.h"
#include "core/storage/shortlist_repository.h"
#include "core/storage/sql_statement.h"

#include <QHash>
#include <QIODevice>
#include <QLocale>

#include <sqlite3.h>

namespace tierscope::core {

namespace {

constexpr int kPageSize = 1000;

QByteArray decimal(const std::optional<double> &v)
{
    return v ? QByteArray::number(*v, 'f', QLocale::FloatingPointShortest) : QByteArray();
}

// The extra-field keys of the creators a query selects, in key order: one raw read, so the
// header is known before the first row without reading every creator twice.
Result<QStringList> extraKeys(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    SqlStatement q(db);
    if (const Status s = q.prepare(sql))
        return s;
    q.bindAll(binds);
    QStringList keys;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(q.handle(), 0));
        keys << QString::fromUtf8(text, sqlite3_column_bytes(q.handle(), 0));
    }
    if (rc != SQLITE_DONE)
        return q.error(rc, "Reading extra fields failed");
    return keys;
}

QString niches(const QStringList &list)
{
    QString text = list.join(QStringLiteral(", "));
    // Without a comma, the import splits at ";", "|" and "/": a trailing comma keeps it whole.
    if (list.size() == 1 && (text.contains(u';') || text.contains(u'|') || text.contains(u'/')))
        text += u',';
    return text;
}

// Writes the header and the rows of one export.
class Rows
{
public:
    Rows(QIODevice *out, const CsvExportOptions &options, QStringList extraKeys, bool shortlist)
        : m_csv(out, csvOptions(options))
        , m_options(options)
        , m_extraKeys(std::move(extraKeys))
        , m_shortlist(shortlist)
    {
        if (m_shortlist)
            m_csv.writeRecord(CreatorCsvExporter::shortlistColumns()
                              + CreatorCsvExporter::fixedColumns() + m_extraKeys);
        else
            m_csv.writeRecord(CreatorCsvExporter::fixedColumns() + m_extraKeys);
    }

    void write(const Creator &c, const ShortlistEntry *entry)
    {
        if (m_shortlist) {
            m_csv.addNumber(entry ? QByteArray::number(entry->position) : QByteArray());
            m_csv.addField(entry ? verdictKey(entry->verdict) : QString());
            m_csv.addField(entry ? entry->note : QString());
        }
        m_csv.addField(platformKey(c.platform));
        // "@" keeps a handle such as "none" from reading as unknown; the import drops it again.
        m_csv.addField(isUnknownMarker(c.handle) ? u'@' + c.handle : c.handle);
        m_csv.addField(c.displayName);
        m_csv.addNumber(c.followers ? QByteArray::number(*c.followers) : QByteArray());
        m_csv.addNumber(decimal(c.avgLikes));
        m_csv.addNumber(decimal(c.avgComments));
        m_csv.addNumber(decimal(c.avgShares));
        m_csv.addNumber(decimal(c.avgViews));
        m_csv.addNumber(c.erSource == ErSource::Reported ? decimal(c.engagementRate)
                                                         : QByteArray());
        m_csv.addField(niches(c.niches));
        m_csv.addField(c.country);
        m_csv.addField(c.language);
        m_csv.addNumber(decimal(c.authenticity));
        m_csv.addNumber(decimal(c.sponsoredRatio));
        m_csv.addNumber(c.fee ? c.fee->toDecimalString().toLatin1() : QByteArray());
        m_csv.addField(c.fee ? c.fee->currency() : QString());
        m_csv.addField(c.email);
        m_csv.addField(c.profileUrl);
        m_csv.addField(c.notes);
        m_csv.addField(c.source);
        m_csv.addNumber(c.metricsAsOf.isValid() ? c.metricsAsOf.toString(Qt::ISODate).toLatin1()
                                                : QByteArray());
        for (const QString &key : m_extraKeys)
            m_csv.addField(c.extra.value(key).toString());
        m_csv.endRecord();
        ++m_count;
    }

    // After a page: false when the caller cancelled or the device failed.
    Status pageDone()
    {
        if (!m_csv.flush())
            return writeError();
        if (m_options.progress && !m_options.progress(m_count))
            return {Error::Code::Cancelled, CreatorCsvExporter::tr("The export was cancelled.")};
        return {};
    }

    Result<qint64> finish()
    {
        if (!m_csv.finish())
            return writeError();
        return m_count;
    }

private:
    static CsvWriter::Options csvOptions(const CsvExportOptions &options)
    {
        CsvWriter::Options o;
        o.byteOrderMark = options.byteOrderMark;
        return o;
    }

    Error writeError() const
    {
        return {Error::Code::Io,
                CreatorCsvExporter::tr("Writing the CSV file failed: %1").arg(m_csv.errorString())};
    }

    CsvWriter m_csv;
    const CsvExportOptions &m_options;
    QStringList m_extraKeys;
    bool m_shortlist;
    qint64 m_count = 0;
};

} // namespace

QStringList CreatorCsvExporter::fixedColumns()
{
    return {QStringLiteral("platform"),
            QStringLiteral("handle"),
            QStringLiteral("display_name"),
            QStringLiteral("followers"),
            QStringLiteral("avg_likes"),
            QStringLiteral("avg_comments"),
            QStringLiteral("avg_shares"),
            QStringLiteral("avg_views"),
            QStringLiteral("engagement_rate"),
            QStringLiteral("niches"),
            QStringLiteral("country"),
            QStringLiteral("language"),
            QStringLiteral("authenticity"),
            QStringLiteral("sponsored_ratio"),
            QStringLiteral("fee"),
            QStringLiteral("fee_currency"),
            QStringLiteral("email"),
            QStringLiteral("profile_url"),
            QStringLiteral("notes"),
            QStringLiteral("source"),
            QStringLiteral("metrics_as_of")};
}

QStringList CreatorCsvExporter::shortlistColumns()
{
    return {QStringLiteral("shortlist_position"), QStringLiteral("shortlist_verdict"),
            QStringLiteral("shortlist_note")};
}

Result<qint64> CreatorCsvExporter::exportCreators(const QSqlDatabase &db,
                                                  const CreatorFilter &filter,
                                                  const TierScheme &scheme, QIODevice *out,
                                                  const CsvExportOptions &options)
{
    const SqlFragment where = CreatorQueryBuilder(filter, scheme).conditions();
    const auto keys =
        extraKeys(db,
                  QStringLiteral("SELECT DISTINCT j.key FROM (SELECT extra FROM creators "
                                 "WHERE extra IS NOT NULL AND (%1)) AS c, "
                                 "json_each(c.extra) AS j ORDER BY 1")
                      .arg(where.sql),
                  where.binds);
    if (!keys)
        return keys.error();

    const CreatorRepository repo(db);
    const CreatorSort byId {CreatorSortColumn::Id, false};
    Rows rows(out, options, *keys, false);
    auto page = repo.page(filter, scheme, byId, 0, kPageSize);
    for (;;) {
        if (!page)
            return page.error();
        for (const Creator &c : page->rows)
            rows.write(c, nullptr);
        if (const Status s = rows.pageDone())
            return s;
        if (page->rows.size() < kPageSize)
            break;
        page = repo.pageAfter(filter, scheme, byId, page->keys.constLast(), kPageSize);
    }
    return rows.finish();
}

Result<qint64> CreatorCsvExporter::exportShortlist(const QSqlDatabase &db, qint64 shortlistId,
                                                   QIODevice *out, const CsvExportOptions &options)
{
    const ShortlistRepository lists(db);
    const auto entries = lists.entries(shortlistId);
    if (!entries)
        return entries.error();
    if (entries->isEmpty()) { // an empty list and an unknown one read the same: tell them apart
        if (const auto list = lists.get(shortlistId); !list)
            return list.error();
    }
    const auto keys = extraKeys(db,
                                QStringLiteral("SELECT DISTINCT j.key FROM shortlist_entries AS e "
                                               "JOIN creators AS c ON c.id = e.creator_id, "
                                               "json_each(c.extra) AS j WHERE e.shortlist_id = ? "
                                               "AND c.extra IS NOT NULL ORDER BY 1"),
                                {shortlistId});
    if (!keys)
        return keys.error();

    const CreatorRepository repo(db);
    Rows rows(out, options, *keys, true);
    for (qsizetype from = 0; from < entries->size(); from += kPageSize) {
        const QList<ShortlistEntry> page = entries->mid(from, kPageSize);
        QList<qint64> ids;
        for (const ShortlistEntry &e : page)
            ids << e.creatorId;
        const auto creators = repo.getMany(ids);
        if (!creators)
            return creators.error();
        QHash<qint64, const Creator *> byId;
        for (const Creator &c : *creators)
            byId.insert(c.id, &c);
        for (const ShortlistEntry &e : page) {
            if (const Creator *c = byId.value(e.creatorId))
                rows.write(*c, &e);
        }
        if (const Status s = rows.pageDone())
            return s;
    }
    return rows.finish();
}

} // namespace tierscope::core
