// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/comparison_row.h"
#include "core/common/result.h"
#include "core/domain/creator.h"

#include <QCoreApplication>
#include <QList>

class QIODevice;

namespace tierscope::core {

// Writes the Compare view's table as CSV (CsvWriter: RFC 4180, UTF-8, formula guard): a header
// record "Field, Better, handle (platform)…", then one record per row with the cells as shown; the best
// cells carry " (best)" so the marking survives in a spreadsheet.
class ComparisonCsv
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonCsv)

public:
    static Status write(QIODevice *device, const QList<Creator> &creators,
                        const QList<ComparisonRow> &rows);
};

} // namespace tierscope::core
