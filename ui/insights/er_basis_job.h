// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/engagement.h"

#include <QCoreApplication>

class QWidget;

namespace tierscope::core {
class Workspace;
}

namespace tierscope::ui {

// Changes the workspace's ER basis (core::SettingsRepository::setErBases: the setting and the
// recomputed rates in one transaction) on a worker thread with its own connection
// (BackgroundReader), and waits for it with the window still painting: seconds at a million
// creators. A short recompute shows nothing; a longer one shows a modal progress dialog, with
// Cancel when `cancellable`. User input waits until the dialog shows, so no other edit can start
// in between. Core notifies the workspace's models as for any write.
class ErBasisJob
{
    Q_DECLARE_TR_FUNCTIONS(ErBasisJob)

public:
    static constexpr int kShowAfterMs = 400;

    static core::Status run(core::Workspace &workspace, const core::ErBases &bases,
                            QWidget *parent, bool cancellable);
};

} // namespace tierscope::ui
