// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/console.h"

#include "core/common/terminal_text.h"

#include <cstdio>

namespace tierscope::app {

// Both streams show control and bidirectional characters visibly (core/common/terminal_text.h),
// whatever a caller forgot: an ESC sequence or a right-to-left override in a name never acts
// on the terminal. Line breaks in the data itself are escaped where the data is placed
// (formatTable(), and each verb around the values it prints).
void printOut(const QString &text)
{
    const QByteArray utf8 = core::escapeForTerminal(text, core::TerminalLineBreaks::Keep).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    // One message, one line: a line break inside it came from data.
    const QByteArray utf8 = (core::escapeForTerminal(text) + u'\n').toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

namespace {

// Width on a terminal: wide (CJK, emoji) characters take two cells.
int displayWidth(const QString &s)
{
    int w = 0;
    for (const uint cp : s.toUcs4()) {
        const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
                          || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                          || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x1F300 && cp <= 0x1FAFF);
        w += wide ? 2 : 1;
    }
    return w;
}

QString pad(const QString &s, int width, bool right)
{
    const QString fill(qMax(0, width - displayWidth(s)), u' ');
    return right ? fill + s : s + fill;
}

} // namespace

QString formatTable(const QStringList &header, const QList<QStringList> &rows,
                    const QList<int> &rightAligned)
{
    // Cells hold data (names, handles, notes): a line break or tab in one would fake a row.
    const auto escaped = [](const QStringList &cells) {
        QStringList out;
        out.reserve(cells.size());
        for (const QString &c : cells)
            out << core::escapeForTerminal(c);
        return out;
    };
    QList<QStringList> cellRows;
    cellRows.reserve(rows.size());
    for (const QStringList &r : rows)
        cellRows << escaped(r);
    const QStringList headerCells = escaped(header);
    QList<int> widths;
    for (const QString &h : headerCells)
        widths << displayWidth(h);
    for (const QStringList &r : cellRows) {
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(r[i]));
    }
    const auto line = [&](const QStringList &cells) -> QString {
        QStringList out;
        for (int i = 0; i < widths.size(); ++i)
            out << pad(i < cells.size() ? cells[i] : QString(), widths[i], rightAligned.contains(i));
        QString text = out.join(QStringLiteral("  "));
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QString text = line(headerCells);
    for (const QStringList &r : cellRows)
        text += line(r);
    return text;
}

} // namespace tierscope::app
