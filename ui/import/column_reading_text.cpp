// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/column_reading_text.h"

#include "core/common/display_format.h"
#include "core/domain/money.h"
#include "core/io/value_parser.h"
#include "ui/import/stored_value_text.h"

namespace tierscope::ui {

using core::ColumnSurvey;
using core::DecimalMark;

namespace {

bool endsWithPercent(const QString &value)
{
    const QString v = value.trimmed();
    return !v.isEmpty() && (v.back() == u'%' || v.back() == QChar(0xFF05));
}

} // namespace

QString ColumnReadingText::tag(const ColumnSurvey::Reading &r, Decision decision,
                               const QStringList &values)
{
    QStringList parts;
    if (r.kind == ColumnSurvey::Kind::Date) {
        if (r.dateOrder == core::DateOrder::DayFirst)
            parts << tr("day first");
        else if (r.dateOrder == core::DateOrder::MonthFirst)
            parts << tr("month first");
        else if (r.notable)
            parts << tr("mixed date orders");
        return parts.join(QStringLiteral(" · "));
    }
    if (decision == Decision::Open) {
        parts << tr("decimal mark? (see above)");
    } else if (r.separatorsSeen) {
        const bool comma = r.mark == DecimalMark::Comma;
        if (r.kind == ColumnSurvey::Kind::Count)
            parts << (comma ? tr("“.” groups thousands") : tr("“,” groups thousands"));
        else
            parts << (comma ? tr("decimal comma") : tr("decimal point"));
        if (r.mixed)
            parts << tr("both marks");
        if (decision == Decision::Answered)
            parts << tr("answered");
        else if (decision == Decision::FileChoice)
            parts << tr("file's choice");
    }
    if (r.kind == ColumnSurvey::Kind::Rate || r.kind == ColumnSurvey::Kind::Share) {
        const bool signs = std::any_of(values.cbegin(), values.cend(), endsWithPercent);
        if (r.scale == core::RatioScale::Percent || signs)
            parts << tr("percent");
        else if (!r.scaleWhy.isEmpty())
            parts << tr("fractions");
    }
    return parts.join(QStringLiteral(" · "));
}

QString ColumnReadingText::explanation(const ColumnSurvey::Reading &r)
{
    QStringList lines;
    if (!r.why.isEmpty())
        lines << r.why;
    if (!r.scaleWhy.isEmpty())
        lines << r.scaleWhy;
    return lines.join(u'\n');
}

QString ColumnReadingText::storedAs(const ColumnSurvey::Reading &r, const QString &value,
                                    DecimalMark mark, const QString &defaultCurrency,
                                    const QLocale &locale)
{
    const QString unknown = core::format::unknown();
    switch (r.kind) {
    case ColumnSurvey::Kind::Money: {
        const auto amount = core::parseMoney(value, mark);
        if (!amount || !amount->has_value())
            return unknown;
        const QString currency =
            (*amount)->currency.isEmpty() ? defaultCurrency : (*amount)->currency;
        const auto money = core::Money::fromMajor((*amount)->amount, currency);
        return money ? money->format(locale) : unknown;
    }
    case ColumnSurvey::Kind::Count: {
        const auto n = core::parseCount(value, mark);
        return n && n->has_value() ? locale.toString(**n) : unknown;
    }
    case ColumnSurvey::Kind::Number: {
        const auto n = core::parseNumber(value, mark);
        return n && n->has_value() ? StoredValueText::average(**n, locale) : unknown;
    }
    case ColumnSurvey::Kind::Rate: {
        const auto n = core::parseEngagementRate(value, r.scale, mark);
        return n && n->has_value() ? StoredValueText::rate(**n, locale) : unknown;
    }
    case ColumnSurvey::Kind::Share: {
        const auto n = core::parseRatio(value, r.scale, mark);
        return n && n->has_value() ? StoredValueText::rate(**n, locale) : unknown;
    }
    case ColumnSurvey::Kind::Date:
        break;
    }
    return unknown;
}

std::optional<ColumnReadingText::Example> ColumnReadingText::example(const ColumnSurvey::Reading &r,
                                                                     const QStringList &values,
                                                                     const QString &defaultCurrency,
                                                                     const QLocale &locale)
{
    for (const QString &raw : values) {
        const QString value = raw.trimmed();
        const bool point = value.contains(u'.');
        if (!point && !value.contains(u','))
            continue;
        Example e;
        e.value = value;
        e.separator = point ? u'.' : u',';
        e.asComma = storedAs(r, value, DecimalMark::Comma, defaultCurrency, locale);
        e.asPoint = storedAs(r, value, DecimalMark::Point, defaultCurrency, locale);
        return e;
    }
    return std::nullopt;
}

} // namespace tierscope::ui
