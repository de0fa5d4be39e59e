// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the GUI, or runs one command-line verb when one is given.
#include "app/cli/cli.h"
#include "app/gui/gui.h"

int main(int argc, char *argv[])
{
    if (tierscope::app::isCommandLineInvocation(argc, argv))
        return tierscope::app::runCommandLine(argc, argv);
    return tierscope::app::runGui(argc, argv);
}
