// SPDX-License-Identifier: GPL-3.0-or-later
// escapeForTerminal(): what a name, handle or note looks like on a terminal.
#include "core/common/terminal_text.h"

#include <QTest>

using namespace tierscope::core;
using namespace Qt::StringLiterals;

class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void escape_showsControlAndBidiCharactersVisibly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::addRow("plain text unchanged") << u"Anna Fit · 安娜 🎉"_s << u"Anna Fit · 安娜 🎉"_s;
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("ESC colour sequence") << u"\x1b[31mred\x1b[0m"_s << u"\\x1b[31mred\\x1b[0m"_s;
        QTest::addRow("window title OSC with BEL") << u"\x1b]0;owned\x07"_s
                                                   << u"\\x1b]0;owned\\x07"_s;
        QTest::addRow("CR overwrites the line") << u"good\rbad"_s << u"good\\rbad"_s;
        QTest::addRow("LF fakes a row") << u"anna\n@evil  1,000,000"_s
                                        << u"anna\\n@evil  1,000,000"_s;
        QTest::addRow("tab") << u"a\tb"_s << u"a\\tb"_s;
        QTest::addRow("NUL and other C0") << QString(QChar(0)) + u"\x01\x1f"_s
                                          << u"\\x00\\x01\\x1f"_s;
        QTest::addRow("DEL") << u"a\x7f"_s << u"a\\x7f"_s;
        QTest::addRow("C1 CSI and NEL") << u"\u009b31m\u0085"_s << u"\\x9b31m\\x85"_s;
        QTest::addRow("right-to-left override") << u"evil\u202Egnp.exe"_s
                                                << u"evil<U+202E>gnp.exe"_s;
        QTest::addRow("every bidi control")
            << u"\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C"_s
            << u"<U+202A><U+202B><U+202C><U+202D><U+202E><U+2066><U+2067><U+2068><U+2069>"
               u"<U+200E><U+200F><U+061C>"_s;
        QTest::addRow("line and paragraph separators") << u"a\u2028b\u2029"_s
                                                       << u"a<U+2028>b<U+2029>"_s;
        QTest::addRow("backslashes stay") << u"C:\\x1b"_s << u"C:\\x1b"_s;
    }
    void escape_showsControlAndBidiCharactersVisibly()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(escapeForTerminal(text), shown);
        QCOMPARE(escapeForTerminal(escapeForTerminal(text)), shown); // a second pass adds nothing
    }

    void escape_keepingLineBreaksEscapesTheRest()
    {
        QCOMPARE(escapeForTerminal(u"one\ntwo\x1b[2J\r\n"_s, TerminalLineBreaks::Keep),
                 u"one\ntwo\\x1b[2J\\r\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminal_text.moc"
