// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/creator_row_reader.h"

#include "core/io/csv_record.h"

namespace tierscope::core {

namespace {

// Which creators columns a field fills.
QStringList columnsOf(CreatorField f)
{
    switch (f) {
    case CreatorField::DisplayName: return {QStringLiteral("display_name")};
    case CreatorField::Followers: return {QStringLiteral("followers")};
    case CreatorField::AvgLikes: return {QStringLiteral("avg_likes")};
    case CreatorField::AvgComments: return {QStringLiteral("avg_comments")};
    case CreatorField::AvgShares: return {QStringLiteral("avg_shares")};
    case CreatorField::AvgViews: return {QStringLiteral("avg_views")};
    case CreatorField::Niches: return {QStringLiteral("niches")};
    case CreatorField::Country: return {QStringLiteral("country")};
    case CreatorField::Language: return {QStringLiteral("language")};
    case CreatorField::Authenticity: return {QStringLiteral("authenticity")};
    case CreatorField::SponsoredRatio: return {QStringLiteral("sponsored_ratio")};
    case CreatorField::Fee:
    case CreatorField::FeeCurrency: return {QStringLiteral("fee_minor"), QStringLiteral("fee_currency")};
    case CreatorField::Email: return {QStringLiteral("email")};
    case CreatorField::ProfileUrl: return {QStringLiteral("profile_url")};
    case CreatorField::Notes: return {QStringLiteral("notes")};
    case CreatorField::Source: return {QStringLiteral("source")};
    case CreatorField::MetricsAsOf: return {QStringLiteral("metrics_as_of")};
    case CreatorField::Extra: return {QStringLiteral("extra")};
    default: return {};
    }
}

QStringList splitNiches(QStringView text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c == u',' || c == u';' || c == u'|' || c == u'/') {
            out << current.simplified();
            current.clear();
        } else {
            current += c;
        }
    }
    out << current.simplified();
    out.removeAll(QString());
    return out;
}

bool isRateField(CreatorField f)
{
    return f == CreatorField::EngagementRate || f == CreatorField::Authenticity
           || f == CreatorField::SponsoredRatio;
}

} // namespace

CreatorRowReader::CreatorRowReader(HeaderMapping mapping, const ImportOptions &options)
    : m_mapping(std::move(mapping)), m_options(options)
{
    for (qsizetype c = 0; c < m_mapping.columnCount(); ++c) {
        const CreatorField f = m_mapping.target(c);
        if (f == CreatorField::Extra)
            m_extraColumns << c;
        else if (f != CreatorField::Ignore)
            m_columns.insert(f, c);
    }
}

Status CreatorRowReader::checkMapping(const HeaderMapping &mapping)
{
    if (mapping.columnFor(CreatorField::Handle) < 0 && mapping.columnFor(CreatorField::ProfileUrl) < 0)
        return {Error::Code::InvalidArgument,
                tr("The file has no handle column (a column such as “handle”, “username” or "
                   "“profile_url”). Name one in the header or map a column to Handle.")};
    if (mapping.columnFor(CreatorField::Followers) < 0)
        return {Error::Code::InvalidArgument,
                tr("The file has no followers column (a column such as “followers” or "
                   "“subscribers”). Name one in the header or map a column to Followers.")};
    return {};
}

void CreatorRowReader::learnScales(const QList<QStringList> &sampleRecords)
{
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (!isRateField(it.key()))
            continue;
        bool seen = false;
        bool percent = false;
        for (const QStringList &rec : sampleRecords) {
            const QString v = rec.value(it.value()).trimmed();
            if (v.isEmpty() || v.endsWith(u'%') || isUnknownMarker(v))
                continue;
            const auto n = parseNumber(v);
            if (!n || !n->has_value())
                continue;
            seen = true;
            percent = percent || **n > 1.0;
        }
        if (seen)
            m_scales.insert(it.key(), percent ? RatioScale::Percent : RatioScale::Fraction);
    }
}

QString CreatorRowReader::headerOf(CreatorField field) const
{
    return m_mapping.header(m_columns.value(field, -1));
}

bool CreatorRowReader::fail(RejectedRow *r, qint64 line, CreatorField field,
                            const QString &reason) const
{
    if (r)
        *r = {line, field == CreatorField::Ignore ? QString() : headerOf(field), reason};
    return false;
}

