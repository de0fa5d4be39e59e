// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/formula_guard.h"

namespace tierscope::core {

namespace {

// Index of the first character that is not an apostrophe.
qsizetype afterApostrophes(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    return i;
}

} // namespace

bool isFormulaTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool needsFormulaGuard(QStringView text)
{
    const qsizetype i = afterApostrophes(text);
    return i < text.size() && isFormulaTrigger(text[i]);
}

QString guardFormula(const QString &text)
{
    return needsFormulaGuard(text) ? u'\'' + text : text;
}

QStringView unguardFormula(QStringView text)
{
    const qsizetype i = afterApostrophes(text);
    return i > 0 && i < text.size() && isFormulaTrigger(text[i]) ? text.sliced(1) : text;
}

} // namespace tierscope::core
