// SPDX-License-Identifier: GPL-3.0-or-later
// Formula-injection guard for CSV cells. Spreadsheets run a cell that begins with = + - or @ as
// a formula (and some also one that begins with a tab or a carriage return), so an exported text
// cell that begins with one of those gets a leading apostrophe, which spreadsheets show as text.
//
// The guard is reversible, so an export imports back exactly:
// - guarding adds one apostrophe to text that matches  '*[=+\-@\t\r]  (any apostrophes, then
//   one of those characters): "=SUM(A1)" → "'=SUM(A1)", and "'=x" → "''=x";
// - unguarding removes one apostrophe from text that matches  '+[=+\-@\t\r]:
//   "'=SUM(A1)" → "=SUM(A1)", "''=x" → "'=x"; "'quoted'" and "'" stay as they are.
#pragma once

#include <QString>
#include <QStringView>

namespace tierscope::core {

bool isFormulaTrigger(QChar c); // = + - @ tab CR

// Whether guardFormula() changes the text.
bool needsFormulaGuard(QStringView text);
QString guardFormula(const QString &text);
// The text with the guard's apostrophe removed (a view into `text`).
QStringView unguardFormula(QStringView text);

} // namespace tierscope::core
