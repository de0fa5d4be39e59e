// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tierscope::app {

// True when the first argument names a verb, or asks for --version / --help.
bool isCommandLineInvocation(int argc, char *argv[]);
int runCommandLine(int argc, char *argv[]);

} // namespace tierscope::app
