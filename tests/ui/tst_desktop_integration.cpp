// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop polish: Help › About names version, licence, Qt and SQLite; the shortcut overview
// reads the live actions; the user guide is embedded; light and dark themes keep the tier
// colours legible; action icons fall back to the app's SVGs; View › Theme is saved and applied.
#include "core/domain/tier.h"
#include "core/storage/sqlite_version.h"
#include "ui/appearance/theme.h"
#include "ui/common/action_icons.h"
#include "ui/common/app_settings.h"
#include "ui/common/palette_follower.h"
#include "ui/creators/tier_colors.h"
#include "ui/help/about_text.h"
#include "ui/help/shortcuts_dialog.h"
#include "ui/help/user_guide_dialog.h"
#include "ui/main/main_window.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <cmath>

using namespace tierscope;

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text().remove(u'&') == text)
            return a;
        if (a->menu())
            if (QAction *found = findAction(a->menu(), text))
                return found;
    }
    return nullptr;
}

QMenu *topMenu(QMainWindow &w, const QString &title)
{
    for (QAction *m : w.menuBar()->actions())
        if (m->text().remove(u'&') == title)
            return m->menu();
    return nullptr;
}

QString shortcutOf(const QTreeWidget *tree, const QString &action)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == action)
            return tree->topLevelItem(i)->text(1);
    return QStringLiteral("<missing>");
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        ui::installIconFallback();
    }

    void about_namesVersionLicenceQtAndSqlite()
    {
        const QString text = ui::aboutText();
        QVERIFY(text.contains(QStringLiteral("Tierscope 9.8.7")));
        QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+$"))
                    .match(core::sqliteVersion())
                    .hasMatch());
        QVERIFY(text.contains(QStringLiteral("SQLite ") + core::sqliteVersion()));
    }

    void helpMenu_offersGuideShortcutsAndAbout()
    {
        QTemporaryDir dir;
        ui::AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        ui::MainWindow w(&settings);
        QMenu *help = topMenu(w, QStringLiteral("Help"));
        QVERIFY(help);
        QAction *guide = findAction(help, QStringLiteral("User Guide"));
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QVERIFY(findAction(help, QStringLiteral("Keyboard Shortcuts")));
        QVERIFY(findAction(help, QStringLiteral("About Tierscope")));
        QVERIFY(!guide->icon().isNull());
    }

    void shortcuts_listTheLiveActionsAndFilter()
    {
        QTemporaryDir dir;
        ui::AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        ui::MainWindow w(&settings);
        ui::ShortcutsDialog dialog(&w);
        const QTreeWidget *tree = dialog.tree();
        // Standard keys differ per platform (offscreen binds no Quit): compare where bound.
        for (const auto &[action, key] :
             {std::pair {QStringLiteral("Quit"), QKeySequence::Quit},
              std::pair {QStringLiteral("Open Workspace"), QKeySequence::Open},
              std::pair {QStringLiteral("Find"), QKeySequence::Find},
              std::pair {QStringLiteral("User Guide"), QKeySequence::HelpContents}}) {
            const QList<QKeySequence> bound = QKeySequence::keyBindings(key);
            if (!bound.isEmpty())
                QCOMPARE(shortcutOf(tree, action).section(QStringLiteral(", "), 0, 0),
                         bound.constFirst().toString(QKeySequence::NativeText));
        }
        QCOMPARE(shortcutOf(tree, QStringLiteral("Creators")),
                 QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText));
        QCOMPARE(
            shortcutOf(tree, QStringLiteral("Keyboard Shortcuts")),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Slash).toString(QKeySequence::NativeText));

        auto *search = dialog.findChild<QLineEdit *>();
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("keyboard"));
        int visibleRows = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            if (!item->isHidden() && !item->text(1).isEmpty()) {
                ++visibleRows;
                QCOMPARE(item->text(0), QStringLiteral("Keyboard Shortcuts"));
            }
        }
        QCOMPARE(visibleRows, 1);
    }

    void userGuide_isEmbeddedAndShown()
    {
        QCOMPARE(ui::UserGuideDialog::guideUrl(),
                 QUrl(QStringLiteral("qrc:/tierscope/help/user-guide.html")));
        ui::UserGuideDialog dialog;
        QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("Tierscope user guide")));
        QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("engagement rate")));
    }

    void themes_switchPaletteAndKeepTierColoursLegible()
    {
        for (const ui::Theme theme : {ui::Theme::Dark, ui::Theme::Light}) {
            ui::applyTheme(theme);
            const bool dark = theme == ui::Theme::Dark;
            QCOMPARE(ui::isDarkPaletteActive(), dark);
            const QPalette palette = QApplication::palette();
            QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7.0);
            for (const auto tier : {core::Tier::Emerging, core::Tier::Nano, core::Tier::Micro,
                                    core::Tier::Macro, core::Tier::Mega}) {
                const auto c = ui::TierColors::of(tier, palette);
                QVERIFY2(contrast(c.text, c.fill) >= 4.5,
                         qPrintable(core::tierDisplayName(tier)
                                    + (dark ? QStringLiteral(" dark") : QStringLiteral(" light"))));
                QVERIFY2(
                    contrast(ui::TierColors::plot(tier, palette), palette.color(QPalette::Base))
                        >= 2.0,
                    qPrintable(core::tierDisplayName(tier)));
            }
        }
        ui::applyTheme(ui::Theme::System);
    }

    void themeSwitch_reappliesColoursTakenFromThePalette()
    {
        ui::applyTheme(ui::Theme::Light);
        QWidget window;
        auto *label = new QLabel(QStringLiteral("Over budget"), &window);
        QColor seen;
        const auto apply = [&] {
            QPalette p = label->palette();
            p.setColor(QPalette::WindowText, ui::isDarkPaletteActive() ? Qt::white : Qt::black);
            label->setPalette(p);
            seen = label->palette().color(QPalette::WindowText);
        };
        apply();
        ui::onPaletteChange(label, apply);
        window.show();
        ui::applyTheme(ui::Theme::Dark); // the palette reaches the widgets through the event loop
        QTRY_COMPARE(seen, QColor(Qt::white));
        QCOMPARE(label->palette().color(QPalette::WindowText), QColor(Qt::white));
        ui::applyTheme(ui::Theme::Light);
        QTRY_COMPARE(label->palette().color(QPalette::WindowText), QColor(Qt::black));
        ui::applyTheme(ui::Theme::System);
    }

    void themeMenu_savesAndAppliesTheChoice()
    {
        QTemporaryDir dir;
        ui::AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        ui::MainWindow w(&settings);
        QMenu *view = topMenu(w, QStringLiteral("View"));
        QVERIFY(view);
        QAction *dark = findAction(view, QStringLiteral("Dark"));
        QVERIFY(dark);
        dark->trigger();
        QCOMPARE(settings.value(ui::settings::uiTheme), QStringLiteral("dark"));
        QVERIFY(ui::isDarkPaletteActive());
        findAction(view, QStringLiteral("Light"))->trigger();
        QCOMPARE(settings.value(ui::settings::uiTheme), QStringLiteral("light"));
        QVERIFY(!ui::isDarkPaletteActive());
        ui::applyTheme(ui::Theme::System);
    }

    void actionIcons_fallBackToTheAppsSvgs()
    {
        for (const char *name : {"document-open", "edit-undo", "help-contents", "list-add"}) {
            QVERIFY2(!ui::themeIcon(name).pixmap(32).isNull(), name);
            // Plain QIcon::fromTheme calls in the views find them too.
            QVERIFY2(!QIcon::fromTheme(QString::fromLatin1(name)).pixmap(32).isNull(), name);
        }
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktop_integration.moc"
