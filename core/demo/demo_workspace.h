// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <functional>

namespace tierscope::core {

class Workspace;

struct DemoOptions
{
    qint64 creators = 10'000;
    quint64 seed = 20261101;
    bool withProjects = true; // sample shortlists and campaigns
    // Called now and then with the creators written so far; return false to cancel.
    std::function<bool(qint64 written)> progress;
};

// Fills an empty workspace with a deterministic, realistic sample. All or nothing: cancelled or
// failed, the workspace is as before.
Status writeDemoWorkspace(Workspace &workspace, const DemoOptions &options);

} // namespace tierscope::core
