// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/comparison_csv.h"

#include "core/io/csv_writer.h"

namespace tierscope::core {

Status ComparisonCsv::write(QIODevice *device, const QList<Creator> &creators,
                            const QList<ComparisonRow> &rows)
{
    CsvWriter csv(device);
    QStringList header {tr("Field"), tr("Better")};
    for (const Creator &c : creators)
        // No leading "@": the formula guard would prefix an apostrophe to it.
        header << c.handle + QStringLiteral(" (") + platformDisplayName(c.platform) + u')';
    csv.writeRecord(header);
    for (const ComparisonRow &row : rows) {
        QStringList record {row.label, ComparisonRow::ruleText(row.rule)};
        for (const ComparisonCell &cell : row.cells)
            record << (cell.best ? tr("%1 (best)").arg(cell.text) : cell.text);
        csv.writeRecord(record);
    }
    if (!csv.finish())
        return {Error::Code::Io, tr("The comparison could not be written: %1").arg(csv.errorString())};
    return {};
}

} // namespace tierscope::core
