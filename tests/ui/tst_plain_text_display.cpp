// SPDX-License-Identifier: GPL-3.0-or-later
// Text from a workspace or an imported file reaches labels and tooltips as written: a handle
// "<b>x</b>" shows those eight characters, never a bold x (nor an <img> that loads a file).
#include "ui/common/plain_text.h"
#include "ui/creators/creator_detail_pane.h"

#include "core/domain/creator.h"
#include "core/domain/tier_scheme.h"

#include <QLabel>
#include <QTextDocument>
#include <QtTest>

using namespace tierscope;
using namespace Qt::StringLiterals;

namespace {

// What a tooltip shows: Qt renders text that might be rich text as HTML.
QString shownToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument doc;
    doc.setHtml(tip);
    return doc.toPlainText();
}

// What a label shows.
QString shownText(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText
                      || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich)
        return label->text();
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

} // namespace

class TestPlainTextDisplay : public QObject
{
    Q_OBJECT

private slots:
    void plainToolTip_showsTextLiterally_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"fitness, travel"_s;
        QTest::newRow("bold tag") << u"<b>x</b>"_s;
        QTest::newRow("image") << u"<img src=\"/etc/passwd\">"_s;
        QTest::newRow("entities") << u"&lt;b&gt; &amp; <i>"_s;
        QTest::newRow("lines") << u"<h1>one</h1>\ntwo  spaced"_s;
        QTest::newRow("doctype") << u"<!DOCTYPE html><html><body>hi</body></html>"_s;
    }
    void plainToolTip_showsTextLiterally()
    {
        QFETCH(QString, text);
        QCOMPARE(shownToolTip(ui::plainToolTip(text)), text);
    }

    void detailPane_showsMarkupInCreatorDataLiterally()
    {
        core::Creator c;
        c.id = 7;
        c.platform = core::Platform::TikTok;
        c.handle = u"<b>x</b>"_s;
        c.displayName = u"<i>Anna</i> <img src=\"x.png\">"_s;
        c.followers = 12'000;
        c.email = u"<u>a</u>@example.com"_s;
        c.source = u"<font color=red>list</font>.csv"_s;
        c.country = u"GB"_s;
        c.extra.insert(u"bio"_s, u"<h1>hello</h1>"_s);
        ui::CreatorDetailPane pane;
        pane.setCreator(&c, core::TierScheme::defaults());

        const QList<QLabel *> labels = pane.findChildren<QLabel *>();
        QStringList shown, tips;
        for (const QLabel *l : labels) {
            shown << shownText(l);
            if (!l->toolTip().isEmpty())
                tips << shownToolTip(l->toolTip());
        }
        QVERIFY2(shown.contains(u"@<b>x</b>"_s), qPrintable(shown.join(u" | "_s)));
        QVERIFY2(shown.contains(u"<i>Anna</i> <img src=\"x.png\">"_s), qPrintable(shown.join(u" | "_s)));
        QVERIFY(shown.contains(u"<u>a</u>@example.com"_s));
        QVERIFY(shown.contains(u"<font color=red>list</font>.csv"_s));
        QVERIFY(shown.contains(u"<h1>hello</h1>"_s));
        QVERIFY2(tips.contains(u"<u>a</u>@example.com"_s), qPrintable(tips.join(u" | "_s)));
        QVERIFY(tips.contains(u"<font color=red>list</font>.csv"_s));
        QVERIFY(tips.contains(u"<h1>hello</h1>"_s));
    }
};

QTEST_MAIN(TestPlainTextDisplay)
#include "tst_plain_text_display.moc"
