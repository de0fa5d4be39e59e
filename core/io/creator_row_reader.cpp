// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/creator_row_reader.h"

#include "core/domain/metric_limits.h"
#include "core/io/csv_record.h"
#include "core/io/formula_guard.h"

#include <QLocale>

#include <algorithm>

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
    // One pass: every domain has a dot, so a plain handle without one ends here. At each dot the
    // name before it is compared with the domains' (case-insensitively); a handle has a dot or
    // two at most, so this costs a few comparisons per row instead of a search per domain.
    bool dot = false;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80 || c == u'%' || c == u'\\')
            return false;
        dot = dot || c == u'.';
    }
    if (!dot)
        return true;
    static constexpr std::pair<QStringView, QStringView> domains[] = {{u"instagram", u"com"},
                                                                      {u"instagr", u"am"},
                                                                      {u"tiktok", u"com"},
                                                                      {u"youtube", u"com"},
                                                                      {u"youtu", u"be"}};
    for (qsizetype i = text.indexOf(u'.'); i >= 0; i = text.indexOf(u'.', i + 1)) {
        const QStringView before = text.first(i);
        const QStringView after = text.sliced(i + 1);
        for (const auto &[name, top] : domains) {
            if (before.endsWith(name, Qt::CaseInsensitive)
                && after.startsWith(top, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

// Creator::normaliseHandle parses every candidate as a URL; a handle that cannot be one
// ("anna.fit", "@Anna_Fit") is normalised the same way without it.
QString normaliseHandle(QStringView raw)
{
    bool plain = namesNoPlatform(raw);
    for (qsizetype i = 0; plain && i < raw.size(); ++i) {
        const QChar c = raw[i];
        plain = c != u'/' && c != u':'
            && !(c == u'.' && i >= 3
                 && raw.sliced(i - 3, 3).compare(u"www", Qt::CaseInsensitive) == 0);
    }
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

Status CreatorRowReader::checkPlatform(const HeaderMapping &mapping, const ImportOptions &options)
{
    if (options.platform || mapping.columnFor(CreatorField::Platform) >= 0
        || mapping.columnFor(CreatorField::ProfileUrl) >= 0)
        return {};
    return {Error::Code::NeedsChoice,
            tr("The file does not say which platform its creators are on: it has no platform "
               "column and no profile URLs. Choose the platform of its rows (on the command "
               "line: --platform instagram, tiktok or youtube), or add a platform column.")};
}

void CreatorRowReader::describeColumns(ColumnSurvey &survey) const
{
    using K = ColumnSurvey::Kind;
    const std::pair<CreatorField, K> kinds[] = {
        {CreatorField::Followers, K::Count},    {CreatorField::AvgLikes, K::Number},
        {CreatorField::AvgComments, K::Number}, {CreatorField::AvgShares, K::Number},
        {CreatorField::AvgViews, K::Number},    {CreatorField::EngagementRate, K::Rate},
        {CreatorField::Authenticity, K::Share}, {CreatorField::SponsoredRatio, K::Share},
        {CreatorField::Fee, K::Money},          {CreatorField::MetricsAsOf, K::Date},
    };
    for (const auto &[field, kind] : kinds)
        survey.addColumn(columnOf(field), kind, headerOf(field));
}

DecimalMark CreatorRowReader::markOf(const CsvRecord &record, CreatorField f) const
{
    return m_survey ? m_survey->markFor(columnOf(f), cell(record, f)) : DecimalMark::Auto;
}

RatioScale CreatorRowReader::scaleOf(CreatorField f) const
{
    return m_survey ? m_survey->rateScale(columnOf(f)) : RatioScale::Auto;
}

QList<UnknownTally> CreatorRowReader::unknownTallies() const
{
    QList<std::pair<qsizetype, UnknownTally>> byColumn;
    for (int f = 0; f < kFieldCount; ++f) {
        if (m_unknown[size_t(f)].count > 0)
            byColumn.append({m_columns[size_t(f)],
                             {headerOf(CreatorField(f)), m_unknown[size_t(f)].count,
                              m_unknown[size_t(f)].tokens}});
    }
    std::sort(byColumn.begin(), byColumn.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<UnknownTally> out;
    for (const auto &entry : byColumn)
        out << entry.second;
    return out;
}

void CreatorRowReader::resetCounts()
{
    m_unknown = {};
    m_handlesFromNames = 0;
    m_handleFromNameExample.clear();
}

QStringView CreatorRowReader::cell(const CsvRecord &record, CreatorField f) const
{
    const qsizetype c = columnOf(f);
    return c < 0 ? QStringView() : record.field(c).trimmed();
}

bool CreatorRowReader::hasValue(const CsvRecord &record, CreatorField f)
{
    const QStringView v = cell(record, f);
    if (v.isEmpty())
        return false;
    if (!isUnknownMarker(v))
        return true;
    Tally &t = m_unknown[size_t(f)];
    ++t.count;
    if (t.tokens.size() < 6) {
        const QString token = v.toString();
        if (!t.tokens.contains(token))
            t.tokens << token;
    }
    return false;
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
         tr("no platform: the platform cell is empty and the profile URL names none"));
    return std::nullopt;
}

QString CreatorRowReader::handleOf(QStringView handleCell, QStringView url,
                                   QString *nameFromHandle) const
{
    const bool handleGiven = !handleCell.isEmpty() && !isUnknownMarker(handleCell);
    if (!handleGiven)
        return normaliseHandle(url);
    QString handle = normaliseHandle(handleCell);
    bool spaces = false;
    for (const QChar c : handle) {
        if (c.isSpace()) {
            spaces = true;
            break;
        }
    }
    if (!spaces)
        return handle;
    // A name in the handle column ("Anna Fit"): a profile URL knows the real handle; else the
    // stated rule makes one (lower case, no spaces).
    if (nameFromHandle)
        *nameFromHandle = handleCell.trimmed().toString();
    if (const QString fromUrl = normaliseHandle(url); !fromUrl.isEmpty())
        return fromUrl;
    handle.removeIf([](QChar c) { return c.isSpace(); });
    return handle;
}

std::optional<std::pair<Platform, QString>> CreatorRowReader::identify(const CsvRecord &record)
{
    if (!checkShape(record, nullptr))
        return std::nullopt;
    const QStringView handleCell = unguardFormula(cell(record, CreatorField::Handle));
    const QString url = textOf(record, CreatorField::ProfileUrl, true);
    const QString handle = handleOf(handleCell, url, nullptr);
    if (handle.isEmpty())
        return std::nullopt;
    const std::optional<Platform> platform = platformOf(record, handleCell, url, nullptr);
    if (!platform)
        return std::nullopt;
    return std::pair {*platform, handle};
}

std::optional<Creator> CreatorRowReader::read(const CsvRecord &record, RejectedRow *rejection,
                                              QList<RejectedRow> *cellIssues)
{
    const qint64 line = record.line();
    if (!checkShape(record, rejection))
        return std::nullopt;

    // A bad cell loses its field only: the creator lands without it, the cell is reported.
    const auto cellIssue = [&](CreatorField f, const QString &reason) {
        if (cellIssues)
            cellIssues->append({line, headerOf(f), reason});
    };
    // The value of a parser's result; an error leaves the field unknown and reports the cell.
    const auto take = [&](CreatorField f, const auto &result) {
        using V = typename std::decay_t<decltype(result.value())>;
        if (!result) {
            cellIssue(f, result.error().message);
            return V();
        }
        return result.value();
    };
    // A count or average within its plausible bound (metric_limits.h).
    const auto bounded = [&](CreatorField f, auto value, qint64 max) {
        using V = decltype(value);
        if (value && double(*value) > double(max)) {
            cellIssue(f,
                      tr("“%1” is above %2, more than any account has")
                          .arg(cell(record, f))
                          .arg(QLocale().toString(max)));
            return V();
        }
        return value;
    };

    Creator c;
    // Handle: from the handle column, else from the profile URL.
    const QStringView handleCell = unguardFormula(cell(record, CreatorField::Handle));
    const QString url = textOf(record, CreatorField::ProfileUrl, true);
    QString nameFromHandle;
    c.handle = handleOf(handleCell, url, &nameFromHandle);
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

    using F = CreatorField;
    if (hasValue(record, F::Followers))
        c.followers =
            bounded(F::Followers,
                    take(F::Followers,
                         parseCount(cell(record, F::Followers), markOf(record, F::Followers))),
                    limits::kMaxFollowers);
    const auto average = [&](F f, qint64 max) {
        if (!hasValue(record, f))
            return std::optional<double>();
        return bounded(f, take(f, parseNonNegativeNumber(cell(record, f), markOf(record, f))), max);
    };
    c.avgLikes = average(F::AvgLikes, limits::kMaxInteractions);
    c.avgComments = average(F::AvgComments, limits::kMaxInteractions);
    c.avgShares = average(F::AvgShares, limits::kMaxInteractions);
    c.avgViews = average(F::AvgViews, limits::kMaxViews);
    std::optional<double> reported;
    if (hasValue(record, F::EngagementRate)) {
        reported =
            take(F::EngagementRate,
                 parseEngagementRate(cell(record, F::EngagementRate), scaleOf(F::EngagementRate),
                                     markOf(record, F::EngagementRate)));
        // A reported rate of more than 1,000,000 % is a shifted column, not a rate.
        if (reported && *reported > 10'000.0) {
            cellIssue(
                F::EngagementRate,
                tr("“%1” is not a plausible engagement rate").arg(cell(record, F::EngagementRate)));
            reported.reset();
        }
    }
    if (hasValue(record, F::Authenticity))
        c.authenticity = take(F::Authenticity,
                              parseRatio(cell(record, F::Authenticity), scaleOf(F::Authenticity),
                                         markOf(record, F::Authenticity)));
    if (hasValue(record, F::SponsoredRatio))
        c.sponsoredRatio =
            take(F::SponsoredRatio,
                 parseRatio(cell(record, F::SponsoredRatio), scaleOf(F::SponsoredRatio),
                            markOf(record, F::SponsoredRatio)));
    std::optional<MoneyAmount> fee;
    if (hasValue(record, F::Fee))
        fee = take(F::Fee, parseMoney(cell(record, F::Fee), markOf(record, F::Fee)));
    if (hasValue(record, F::MetricsAsOf)) {
        const DateOrder order =
            m_survey ? m_survey->dateOrder(columnOf(F::MetricsAsOf)) : DateOrder::Unknown;
        c.metricsAsOf =
            take(F::MetricsAsOf, parseDate(cell(record, F::MetricsAsOf), order)).value_or(QDate());
    }

    c.applyEngagement(reported, m_options.erBases);
    if (fee) {
        const QString column = textOf(record, F::FeeCurrency, true).toUpper();
        const QString currency = !column.isEmpty() ? column
            : !fee->currency.isEmpty()             ? fee->currency
                                                   : m_options.defaultCurrency;
        if (!column.isEmpty() && !fee->currency.isEmpty() && column != fee->currency) {
            cellIssue(F::Fee,
                      tr("the fee “%1” is in %2 but the currency column says %3")
                          .arg(cell(record, F::Fee), fee->currency, column));
        } else if (!Money::isCurrencyCode(currency)) {
            cellIssue(has(F::FeeCurrency) ? F::FeeCurrency : F::Fee,
                      tr("“%1” is not an ISO 4217 currency code").arg(currency));
        } else {
            c.fee = Money::fromMajor(fee->amount, currency);
            if (!c.fee || c.fee->minor() > limits::kMaxMoneyMinor) {
                c.fee.reset();
                cellIssue(F::Fee, tr("“%1” is too large an amount").arg(cell(record, F::Fee)));
            }
        }
    }

    c.displayName = textOf(record, F::DisplayName, false);
    if (!nameFromHandle.isEmpty()) {
        if (c.displayName.isEmpty())
            c.displayName = nameFromHandle;
        if (!m_handlesFromNames++)
            m_handleFromNameExample = tr("“%1” → @%2").arg(nameFromHandle, c.handle);
    }
    c.niches = splitNiches(textOf(record, F::Niches, true));
    c.country = textOf(record, F::Country, true);
    if (c.country.size() == 2)
        c.country = c.country.toUpper();
    c.language = textOf(record, F::Language, true);
    if (c.language.size() == 2)
        c.language = c.language.toLower();
    c.email = textOf(record, F::Email, true);
    if (has(F::Notes)) {
        const QStringView notes = unguardFormula(record.field(columnOf(F::Notes)));
        if (notes.size() > limits::kMaxTextChars)
            cellIssue(F::Notes,
                      tr("the notes are longer than %1 characters")
                          .arg(QLocale().toString(limits::kMaxTextChars)));
        else
            c.notes = notes.toString();
    }
    if (c.displayName.size() > limits::kMaxTextChars) {
        cellIssue(F::DisplayName,
                  tr("the name is longer than %1 characters")
                      .arg(QLocale().toString(limits::kMaxTextChars)));
        c.displayName.clear();
    }
    c.source = has(F::Source) ? textOf(record, F::Source, false) : m_options.source;
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
