// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation is embedded and complete enough to reach the main window; Qt's own
// strings come in German with it; numbers follow the chosen language.
#include "ui/appearance/language.h"
#include "ui/common/app_settings.h"
#include "ui/help/user_guide_dialog.h"
#include "ui/main/main_window.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tierscope;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void bothTranslationsAreEmbedded()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/tierscope/translations/tierscope_de.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/tierscope/translations/tierscope_en.qm")));
        QCOMPARE(ui::availableLanguages(),
                 (QStringList {QStringLiteral("en"), QStringLiteral("de")}));
        QCOMPARE(ui::nativeLanguageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    }

    // Last: the translators stay installed for the rest of the process.
    void german_translatesTheMainWindowAndQt()
    {
        QCOMPARE(ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("de")),
                 QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));

        QTemporaryDir dir;
        ui::AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        ui::MainWindow w(&settings);
        QStringList menus;
        for (QAction *m : w.menuBar()->actions())
            menus << m->text().remove(u'&');
        QCOMPARE(menus.value(0), QStringLiteral("Datei"));
        QCOMPARE(menus.value(1), QStringLiteral("Bearbeiten"));
        QCOMPARE(menus.value(2), QStringLiteral("Ansicht"));
        QCOMPARE(menus.value(menus.size() - 1), QStringLiteral("Hilfe"));
        QCOMPARE(w.statusText(), QStringLiteral("Kein Arbeitsbereich geöffnet"));

        // Qt's own strings (qtbase_de) are loaded with it.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
        // And the user guide comes in German.
        QCOMPARE(ui::UserGuideDialog::guideUrl(),
                 QUrl(QStringLiteral("qrc:/tierscope/help/user-guide.de.html")));
    }

    // Column titles with a soft hyphen (where they may break in the PDF) are translated too.
    void german_translatesTitlesWithSoftHyphens()
    {
        QCOMPARE(ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("de")),
                 QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("CampaignPlanReport", "Exp. engage\u00adments"),
                 QStringLiteral("Erw. Enga\u00adgements"));
        QCOMPARE(QCoreApplication::translate("CampaignPlanReport", "Deliver\u00adables"),
                 QStringLiteral("Deliver\u00adables"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
