// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/column_conventions.h"

#include "core/io/csv_record.h"

namespace tierscope::core {

namespace {

// A rate written without "%": its value, else nothing (empty, unknown, "%", not a number).
std::optional<double> bareRate(QStringView text)
{
    const QStringView v = text.trimmed();
    if (v.isEmpty() || v.endsWith(u'%') || v.endsWith(QChar(0xFF05)) || isUnknownMarker(v))
        return std::nullopt;
    const Parsed<double> n = parseNumber(v);
    return n && n->has_value() ? **n : std::optional<double>();
}

} // namespace

void ColumnConventions::addRateColumn(qsizetype column)
{
    if (column < 0)
        return;
    Rate r;
    r.column = column;
    m_rates.append(r);
}

void ColumnConventions::addDateColumn(qsizetype column)
{
    if (column < 0)
        return;
    Date d;
    d.column = column;
    m_dates.append(d);
}

void ColumnConventions::observe(const CsvRecord &record)
{
    learn(record, false);
}

bool ColumnConventions::read(const CsvRecord &record)
{
    return learn(record, true);
}

void ColumnConventions::startOver()
{
    for (Rate &r : m_rates)
        r.readDependent = false;
    for (Date &d : m_dates)
        d.readAmbiguous = false;
}

bool ColumnConventions::learn(const CsvRecord &record, bool reading)
{
    bool consistent = true;
    for (Rate &r : m_rates) {
        if (r.percent)
            continue; // nothing more to learn
        const std::optional<double> v = bareRate(record.field(r.column));
        if (!v)
            continue;
        if (*v > 1.0 && *v <= 100.0) {
            r.percent = true;
            r.line = record.line();
            r.example = record.field(r.column).trimmed().toString();
            consistent = consistent && !r.readDependent;
        } else if (reading && *v >= 0.0 && *v <= 1.0) {
            r.readDependent = true;
        }
    }
    for (Date &d : m_dates) {
        if (d.dayFirst && d.monthFirst)
            continue; // mixed: ambiguous dates stay refused whatever comes
        const auto parts = numericDayMonth(record.field(d.column).trimmed());
        if (!parts)
            continue;
        const auto [a, b] = *parts;
        bool learned = false;
        if (a > 12 && b <= 12 && !d.dayFirst) {
            d.dayFirst = learned = true;
            d.dayFirstLine = record.line();
            d.dayFirstExample = record.field(d.column).trimmed().toString();
        } else if (b > 12 && a <= 12 && !d.monthFirst) {
            d.monthFirst = learned = true;
            d.monthFirstLine = record.line();
            d.monthFirstExample = record.field(d.column).trimmed().toString();
        }
        if (learned)
            consistent = consistent && !d.readAmbiguous;
        if (reading && a <= 12 && b <= 12 && a != b && !(d.dayFirst && d.monthFirst))
            d.readAmbiguous = true;
    }
    return consistent;
}

RatioScale ColumnConventions::rateScale(qsizetype column) const
{
    for (const Rate &r : m_rates) {
        if (r.column == column)
            return r.percent ? RatioScale::Percent : RatioScale::Fraction;
    }
    return RatioScale::Auto;
}

DateOrder ColumnConventions::dateOrder(qsizetype column) const
{
    for (const Date &d : m_dates) {
        if (d.column == column && d.dayFirst != d.monthFirst)
            return d.dayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
    }
    return DateOrder::Unknown;
}

QList<ColumnConventions::Finding> ColumnConventions::findings() const
{
    QList<Finding> out;
    for (const Rate &r : m_rates) {
        if (r.percent)
            out.append({r.column, Finding::Kind::RatesInPercent, r.line, r.example});
    }
    for (const Date &d : m_dates) {
        if (d.dayFirst && d.monthFirst)
            out.append(
                {d.column, Finding::Kind::DatesMixed, d.monthFirstLine, d.monthFirstExample});
        else if (d.dayFirst)
            out.append({d.column, Finding::Kind::DatesDayFirst, d.dayFirstLine, d.dayFirstExample});
        else if (d.monthFirst)
            out.append(
                {d.column, Finding::Kind::DatesMonthFirst, d.monthFirstLine, d.monthFirstExample});
    }
    return out;
}

QStringList ColumnConventions::notes(const std::function<QString(qsizetype)> &headerOf) const
{
    QStringList out;
    for (const Finding &f : findings()) {
        const QString header = headerOf(f.column);
        switch (f.kind) {
        case Finding::Kind::RatesInPercent:
            out << tr("Column “%1” is read in percent (line %2 has “%3”): “1.5” is 1.5 %.")
                       .arg(header)
                       .arg(f.line)
                       .arg(f.example);
            break;
        case Finding::Kind::DatesDayFirst:
            out << tr("Dates in column “%1” are read day first (line %2 has “%3”).")
                       .arg(header)
                       .arg(f.line)
                       .arg(f.example);
            break;
        case Finding::Kind::DatesMonthFirst:
            out << tr("Dates in column “%1” are read month first (line %2 has “%3”).")
                       .arg(header)
                       .arg(f.line)
                       .arg(f.example);
            break;
        case Finding::Kind::DatesMixed:
            out << tr("Column “%1” mixes day-first and month-first dates; dates such as "
                      "02/11/2026 in it are refused as ambiguous.")
                       .arg(header);
            break;
        }
    }
    return out;
}

} // namespace tierscope::core
