// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli_application.h"

#include <QByteArray>
#include <QApplication>

namespace tierscope::app {

std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char *argv[])
{
    const bool needsFonts = argc > 1 && qstrcmp(argv[1], "export-pdf") == 0;
    if (!needsFonts)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace tierscope::app
