// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/results_row_reader.h"

#include "core/domain/creator.h"
#include "core/domain/metric_limits.h"
#include "core/domain/money.h"
#include "core/io/csv_record.h"
#include "core/io/formula_guard.h"
#include "core/io/results_header_mapper.h"
#include "core/io/value_parser.h"

namespace tierscope::core {

namespace {

// "Reel", "reels", "IG Reel", "YouTube Shorts", "Instagram story #2": the one kind named.
std::optional<DeliverableKind> kindFromText(QStringView text)
{
    if (const auto k = deliverableKindFromKey(text.toString()))
        return k;
    std::optional<DeliverableKind> found;
    int hits = 0;
    QString word;
    const auto check = [&]() {
        if (word.endsWith(u's'))
            word.chop(1);
        if (word == u"storie")
            word = QStringLiteral("story");
        if (const auto k = deliverableKindFromKey(word)) {
            if (!found || *found != *k)
                ++hits;
            found = k;
        }
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetter())
            word.append(c.toLower());
        else
            check();
    }
    check();
    if (hits != 1)
        return std::nullopt;
    return found;
}

QString currencyNamed(QStringView text)
{
    const QString upper = text.trimmed().toString().toUpper();
    if (Money::isCurrencyCode(upper))
        return upper;
    return ResultsHeaderMapper::currencyOf(text);
}

} // namespace

ResultsRowReader::ResultsRowReader(ResultsMapping mapping, QString campaignCurrency)
    : m_mapping(std::move(mapping))
    , m_currency(std::move(campaignCurrency))
{
    m_columns.fill(-1);
    for (qsizetype c = 0; c < m_mapping.columnCount(); ++c) {
        const ResultsField f = m_mapping.target(c);
        if (f != ResultsField::Ignore)
            m_columns[size_t(f)] = c;
    }
    if (const qsizetype c = columnOf(ResultsField::PublishedOn); c >= 0)
        m_conventions.addDateColumn(c);
    if (const qsizetype c = columnOf(ResultsField::Revenue); c >= 0)
        m_headerCurrency = ResultsHeaderMapper::currencyOf(m_mapping.header(c));
}

Status ResultsRowReader::checkMapping(const ResultsMapping &mapping)
{
    const auto has = [&mapping](ResultsField f) { return mapping.columnFor(f) >= 0; };
    if (!has(ResultsField::DeliverableId) && !has(ResultsField::Url) && !has(ResultsField::Handle))
        return {Error::Code::InvalidArgument,
                tr("No column tells which deliverable a row is about. Choose the column with the "
                   "deliverable ID, the post URL or the creator's handle.")};
    bool results = has(ResultsField::Url) || has(ResultsField::PublishedOn);
    for (ResultsField f : allResultsFields())
        results = results || (!isResultsKey(f) && f != ResultsField::Currency && has(f));
    if (!results)
        return {Error::Code::InvalidArgument,
                tr("No column holds results. Choose at least one column with views, likes, "
                   "comments, shares, saves, clicks, conversions, revenue, a URL or a date.")};
    return {};
}

void ResultsRowReader::observe(const CsvRecord &record)
{
    m_conventions.observe(record);
}

QStringList ResultsRowReader::conventionNotes() const
{
    return m_conventions.notes([this](qsizetype column) { return m_mapping.header(column); });
}

QStringView ResultsRowReader::cell(const CsvRecord &record, ResultsField f) const
{
    const qsizetype c = columnOf(f);
    if (c < 0)
        return {};
    const QStringView text = unguardFormula(record.field(c).trimmed());
    return isUnknownMarker(text) ? QStringView() : text;
}

bool ResultsRowReader::fail(RejectedRow *r, qint64 line, ResultsField field,
                            const QString &reason) const
{
    if (r)
        *r = {line, field == ResultsField::Ignore ? QString() : headerOf(field), reason};
    return false;
}

bool ResultsRowReader::readCount(const CsvRecord &record, ResultsField field,
                                 std::optional<qint64> &out, RejectedRow *rejection) const
{
    const QStringView text = cell(record, field);
    if (text.isEmpty())
        return true; // unknown: never 0
    const Parsed<qint64> n = parseCount(text);
    if (!n)
        return fail(rejection, record.line(), field, n.error().message);
    // A count past its plausible bound is a broken cell, not a result: taken as it is, it would
    // swamp (or overflow) every total of the campaign.
    const qint64 max = field == ResultsField::Views ? limits::kMaxViews : limits::kMaxInteractions;
    if (n.value() && !limits::withinCount(*n.value(), max))
        return fail(rejection, record.line(), field,
                    tr("“%1” is more than any post gets (at most %2); check the column.")
                        .arg(text.toString(), QLocale::c().toString(max)));
    out = *n;
    return true;
}

