// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demo_projects.h"

namespace tierscope::core {

Status writeDemoProjects(Workspace &)
{
    return {}; // filled in once shortlists and campaigns have repositories
}

} // namespace tierscope::core