std::optional<Creator> CreatorRowReader::read(const CsvRecord &record, RejectedRow *rejection) const
{
    const qint64 line = record.line();
    if (record.isRagged()) {
        fail(rejection, line, CreatorField::Ignore,
             tr("the row has %1 fields but the header has %2").arg(record.size()).arg(record.expectedSize()));
        return std::nullopt;
    }
    const auto text = [&](CreatorField f) -> QStringView {
        const qsizetype c = m_columns.value(f, -1);
        return c < 0 ? QStringView() : record.field(c).trimmed();
    };
    bool ok = true;
    // Parses a field with `parse`; an error rejects the row with the parser's reason.
    const auto parsed = [&](CreatorField f, auto parse) {
        const auto v = parse(text(f));
        using V = typename std::decay_t<decltype(v.value())>;
        if (!v) {
            if (ok)
                fail(rejection, line, f, v.error().message);
            ok = false;
            return V();
        }
        return v.value();
    };

    Creator c;
    // Handle: from the handle column, else from the profile URL.
    const QStringView rawHandle = text(CreatorField::Handle);
    const QStringView url = text(CreatorField::ProfileUrl);
    c.handle = Creator::normaliseHandle((rawHandle.isEmpty() ? url : rawHandle).toString());
    if (c.handle.isEmpty() || isUnknownMarker(c.handle)) {
        fail(rejection, line, m_columns.contains(CreatorField::Handle) ? CreatorField::Handle
                                                                       : CreatorField::ProfileUrl,
             tr("the handle is missing"));
        return std::nullopt;
    }
    c.profileUrl = url.toString();

    // Platform: the platform column, else the profile URL (or a URL as handle), else the option.
    std::optional<Platform> platform;
    const QStringView platformText = text(CreatorField::Platform);
    if (!platformText.isEmpty() && !isUnknownMarker(platformText)) {
        platform = platformFromString(platformText.toString());
        if (!platform) {
            fail(rejection, line, CreatorField::Platform,
                 tr("“%1” is not a platform Tierscope knows (Instagram, TikTok, YouTube)")
                     .arg(platformText));
            return std::nullopt;
        }
    }
    if (!platform && !url.isEmpty())
        platform = platformFromUrl(url.toString());
    if (!platform && rawHandle.contains(u'/'))
        platform = platformFromUrl(rawHandle.toString());
    if (!platform)
        platform = m_options.platform;
    if (!platform) {
        fail(rejection, line, CreatorField::Ignore,
             tr("no platform: add a platform column or profile URLs, or choose the file's platform"));
        return std::nullopt;
    }
    c.platform = *platform;

    c.followers = parsed(CreatorField::Followers, parseCount);
    if (ok && !c.followers) {
        fail(rejection, line, CreatorField::Followers, tr("the follower count is missing"));
        ok = false;
    }
    c.avgLikes = parsed(CreatorField::AvgLikes, parseNonNegativeNumber);
    c.avgComments = parsed(CreatorField::AvgComments, parseNonNegativeNumber);
    c.avgShares = parsed(CreatorField::AvgShares, parseNonNegativeNumber);
    c.avgViews = parsed(CreatorField::AvgViews, parseNonNegativeNumber);
    const auto reported = parsed(CreatorField::EngagementRate, [this](QStringView t) {
        return parseEngagementRate(t, scaleOf(CreatorField::EngagementRate));
    });
    c.authenticity = parsed(CreatorField::Authenticity, [this](QStringView t) {
        return parseRatio(t, scaleOf(CreatorField::Authenticity));
    });
    c.sponsoredRatio = parsed(CreatorField::SponsoredRatio, [this](QStringView t) {
        return parseRatio(t, scaleOf(CreatorField::SponsoredRatio));
    });
    const auto fee = parsed(CreatorField::Fee, parseMoney);
    const auto asOf = parsed(CreatorField::MetricsAsOf,
                             [](QStringView t) { return parseDate(t); });
    if (!ok)
        return std::nullopt;

    c.applyEngagement(reported);
    if (c.engagementRate && *c.engagementRate > 1.0) {
        fail(rejection, line, CreatorField::AvgLikes,
             tr("the interactions add up to more than the followers (ER above 100 %)"));
        return std::nullopt;
    }
    if (fee) {
        QString currency = text(CreatorField::FeeCurrency).toString().trimmed().toUpper();
        if (currency.isEmpty())
            currency = fee->currency.isEmpty() ? m_options.defaultCurrency : fee->currency;
        if (!Money::isCurrencyCode(currency)) {
            fail(rejection, line, CreatorField::FeeCurrency,
                 tr("“%1” is not an ISO 4217 currency code").arg(currency));
            return std::nullopt;
        }
        c.fee = Money::fromMajor(fee->amount, currency);
    }
    c.metricsAsOf = asOf.value_or(QDate());

    const auto plain = [&](CreatorField f) -> QString {
        const QStringView v = text(f);
        return isUnknownMarker(v) ? QString() : v.toString();
    };
    c.displayName = plain(CreatorField::DisplayName);
    c.niches = splitNiches(plain(CreatorField::Niches));
    c.country = plain(CreatorField::Country);
    if (c.country.size() == 2)
        c.country = c.country.toUpper();
    c.language = plain(CreatorField::Language);
    if (c.language.size() == 2)
        c.language = c.language.toLower();
    c.email = plain(CreatorField::Email);
    c.notes = record.field(m_columns.value(CreatorField::Notes, -1)).toString();
    c.source = m_columns.contains(CreatorField::Source) ? plain(CreatorField::Source)
                                                        : m_options.source;
    for (qsizetype col : m_extraColumns) {
        const QStringView v = record.field(col);
        if (!v.trimmed().isEmpty())
            c.extra.insert(m_mapping.header(col), v.toString());
    }
    return c;
}

QStringList CreatorRowReader::updateColumns() const
{
    QStringList cols;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        for (const QString &c : columnsOf(it.key())) {
            if (!cols.contains(c))
                cols << c;
        }
    }
    if (!m_extraColumns.isEmpty())
        cols << QStringLiteral("extra");
    // ER follows whatever it is made of; without any of those columns the stored ER stays.
    for (CreatorField f : {CreatorField::EngagementRate, CreatorField::AvgLikes,
                           CreatorField::AvgComments, CreatorField::AvgShares}) {
        if (m_columns.contains(f)) {
            cols << QStringLiteral("engagement_rate") << QStringLiteral("er_source");
            break;
        }
    }
    if (!m_columns.contains(CreatorField::Source))
        cols << QStringLiteral("source");
    return cols;
}

} // namespace tierscope::core
