// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/terminal_text.h"

namespace tierscope::core {

namespace {

bool isBidiOrSeparator(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
           || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

bool needsEscape(char16_t c, TerminalLineBreaks lineBreaks)
{
    if (c == u'\n')
        return lineBreaks == TerminalLineBreaks::Escape;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiOrSeparator(c);
}

void appendEscape(QString &out, char16_t c)
{
    switch (c) {
    case u'\n': out += QLatin1String("\\n"); return;
    case u'\r': out += QLatin1String("\\r"); return;
    case u'\t': out += QLatin1String("\\t"); return;
    default: break;
    }
    if (c <= 0xFF) {
        out += QLatin1String("\\x")
               + QString::number(uint(c), 16).rightJustified(2, u'0');
        return;
    }
    out += QLatin1String("<U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0')
           + u'>';
}

} // namespace

QString escapeForTerminal(QStringView text, TerminalLineBreaks lineBreaks)
{
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text[first].unicode(), lineBreaks))
        ++first;
    if (first == text.size()) // the usual case: nothing to show differently
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    out += text.first(first);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (needsEscape(c, lineBreaks))
            appendEscape(out, c);
        else
            out += QChar(c);
    }
    return out;
}

} // namespace tierscope::core
