// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/creator_row_reader.h"

#include "core/io/csv_record.h"
#include "core/io/formula_guard.h"

namespace tierscope::core {

namespace {

// Which creators columns a field fills.
QStringList columnsOf(CreatorField f)
{
    switch (f) {
    case CreatorField::DisplayName:
        return {QStringLiteral("display_name")};
    case CreatorField::Followers:
        return {QStringLiteral("followers")};
    case CreatorField::AvgLikes:
        return {QStringLiteral("avg_likes")};
    case CreatorField::AvgComments:
        return {QStringLiteral("avg_comments")};
    case CreatorField::AvgShares:
        return {QStringLiteral("avg_shares")};
    case CreatorField::AvgViews:
        return {QStringLiteral("avg_views")};
    case CreatorField::EngagementRate:
        return {QStringLiteral("engagement_rate")};
    case CreatorField::Niches:
        return {QStringLiteral("niches")};
    case CreatorField::Country:
        return {QStringLiteral("country")};
    case CreatorField::Language:
        return {QStringLiteral("language")};
    case CreatorField::Authenticity:
        return {QStringLiteral("authenticity")};
    case CreatorField::SponsoredRatio:
        return {QStringLiteral("sponsored_ratio")};
    case CreatorField::Fee:
    case CreatorField::FeeCurrency:
        return {QStringLiteral("fee_minor"), QStringLiteral("fee_currency")};
    case CreatorField::Email:
        return {QStringLiteral("email")};
    case CreatorField::ProfileUrl:
        return {QStringLiteral("profile_url")};
    case CreatorField::Notes:
        return {QStringLiteral("notes")};
    case CreatorField::Source:
        return {QStringLiteral("source")};
    case CreatorField::MetricsAsOf:
        return {QStringLiteral("metrics_as_of")};
    default:
        return {};
    }
}

// A list written with commas is split at commas only, so "home/garden, diy" keeps its slash;
// without commas, ";", "|" and "/" separate ("fashion/beauty").
QStringList splitNiches(QStringView text)
{
    const bool commas = text.contains(u',');
    QStringList out;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        const QChar c = end ? QChar() : text[i];
        if (end || (commas ? c == u',' : (c == u';' || c == u'|' || c == u'/'))) {
            const QString part = text.sliced(from, i - from).toString().simplified();
            if (!part.isEmpty())
                out << part;
            from = i + 1;
        }
    }
    return out;
}

// True when platformFromUrl() cannot recognise the text: plain ASCII (no "%" or "\\" that QUrl
// might decode) that names none of the platforms' domains. Saves a URL parse per row.
bool namesNoPlatform(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80 || c == u'%' || c == u'\\')
            return false;
    }
    for (const QStringView domain :
         {u"instagram.com", u"instagr.am", u"tiktok.com", u"youtube.com", u"youtu.be"}) {
        if (text.contains(domain, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

// Creator::normaliseHandle parses every candidate as a URL; a handle that cannot be one
// ("anna.fit", "@Anna_Fit") is normalised the same way without it.
QString normaliseHandle(QStringView raw)
{
    const bool plain = namesNoPlatform(raw) && !raw.contains(u'/') && !raw.contains(u':')
        && !raw.contains(u"www.", Qt::CaseInsensitive);
    if (!plain)
        return Creator::normaliseHandle(raw.toString());
    QStringView h = raw.trimmed();
    while (h.startsWith(u'@'))
        h = h.sliced(1);
    return h.trimmed().toString().toLower();
}

} // namespace

CreatorRowReader::CreatorRowReader(HeaderMapping mapping, const ImportOptions &options)
    : m_mapping(std::move(mapping))
    , m_options(options)
{
    m_columns.fill(-1);
    for (qsizetype c = 0; c < m_mapping.columnCount(); ++c) {
        const CreatorField f = m_mapping.target(c);
        if (f == CreatorField::Extra)
            m_extraColumns << c;
        else if (f != CreatorField::Ignore)
            m_columns[size_t(f)] = c;
    }
    for (CreatorField f :
         {CreatorField::EngagementRate, CreatorField::Authenticity, CreatorField::SponsoredRatio})
        m_conventions.addRateColumn(columnOf(f));
    m_conventions.addDateColumn(columnOf(CreatorField::MetricsAsOf));
}

Status CreatorRowReader::checkMapping(const HeaderMapping &mapping)
{
    if (mapping.columnFor(CreatorField::Handle) < 0
        && mapping.columnFor(CreatorField::ProfileUrl) < 0)
        return {Error::Code::InvalidArgument,
                tr("The file has no handle column (a column such as “handle”, “username” or "
                   "“profile_url”). Name one in the header or map a column to Handle.")};
    if (mapping.columnFor(CreatorField::Followers) < 0)
        return {Error::Code::InvalidArgument,
                tr("The file has no followers column (a column such as “followers” or "
                   "“subscribers”). Name one in the header or map a column to Followers.")};
    return {};
}

void CreatorRowReader::observe(const CsvRecord &record)
{
    m_conventions.observe(record);
}

void CreatorRowReader::startOver()
{
    m_conventions.startOver();
    m_mustStartOver = false;
}

QStringList CreatorRowReader::conventionNotes() const
{
    return m_conventions.notes([this](qsizetype column) { return m_mapping.header(column); });
}

QStringView CreatorRowReader::cell(const CsvRecord &record, CreatorField f) const
{
    const qsizetype c = columnOf(f);
    return c < 0 ? QStringView() : record.field(c).trimmed();
}

QString CreatorRowReader::textOf(const CsvRecord &record, CreatorField f, bool unknownIsEmpty) const
{
    const QStringView raw = cell(record, f);
    const QStringView text = unguardFormula(raw);
    // A guarded cell is literal text; a two-letter cell is a code ("NA": Namibia).
    if (unknownIsEmpty && text.size() == raw.size() && text.size() != 2 && isUnknownMarker(text))
        return {};
    return text.toString();
}

bool CreatorRowReader::fail(RejectedRow *r, qint64 line, CreatorField field,
                            const QString &reason) const
{
    if (r)
        *r = {line, field == CreatorField::Ignore ? QString() : headerOf(field), reason};
    return false;
}

bool CreatorRowReader::checkShape(const CsvRecord &record, RejectedRow *r) const
{
    if (!record.isRagged())
        return true;
    const qsizetype expected = record.expectedSize();
    if (record.size() < expected) {
        if (r)
            *r = {record.line(), m_mapping.header(record.size()),
                  tr("the row ends after %1 fields but the header has %2 columns (a line break or "
                     "delimiter inside a value needs quotes)")
                      .arg(record.size())
                      .arg(expected)};
        return false;
    }
    for (qsizetype i = expected; i < record.size(); ++i) {
        if (!record.field(i).trimmed().isEmpty()) {
            if (r)
                *r = {record.line(), QString::number(i + 1),
                      tr("the row has %1 fields but the header has %2 columns (a delimiter inside "
                         "a value needs quotes)")
                          .arg(record.size())
                          .arg(expected)};
            return false;
        }
    }
    return true; // trailing empty fields, as some spreadsheets write them
}

std::optional<Platform> CreatorRowReader::platformOf(const CsvRecord &record,
                                                     QStringView handleCell, QStringView url,
                                                     RejectedRow *rejection)
{
    const QStringView text = cell(record, CreatorField::Platform);
    if (!text.isEmpty() && !isUnknownMarker(text)) {
        if (text != m_lastPlatformText) {
            m_lastPlatformText = text.toString();
            m_lastPlatform = platformFromString(m_lastPlatformText);
        }
        if (!m_lastPlatform)
            fail(rejection, record.line(), CreatorField::Platform,
                 tr("“%1” is not a platform Tierscope knows (Instagram, TikTok, YouTube)")
                     .arg(text));
        return m_lastPlatform;
    }
    if (!url.isEmpty() && !namesNoPlatform(url)) {
        if (const auto p = platformFromUrl(url.toString()))
            return p;
    }
    if (!handleCell.isEmpty() && !namesNoPlatform(handleCell)) {
        if (const auto p = platformFromUrl(handleCell.toString()))
            return p;
    }
    if (m_options.platform)
        return m_options.platform;
    fail(rejection, record.line(),
         has(CreatorField::Platform) ? CreatorField::Platform : CreatorField::Ignore,
         tr("no platform: add a platform column or profile URLs, or choose the platform of the "
            "file's rows"));
    return std::nullopt;
}

std::optional<Creator> CreatorRowReader::read(const CsvRecord &record, RejectedRow *rejection)
{
    if (!m_conventions.read(record))
        m_mustStartOver = true;
    const qint64 line = record.line();
    if (!checkShape(record, rejection))
        return std::nullopt;

    bool ok = true;
    const auto reject = [&](CreatorField f, const QString &reason) {
        if (ok)
            fail(rejection, line, f, reason);
        ok = false;
    };
    // The value of a parser's result; an error rejects the row with the parser's reason.
    const auto take = [&](CreatorField f, const auto &result) {
        using V = typename std::decay_t<decltype(result.value())>;
        if (!result) {
            reject(f, result.error().message);
            return V();
        }
        return result.value();
    };

    Creator c;
    // Handle: from the handle column, else from the profile URL.
    const QStringView handleCell = unguardFormula(cell(record, CreatorField::Handle));
    const QString url = textOf(record, CreatorField::ProfileUrl, true);
    const bool handleGiven = !handleCell.isEmpty() && !isUnknownMarker(handleCell);
    c.handle = normaliseHandle(handleGiven ? handleCell : QStringView(url));
    if (c.handle.isEmpty()) {
        fail(rejection, line,
             has(CreatorField::Handle) ? CreatorField::Handle : CreatorField::ProfileUrl,
             tr("the handle is missing"));
        return std::nullopt;
    }
    // Handles are at most 30 characters on Instagram, TikTok and YouTube; a much longer one is
    // a shifted column or a hostile file, and would swamp every list it appears in.
    constexpr qsizetype kMaxHandle = 100;
    if (c.handle.size() > kMaxHandle) {
        fail(rejection, line,
             has(CreatorField::Handle) ? CreatorField::Handle : CreatorField::ProfileUrl,
             tr("the handle is longer than %1 characters").arg(kMaxHandle));
        return std::nullopt;
    }
    c.profileUrl = url;
    const std::optional<Platform> platform = platformOf(record, handleCell, url, rejection);
    if (!platform)
        return std::nullopt;
    c.platform = *platform;

    const auto scaleOf = [this](CreatorField f) { return m_conventions.rateScale(columnOf(f)); };
    c.followers = take(CreatorField::Followers, parseCount(cell(record, CreatorField::Followers)));
    c.avgLikes =
        take(CreatorField::AvgLikes, parseNonNegativeNumber(cell(record, CreatorField::AvgLikes)));
    c.avgComments = take(CreatorField::AvgComments,
                         parseNonNegativeNumber(cell(record, CreatorField::AvgComments)));
    c.avgShares = take(CreatorField::AvgShares,
                       parseNonNegativeNumber(cell(record, CreatorField::AvgShares)));
    c.avgViews =
        take(CreatorField::AvgViews, parseNonNegativeNumber(cell(record, CreatorField::AvgViews)));
    const auto reported = take(CreatorField::EngagementRate,
                               parseEngagementRate(cell(record, CreatorField::EngagementRate),
                                                   scaleOf(CreatorField::EngagementRate)));
    c.authenticity = take(
        CreatorField::Authenticity,
        parseRatio(cell(record, CreatorField::Authenticity), scaleOf(CreatorField::Authenticity)));
    c.sponsoredRatio = take(CreatorField::SponsoredRatio,
                            parseRatio(cell(record, CreatorField::SponsoredRatio),
                                       scaleOf(CreatorField::SponsoredRatio)));
    const auto fee = take(CreatorField::Fee, parseMoney(cell(record, CreatorField::Fee)));
    const auto asOf = take(CreatorField::MetricsAsOf,
                           parseDate(cell(record, CreatorField::MetricsAsOf),
                                     m_conventions.dateOrder(columnOf(CreatorField::MetricsAsOf))));
    if (!ok)
        return std::nullopt;

    c.applyEngagement(reported);
    if (c.engagementRate && *c.engagementRate > 1.0) {
        CreatorField component = CreatorField::AvgLikes;
        for (CreatorField f :
             {CreatorField::AvgLikes, CreatorField::AvgComments, CreatorField::AvgShares}) {
            if (has(f)) {
                component = f;
                break;
            }
        }
        fail(rejection, line, component,
             tr("likes, comments and shares add up to more than the followers (ER above 100 %)"));
        return std::nullopt;
    }
    if (fee) {
        const QString column = textOf(record, CreatorField::FeeCurrency, true).toUpper();
        if (!column.isEmpty() && !fee->currency.isEmpty() && column != fee->currency) {
            fail(rejection, line, CreatorField::FeeCurrency,
                 tr("the fee is in %1 but the currency column says %2").arg(fee->currency, column));
            return std::nullopt;
        }
        const QString currency = !column.isEmpty() ? column
            : !fee->currency.isEmpty()             ? fee->currency
                                                   : m_options.defaultCurrency;
        if (!Money::isCurrencyCode(currency)) {
            fail(rejection, line,
                 has(CreatorField::FeeCurrency) ? CreatorField::FeeCurrency : CreatorField::Fee,
                 tr("“%1” is not an ISO 4217 currency code").arg(currency));
            return std::nullopt;
        }
        c.fee = Money::fromMajor(fee->amount, currency);
        if (!c.fee) {
            fail(rejection, line, CreatorField::Fee,
                 tr("“%1” is too large an amount").arg(cell(record, CreatorField::Fee)));
            return std::nullopt;
        }
    }
    c.metricsAsOf = asOf.value_or(QDate());

    c.displayName = textOf(record, CreatorField::DisplayName, false);
    c.niches = splitNiches(textOf(record, CreatorField::Niches, true));
    c.country = textOf(record, CreatorField::Country, true);
    if (c.country.size() == 2)
        c.country = c.country.toUpper();
    c.language = textOf(record, CreatorField::Language, true);
    if (c.language.size() == 2)
        c.language = c.language.toLower();
    c.email = textOf(record, CreatorField::Email, true);
    if (has(CreatorField::Notes))
        c.notes = unguardFormula(record.field(columnOf(CreatorField::Notes))).toString();
    c.source =
        has(CreatorField::Source) ? textOf(record, CreatorField::Source, false) : m_options.source;
    for (qsizetype col : m_extraColumns) {
        const QStringView v = record.field(col);
        if (!v.trimmed().isEmpty())
            c.extra.insert(m_mapping.header(col), unguardFormula(v).toString());
    }
    return c;
}

QStringList CreatorRowReader::updateColumns() const
{
    QStringList cols;
    for (int f = 0; f < kFieldCount; ++f) {
        if (m_columns[size_t(f)] < 0)
            continue;
        for (const QString &c : columnsOf(CreatorField(f))) {
            if (!cols.contains(c))
                cols << c;
        }
    }
    if (!m_extraColumns.isEmpty())
        cols << QStringLiteral("extra");
    if (!cols.contains(QStringLiteral("source")))
        cols << QStringLiteral("source"); // the file's name goes in
    return cols;
}

} // namespace tierscope::core
