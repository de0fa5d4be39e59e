// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/import_report.h"

#include <QString>

namespace tierscope::ui {

// What the creator import's progress dialog shows. The file is read twice
// (ImportProgress::Phase): the pass that learns how it writes its numbers fills the first
// quarter of the bar, the import the rest, so the bar never runs backwards when the rows start
// again from 0.
class ImportProgressText
{
public:
    static constexpr int kSteps = 1000;

    // The bar's value for a report, never below `previous` (unknown sizes keep it).
    static int barValue(const core::ImportProgress &progress, int previous);
    static QString label(const core::ImportProgress &progress, const QString &fileName);
};

} // namespace tierscope::ui
