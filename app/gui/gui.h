// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tierscope::app {

// Starts the desktop app on the workspace named by --workspace PATH or a FILE.tierscope
// argument, else on the default workspace.
int runGui(int argc, char *argv[]);

} // namespace tierscope::app
