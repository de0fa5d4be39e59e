// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the cell parsers (human numbers, counts, percentages, ratios, engagement
// rates, money, dates, booleans). The input is a cell as UTF-8 (invalid bytes become U+FFFD, as
// the decoder would make them). Besides crashes and sanitizer reports it checks the promises of
// value_parser.h: no NaN or infinity, shares within 0 … 1, engagement rates not negative (above
// 100 % is real), counts and amounts not negative, and a number without a separator reads the
// same whatever the column's decimal mark.
#include "core/io/human_number.h"
#include "core/io/value_parser.h"

#include <cmath>
#include <cstdlib>

using namespace tierscope::core;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkFinite(const Parsed<double> &r)
{
    if (r && r.value())
        require(std::isfinite(*r.value()));
}

void checkShare(const Parsed<double> &r)
{
    checkFinite(r);
    if (r && r.value())
        require(*r.value() >= 0.0 && *r.value() <= 1.0);
    if (!r)
        require(!r.error().message.isEmpty()); // an error says why
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    (void)isUnknownMarker(text);
    checkFinite(parseNumber(text));
    const auto nonNegative = parseNonNegativeNumber(text);
    checkFinite(nonNegative);
    if (nonNegative && nonNegative.value())
        require(*nonNegative.value() >= 0.0);
    const auto count = parseCount(text);
    if (count && count.value())
        require(*count.value() >= 0);
    checkFinite(parsePercentage(text));
    for (RatioScale scale : {RatioScale::Auto, RatioScale::Fraction, RatioScale::Percent}) {
        for (DecimalMark mark : {DecimalMark::Auto, DecimalMark::Point, DecimalMark::Comma}) {
            checkShare(parseRatio(text, scale, mark));
            const auto er = parseEngagementRate(text, scale, mark);
            checkFinite(er);
            if (er && er.value())
                require(*er.value() >= 0.0);
        }
    }
    const NumberShape shape = HumanNumber::shape(text);
    for (DecimalMark mark : {DecimalMark::Point, DecimalMark::Comma}) {
        const auto n = parseNumber(text, mark);
        checkFinite(n);
        const auto c = parseCount(text, mark);
        if (c && c.value())
            require(*c.value() >= 0);
        const auto m = parseMoney(text, mark);
        if (m && m.value())
            require(std::isfinite(m.value()->amount) && m.value()->amount >= 0.0);
    }
    if (shape == NumberShape::NoSeparator) {
        const auto point = parseNumber(text, DecimalMark::Point);
        const auto comma = parseNumber(text, DecimalMark::Comma);
        require(point.ok() == comma.ok());
        if (point.ok())
            require(point.value() == comma.value());
    }
    const auto money = parseMoney(text);
    if (money && money.value()) {
        require(std::isfinite(money.value()->amount) && money.value()->amount >= 0.0);
        require(money.value()->currency.isEmpty() || money.value()->currency.size() == 3);
    }
    for (DateOrder order : {DateOrder::Unknown, DateOrder::DayFirst, DateOrder::MonthFirst}) {
        const auto date = parseDate(text, order);
        if (date && date.value())
            require(date.value()->isValid());
    }
    (void)parseBoolean(text);

    QString why;
    if (const auto n = HumanNumber::parse(QStringView(text).trimmed(), &why)) {
        for (int shift : {-2, 0, 3, 9, 400, -400}) {
            if (const auto d = n->toDouble(shift))
                require(std::isfinite(*d));
        }
        if (const auto i = n->toInteger())
            require(n->isWhole());
    }
    return 0;
}
