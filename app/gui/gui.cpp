// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/gui.h"

#include "app/cli/locale_setup.h"

#include "core/storage/workspace.h"
#include "ui/common/app_settings.h"
#include "ui/main/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

namespace tierscope::app {

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tierscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tierscope"));
    QApplication::setApplicationVersion(QStringLiteral(TIERSCOPE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("tierscope"));
    applyDefaultLocale();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("The workspace file to open."),
                      QStringLiteral("PATH")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A .tierscope workspace."));
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

    ui::MainWindow window(&settings);
    window.show();
    window.openWorkspace(path);
    return app.exec();
}

} // namespace tierscope::app
