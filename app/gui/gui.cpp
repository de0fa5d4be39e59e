// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/gui.h"

#include "app/cli/locale_setup.h"

#include "core/storage/workspace.h"
#include "ui/appearance/language.h"
#include "ui/appearance/theme.h"
#include "ui/common/action_icons.h"
#include "ui/common/app_settings.h"
#include "ui/main/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

namespace tierscope::app {

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tierscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tierscope"));
    QApplication::setApplicationVersion(QStringLiteral(TIERSCOPE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("tierscope"));
    applyDefaultLocale();
    // One application id for the desktop entry, the icons and the window's icon (Wayland).
    QApplication::setDesktopFileName(QStringLiteral("org.tierscope.Tierscope"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("org.tierscope.Tierscope"),
        QIcon(QStringLiteral(":/tierscope/icons/app/org.tierscope.Tierscope.svg"))));
    ui::installIconFallback();
    {
        const ui::AppSettings appearance;
        ui::installTranslations(app, appearance.value(ui::settings::uiLanguage));
        ui::applyTheme(ui::themeFromKey(appearance.value(ui::settings::uiTheme)));
    }

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("workspace"),
                      QCoreApplication::translate("Gui", "The workspace file to open."),
                      QCoreApplication::translate("Gui", "PATH")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("Gui", "A .tierscope workspace."));
    parser.process(app);

    // A workspace named on the command line, else the last one used, else the default one.
    ui::AppSettings settings;
    QString path = core::Workspace::defaultPath();
    const QStringList recent = settings.value(ui::settings::recentWorkspaces);
    if (parser.isSet(QStringLiteral("workspace")))
        path = parser.value(QStringLiteral("workspace"));
    else if (!parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    else if (!recent.isEmpty() && QFileInfo::exists(recent.constFirst()))
        path = recent.constFirst();

    // A path the user named is created when new, but never again when it existed and vanished
    // (its backups lie beside it); the default workspace is simply created.
    const bool named = path != core::Workspace::defaultPath();
    ui::MainWindow window(&settings);
    window.show();
    window.openWorkspace(path, named ? core::Workspace::Missing::CreateUnlessLost
                                     : core::Workspace::Missing::Create);
    return app.exec();
}

} // namespace tierscope::app
