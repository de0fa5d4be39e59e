// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/column_survey.h"

#include "core/io/csv_record.h"
#include "core/io/human_number.h"

namespace tierscope::core {

namespace {

bool isPercentSign(QChar c)
{
    return c == u'%' || c == QChar(0xFF05);
}

// A header that says its rates are in percent: "ER (%)", "Engagement %", "Quote in Prozent".
bool headerSaysPercent(const QString &header)
{
    return header.contains(u'%') || header.contains(QChar(0xFF05))
        || header.contains(u"percent", Qt::CaseInsensitive)
        || header.contains(u"prozent", Qt::CaseInsensitive)
        || header.contains(u"pct", Qt::CaseInsensitive);
}

bool isNumeric(ColumnSurvey::Kind kind)
{
    return kind != ColumnSurvey::Kind::Date;
}

QString quoted(const QString &s)
{
    return u'“' + s + u'”';
}

} // namespace

void ColumnSurvey::addColumn(qsizetype column, Kind kind, const QString &header)
{
    if (column < 0)
        return;
    Column c;
    c.column = column;
    c.kind = kind;
    c.header = header;
    m_columns.append(c);
}

void ColumnSurvey::add(const CsvRecord &record)
{
    for (Column &c : m_columns) {
        if (c.column >= record.size())
            continue;
        const QStringView value = record.field(c.column).trimmed();
        if (value.isEmpty() || isUnknownMarker(value))
            continue;
        if (c.kind == Kind::Date) {
            addDate(c, value, record.line());
            continue;
        }
        addNumber(c, value, record.line());
        if (c.kind == Kind::Rate || c.kind == Kind::Share)
            addRate(c, value, record.line());
    }
}

void ColumnSurvey::addNumber(Column &c, QStringView value, qint64 line)
{
    // Most cells are plain digits; they say nothing about the mark.
    bool separator = false;
    for (const QChar ch : value) {
        if (ch == u'.' || ch == u',') {
            separator = true;
            break;
        }
    }
    if (!separator)
        return;
    QStringView number = value;
    if (c.kind == Kind::Money) {
        // The currency around the amount does not matter here; keep the part from the first
        // digit to the last digit (and a suffix such as "k").
        qsizetype first = 0;
        while (first < number.size() && !number[first].isDigit() && number[first] != u'.'
               && number[first] != u',')
            ++first;
        qsizetype last = number.size();
        while (last > first && !number[last - 1].isDigit())
            --last;
        number = number.sliced(first, last - first);
    }
    switch (HumanNumber::shape(number)) {
    case NumberShape::Point:
        if (!c.point++) {
            c.pointLine = line;
            c.pointExample = value.toString();
        }
        break;
    case NumberShape::Comma:
        if (!c.comma++) {
            c.commaLine = line;
            c.commaExample = value.toString();
        }
        break;
    case NumberShape::Ambiguous:
        if (!c.ambiguous++) {
            c.ambiguousLine = line;
            c.ambiguousExample = value.toString();
            c.ambiguousSeparator = number.contains(u'.') ? u'.' : u',';
        }
        break;
    case NumberShape::NoSeparator:
    case NumberShape::NotANumber:
        break;
    }
}

void ColumnSurvey::addRate(Column &c, QStringView value, qint64 line)
{
    if (isPercentSign(value.back())) {
        ++c.percentSigns;
        return;
    }
    const Parsed<double> n = parseNumber(value);
    if (!n || !n->has_value() || **n < 0.0)
        return;
    const double v = **n;
    ++c.bare;
    if (v >= 0.3)
        ++c.bareFrom03;
    if (v > 1.0 && !c.bareAbove1++) {
        c.above1Line = line;
        c.above1Example = value.toString();
    }
}

void ColumnSurvey::addDate(Column &c, QStringView value, qint64 line)
{
    if (c.dayFirst && c.monthFirst)
        return;
    const auto parts = numericDayMonth(value);
    if (!parts)
        return;
    const auto [a, b] = *parts;
    if (a > 12 && b <= 12 && !c.dayFirst) {
        c.dayFirst = true;
        c.dayFirstLine = line;
        c.dayFirstExample = value.toString();
    } else if (b > 12 && a <= 12 && !c.monthFirst) {
        c.monthFirst = true;
        c.monthFirstLine = line;
        c.monthFirstExample = value.toString();
    }
}

void ColumnSurvey::decide(const Options &options)
{
    // What the file as a whole shows, from the columns that show one mark only.
    qint64 filePoint = 0, fileComma = 0;
    for (const Column &c : m_columns) {
        if (!isNumeric(c.kind) || (c.point && c.comma))
            continue;
        filePoint += c.point;
        fileComma += c.comma;
    }
    m_readings.clear();
    for (const Column &c : m_columns) {
        Reading r;
        if (isNumeric(c.kind))
            r = decideMark(c, options, filePoint, fileComma);
        r.column = c.column;
        r.kind = c.kind;
        if (c.kind == Kind::Rate || c.kind == Kind::Share)
            decideScale(c, r);
        if (c.kind == Kind::Date)
            decideDates(c, r);
        m_readings.append(r);
    }
}

ColumnSurvey::Reading ColumnSurvey::decideMark(const Column &c, const Options &options,
                                               qint64 filePoint, qint64 fileComma) const
{
    Reading r;
    r.separatorsSeen = c.point || c.comma || c.ambiguous;
    const auto markName = [](DecimalMark m) {
        return m == DecimalMark::Comma ? tr("a decimal comma (1.234,5)")
                                       : tr("a decimal point (1,234.5)");
    };
    if (c.point || c.comma) {
        r.mixed = c.point && c.comma;
        r.mark = c.comma > c.point ? DecimalMark::Comma : DecimalMark::Point;
        r.notable = r.mixed || r.mark == DecimalMark::Comma;
        const bool comma = r.mark == DecimalMark::Comma;
        r.why = tr("Column %1 is read with %2: line %3 has %4.")
                    .arg(quoted(c.header), markName(r.mark))
                    .arg(comma ? c.commaLine : c.pointLine)
                    .arg(quoted(comma ? c.commaExample : c.pointExample));
        if (r.mixed)
            r.why += u' '
                + tr("It also has values with the other mark (line %1 has %2); each value is "
                     "read by the mark it shows, and only values such as “1.200” by the "
                     "column's.")
                      .arg(comma ? c.pointLine : c.commaLine)
                      .arg(quoted(comma ? c.pointExample : c.commaExample));
        return r;
    }
    if (!c.ambiguous) {
        r.mark = DecimalMark::Point; // no separator at all: either reads the same
        return r;
    }
    // Only values such as "1.200": one separator before three digits.
    r.notable = true;
    const QString example =
        tr("line %1 has %2").arg(c.ambiguousLine).arg(quoted(c.ambiguousExample));
    const DecimalMark asThousands =
        c.ambiguousSeparator == u'.' ? DecimalMark::Comma : DecimalMark::Point;
    if (const DecimalMark chosen = options.columnMarks.value(c.column, DecimalMark::Auto);
        chosen != DecimalMark::Auto) {
        r.mark = chosen;
        r.why = tr("Column %1 is read with %2, as chosen (%3).")
                    .arg(quoted(c.header), markName(r.mark), example);
        return r;
    }
    if (c.kind == Kind::Count) {
        r.mark = asThousands;
        r.why = tr("Column %1 holds whole counts, so %2 groups thousands (%3 is %4).")
                    .arg(quoted(c.header), quoted(QString(QChar(c.ambiguousSeparator))),
                         quoted(c.ambiguousExample),
                         QLocale().toString(
                             parseCount(c.ambiguousExample, asThousands).value().value_or(0)));
        return r;
    }
    if ((filePoint > 0) != (fileComma > 0)) {
        r.mark = fileComma ? DecimalMark::Comma : DecimalMark::Point;
        r.why = tr("Column %1 is read with %2, as the other columns of the file write their "
                   "decimals (%3).")
                    .arg(quoted(c.header), markName(r.mark), example);
        return r;
    }
    r.ambiguous = true;
    if (options.fileMark != DecimalMark::Auto) {
        r.mark = options.fileMark;
        r.why = tr("Column %1 only has values such as %2, which the file does not tell apart; "
                   "read with %3, as chosen for the file.")
                    .arg(quoted(c.header), quoted(c.ambiguousExample), markName(r.mark));
        return r;
    }
    r.mark = options.locale.decimalPoint() == u',' ? DecimalMark::Comma : DecimalMark::Point;
    r.why = tr("Column %1 only has values such as %2, which the file does not tell apart; read "
               "with %3, as the language settings (%4) write numbers.")
                .arg(quoted(c.header), quoted(c.ambiguousExample), markName(r.mark),
                     options.locale.name());
    return r;
}

void ColumnSurvey::decideScale(const Column &c, Reading &r) const
{
    if (headerSaysPercent(c.header)) {
        r.scale = RatioScale::Percent;
        if (c.bare)
            r.scaleWhy = tr("Column %1 is in percent, as its header says: “5” is 5 %.")
                             .arg(quoted(c.header));
        return;
    }
    if (!c.bare) {
        r.scale = RatioScale::Fraction;
        return;
    }
    if (c.percentSigns > c.bare) {
        r.scale = RatioScale::Percent;
        r.scaleWhy = tr("Column %1 writes most rates with “%”; its values without one are read "
                        "in percent too.")
                         .arg(quoted(c.header));
        return;
    }
    const bool medianAbove1 = c.bareAbove1 * 2 > c.bare;
    const bool percent = c.kind == Kind::Rate
        ? medianAbove1 || c.bareFrom03 * 2 >= c.bare || c.bareAbove1 * 4 >= c.bare
        : medianAbove1 || c.bareAbove1 * 10 >= c.bare;
    r.scale = percent ? RatioScale::Percent : RatioScale::Fraction;
    QString sentence;
    if (percent) {
        sentence = tr("Column %1 is read in percent (%2 of its %3 values are above 1, such as "
                      "%4 on line %5): “1.5” is 1.5 %.")
                       .arg(quoted(c.header))
                       .arg(c.bareAbove1)
                       .arg(c.bare)
                       .arg(quoted(c.above1Example))
                       .arg(c.above1Line);
        if (!c.bareAbove1)
            sentence = tr("Column %1 is read in percent: as fractions its values (median at "
                          "least 0.3) would be rates of 30 % and more.")
                           .arg(quoted(c.header));
    } else if (c.bareAbove1) {
        sentence = c.kind == Kind::Rate
            ? tr("Column %1 is read as fractions (“0.05” is 5 %): %2 of its %3 values are "
                 "above 1, such as %4 on line %5, and are kept as rates above 100 %.")
                  .arg(quoted(c.header))
                  .arg(c.bareAbove1)
                  .arg(c.bare)
                  .arg(quoted(c.above1Example))
                  .arg(c.above1Line)
            : tr("Column %1 is read as fractions (“0.8” is 80 %): %2 of its %3 values are "
                 "above 1, such as %4 on line %5, and are reported as errors.")
                  .arg(quoted(c.header))
                  .arg(c.bareAbove1)
                  .arg(c.bare)
                  .arg(quoted(c.above1Example))
                  .arg(c.above1Line);
    }
    r.scaleWhy = sentence;
}

void ColumnSurvey::decideDates(const Column &c, Reading &r) const
{
    if (c.dayFirst && c.monthFirst) {
        r.dateOrder = DateOrder::Unknown;
        r.notable = true;
        r.why = tr("Column %1 mixes day-first (line %2 has %3) and month-first dates (line %4 has "
                   "%5); dates such as 02/11/2026 in it are refused as ambiguous.")
                    .arg(quoted(c.header))
                    .arg(c.dayFirstLine)
                    .arg(quoted(c.dayFirstExample))
                    .arg(c.monthFirstLine)
                    .arg(quoted(c.monthFirstExample));
    } else if (c.dayFirst) {
        r.dateOrder = DateOrder::DayFirst;
        r.notable = true;
        r.why = tr("Dates in column %1 are read day first (line %2 has %3).")
                    .arg(quoted(c.header))
                    .arg(c.dayFirstLine)
                    .arg(quoted(c.dayFirstExample));
    } else if (c.monthFirst) {
        r.dateOrder = DateOrder::MonthFirst;
        r.notable = true;
        r.why = tr("Dates in column %1 are read month first (line %2 has %3).")
                    .arg(quoted(c.header))
                    .arg(c.monthFirstLine)
                    .arg(quoted(c.monthFirstExample));
    }
}

const ColumnSurvey::Reading *ColumnSurvey::readingOf(qsizetype column) const
{
    for (const Reading &r : m_readings) {
        if (r.column == column)
            return &r;
    }
    return nullptr;
}

DecimalMark ColumnSurvey::decimalMark(qsizetype column) const
{
    const Reading *r = readingOf(column);
    return r ? r->mark : DecimalMark::Auto;
}

DecimalMark ColumnSurvey::markFor(qsizetype column, QStringView value) const
{
    const Reading *r = readingOf(column);
    if (!r)
        return DecimalMark::Auto;
    if (r->mixed) {
        switch (HumanNumber::shape(value)) {
        case NumberShape::Point:
            return DecimalMark::Point;
        case NumberShape::Comma:
            return DecimalMark::Comma;
        default:
            break;
        }
    }
    return r->mark;
}

RatioScale ColumnSurvey::rateScale(qsizetype column) const
{
    const Reading *r = readingOf(column);
    return r ? r->scale : RatioScale::Auto;
}

DateOrder ColumnSurvey::dateOrder(qsizetype column) const
{
    const Reading *r = readingOf(column);
    return r ? r->dateOrder : DateOrder::Unknown;
}

QList<qsizetype> ColumnSurvey::ambiguousColumns() const
{
    QList<qsizetype> out;
    for (const Reading &r : m_readings) {
        if (r.ambiguous)
            out << r.column;
    }
    return out;
}

QStringList ColumnSurvey::notes() const
{
    QStringList out;
    for (const Reading &r : m_readings) {
        if (r.notable && !r.why.isEmpty())
            out << r.why;
        if (!r.scaleWhy.isEmpty())
            out << r.scaleWhy;
    }
    return out;
}

} // namespace tierscope::core
