// SPDX-License-Identifier: GPL-3.0-or-later
// A handle with a right-to-left override or another invisible control character shows it as
// "<U+202E>" in the creators table and the detail pane: "@evil", U+202E, "gnp.exe" cannot pass
// for "@evilexe.png".
#include "ui/common/plain_text.h"
#include "ui/creators/creator_detail_pane.h"
#include "ui/creators/creator_text.h"

#include "core/domain/creator.h"
#include "core/domain/tier_scheme.h"

#include <QLabel>
#include <QtTest>

using namespace tierscope;
using namespace Qt::StringLiterals;

class TestHandleDisplay : public QObject
{
    Q_OBJECT

private slots:
    void handle_showsBidiAndControlCharactersVisibly_data()
    {
        QTest::addColumn<QString>("handle");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << u"anna.fit"_s << u"@anna.fit"_s;
        QTest::newRow("right-to-left override") << u"evil\u202Egnp.exe"_s
                                                << u"@evil<U+202E>gnp.exe"_s;
        QTest::newRow("isolate and mark") << u"a\u2067b\u200Fc"_s << u"@a<U+2067>b<U+200F>c"_s;
        QTest::newRow("ESC") << u"x\x1b[31m"_s << u"@x\\x1b[31m"_s;
    }
    void handle_showsBidiAndControlCharactersVisibly()
    {
        QFETCH(QString, handle);
        QFETCH(QString, shown);
        core::Creator c;
        c.id = 3;
        c.platform = core::Platform::Instagram;
        c.handle = handle;
        c.followers = 5'000;
        QCOMPARE(ui::CreatorText::cell(c, ui::CreatorColumn::Handle,
                                       core::TierScheme::defaults()),
                 shown);
        ui::CreatorDetailPane pane;
        pane.setCreator(&c, core::TierScheme::defaults());
        QStringList texts;
        for (const QLabel *label : pane.findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.contains(shown), qPrintable(texts.join(u" | "_s)));
        for (const QString &t : texts)
            QVERIFY2(!t.contains(u'\u202E') && !t.contains(u'\x1b'), qPrintable(t));
    }
};

QTEST_MAIN(TestHandleDisplay)
#include "tst_handle_display.moc"