bool ResultsRowReader::readRevenue(const CsvRecord &record, ResultsRow &row,
                                   RejectedRow *rejection) const
{
    const QStringView text = cell(record, ResultsField::Revenue);
    if (text.isEmpty())
        return true;
    const Parsed<MoneyAmount> amount = parseMoney(text);
    if (!amount)
        return fail(rejection, row.line, ResultsField::Revenue, amount.error().message);
    if (!amount.value())
        return true;
    QString currency = amount.value()->currency;
    const QStringView currencyCell = cell(record, ResultsField::Currency);
    if (!currencyCell.isEmpty()) {
        const QString named = currencyNamed(currencyCell);
        if (named.isEmpty())
            return fail(
                rejection, row.line, ResultsField::Currency,
                tr("“%1” is not a currency code such as EUR or USD.").arg(currencyCell.toString()));
        if (!currency.isEmpty() && currency != named)
            return fail(rejection, row.line, ResultsField::Revenue,
                        tr("the revenue “%1” is in %2 but the currency column says %3.")
                            .arg(text.toString(), currency, named));
        currency = named;
    }
    if (currency.isEmpty())
        currency = m_headerCurrency;
    if (!currency.isEmpty() && currency != m_currency)
        return fail(rejection, row.line, ResultsField::Revenue,
                    tr("the revenue “%1” is in %2 but this campaign is in %3; convert it first.")
                        .arg(text.toString(), currency, m_currency));
    const std::optional<Money> money = Money::fromMajor(amount.value()->amount, m_currency);
    if (!money)
        return fail(rejection, row.line, ResultsField::Revenue,
                    tr("“%1” is out of range.").arg(text.toString()));
    row.actuals.revenue = money;
    return true;
}

std::optional<ResultsRow> ResultsRowReader::read(const CsvRecord &record,
                                                 RejectedRow *rejection) const
{
    if (record.isRagged()) {
        const qsizetype expected = record.expectedSize();
        bool extraValues = false;
        for (qsizetype i = expected; i < record.size(); ++i)
            extraValues = extraValues || !record.field(i).trimmed().isEmpty();
        if (record.size() < expected || extraValues) {
            if (rejection)
                *rejection = {record.line(), QString(),
                              tr("the row has %1 fields but the header has %2 columns (a line "
                                 "break or delimiter inside a value needs quotes)")
                                  .arg(record.size())
                                  .arg(expected)};
            return std::nullopt;
        }
    }
    ResultsRow row;
    row.line = record.line();

    if (const QStringView id = cell(record, ResultsField::DeliverableId); !id.isEmpty()) {
        const Parsed<qint64> n = parseCount(id);
        if (!n || !n.value() || *n.value() <= 0) {
            fail(rejection, row.line, ResultsField::DeliverableId,
                 tr("“%1” is not a deliverable ID.").arg(id.toString()));
            return std::nullopt;
        }
        row.deliverableId = *n.value();
    }
    const QStringView handle = cell(record, ResultsField::Handle);
    row.handle = Creator::normaliseHandle(handle.toString());
    row.url = cell(record, ResultsField::Url).toString();
    if (const QStringView p = cell(record, ResultsField::Platform); !p.isEmpty()) {
        row.platform = platformFromString(p.toString());
        if (!row.platform) {
            fail(rejection, row.line, ResultsField::Platform,
                 tr("“%1” is not a platform Tierscope knows (Instagram, TikTok, YouTube).")
                     .arg(p.toString()));
            return std::nullopt;
        }
    } else if (const auto fromHandle = platformFromUrl(handle.toString())) {
        row.platform = fromHandle;
    } else if (const auto fromUrl = platformFromUrl(row.url)) {
        row.platform = fromUrl;
    }
    if (const QStringView k = cell(record, ResultsField::Kind); !k.isEmpty()) {
        row.kind = kindFromText(k);
        if (!row.kind) {
            fail(rejection, row.line, ResultsField::Kind,
                 tr("“%1” is not a deliverable kind (post, reel, story, short, video, live).")
                     .arg(k.toString()));
            return std::nullopt;
        }
    }
    if (const QStringView d = cell(record, ResultsField::PublishedOn); !d.isEmpty()) {
        const Parsed<QDate> date =
            parseDate(d, m_conventions.dateOrder(columnOf(ResultsField::PublishedOn)));
        if (!date) {
            fail(rejection, row.line, ResultsField::PublishedOn, date.error().message);
            return std::nullopt;
        }
        if (date.value())
            row.publishedOn = *date.value();
    }
    DeliverableActuals &a = row.actuals;
    const std::pair<ResultsField, std::optional<qint64> *> counts[] = {
        {ResultsField::Views, &a.views},
        {ResultsField::Likes, &a.likes},
        {ResultsField::Comments, &a.comments},
        {ResultsField::Shares, &a.shares},
        {ResultsField::Saves, &a.saves},
        {ResultsField::Clicks, &a.clicks},
        {ResultsField::Conversions, &a.conversions}};
    for (const auto &[field, target] : counts) {
        if (!readCount(record, field, *target, rejection))
            return std::nullopt;
    }
    if (!readRevenue(record, row, rejection))
        return std::nullopt;
    return row;
}

} // namespace tierscope::core
