// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/number_input.h"

#include "core/io/human_number.h"

#include <QLocale>

namespace tierscope::ui {

NumberInput NumberInput::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const auto n = core::HumanNumber::parse(t);
    const auto v = n ? n->toDouble() : std::nullopt;
    if (!v)
        return {false, std::nullopt};
    return {true, *v};
}

NumberInput NumberInput::parsePercent(const QString &text)
{
    NumberInput n = parse(text);
    if (n.value)
        *n.value /= 100.0;
    return n;
}

QString NumberInput::toText(std::optional<double> value, int maxDecimals)
{
    if (!value)
        return {};
    QString s = QLocale::c().toString(*value, 'f', maxDecimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

} // namespace tierscope::ui
