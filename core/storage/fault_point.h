// SPDX-License-Identifier: GPL-3.0-or-later
// Named points in long file operations (a backup, a restore, creating a workspace) where the
// fault tests stop a process, so that a kill -9 or a second process lands at a known moment
// instead of after a guessed delay.
#pragma once

namespace tierscope::core {

// Does nothing unless TIERSCOPE_FAULT_PAUSE names this point. Then it creates
// "$TIERSCOPE_FAULT_DIR/<name>.reached.<pid>-<n>" (n counts arrivals) and waits until "$TIERSCOPE_FAULT_DIR/<name>.go"
// exists (at most two minutes), so a test can kill the process or start another one meanwhile.
void faultPoint(const char *name);

} // namespace tierscope::core
