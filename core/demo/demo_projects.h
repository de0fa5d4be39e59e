// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

namespace tierscope::core {

class Workspace;

// Two sample shortlists and two sample campaigns with rosters and deliverables, drawn from the
// creators already in the workspace. One transaction.
Status writeDemoProjects(Workspace &workspace);

} // namespace tierscope::core
