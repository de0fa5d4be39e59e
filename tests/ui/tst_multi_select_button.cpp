// SPDX-License-Identifier: GPL-3.0-or-later
// MultiSelectButton: the button says the labels of the checked choices (or, for short codes,
// their values) while selected() gives the values the caller stores.
#include "ui/common/multi_select_button.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace tierscope;

class TestMultiSelectButton : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void labels_areShownAndValuesKept()
    {
        ui::MultiSelectButton b(QStringLiteral("Any tier"));
        b.setChoices({{QStringLiteral("nano"), QStringLiteral("Nano")},
                      {QStringLiteral("micro"), QStringLiteral("Micro")}});
        QCOMPARE(b.text(), QStringLiteral("Any tier"));
        QCOMPARE(b.toolTip(), QString());
        QSignalSpy changed(&b, &ui::MultiSelectButton::selectionChanged);
        b.menu()->actions().at(1)->trigger();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(b.text(), QStringLiteral("Micro"));
        QCOMPARE(b.selected(), QStringList {QStringLiteral("micro")});
        QCOMPARE(b.selectedLabels(), QStringList {QStringLiteral("Micro")});
        // New choices keep what is still offered, with its label.
        b.setChoices({{QStringLiteral("micro"), QStringLiteral("Mikro")}});
        QCOMPARE(b.text(), QStringLiteral("Mikro"));
        // A value not offered is added under its own name.
        b.setSelected({QStringLiteral("micro"), QStringLiteral("giga")});
        QCOMPARE(b.text(), QStringLiteral("Mikro, giga"));
    }

    void ampersand_isTextNotAMnemonic()
    {
        ui::MultiSelectButton b(QStringLiteral("Any niche"));
        b.setChoices({{QStringLiteral("food"), QStringLiteral("Food & Drink")}});
        QCOMPARE(b.menu()->actions().at(0)->text(), QStringLiteral("Food && Drink"));
        b.setSelected({QStringLiteral("food")});
        QCOMPARE(b.text(), QStringLiteral("Food && Drink"));
        QCOMPARE(b.toolTip(), QStringLiteral("Food & Drink"));
        QCOMPARE(b.selectedLabels(), QStringList {QStringLiteral("Food & Drink")});
    }

    void valuesSummary_showsCodesAndNamesInTheTooltip()
    {
        ui::MultiSelectButton b(QStringLiteral("Any country"));
        b.setSummary(ui::MultiSelectButton::Summary::Values);
        b.setChoices({{QStringLiteral("US"), QStringLiteral("US — United States")},
                      {QStringLiteral("GB"), QStringLiteral("GB — United Kingdom")}});
        b.setSelected({QStringLiteral("US"), QStringLiteral("GB")});
        QCOMPARE(b.text(), QStringLiteral("US, GB"));
        QCOMPARE(b.toolTip(), QStringLiteral("US — United States, GB — United Kingdom"));
    }
};

QTEST_MAIN(TestMultiSelectButton)
#include "tst_multi_select_button.moc"
