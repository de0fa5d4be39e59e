// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/creator.h"
#include "core/io/header_mapping.h"
#include "core/io/import_report.h"
#include "core/io/value_parser.h"

#include <QCoreApplication>
#include <QHash>

namespace tierscope::core {

class CsvRecord;

// Turns one CSV record into a Creator through a header mapping, validating every value:
// negative or non-numeric followers, ER above 100 %, a missing handle or platform reject the row
// with the line, the column and the reason.
class CreatorRowReader
{
    Q_DECLARE_TR_FUNCTIONS(CreatorRowReader)
public:
    CreatorRowReader(HeaderMapping mapping, const ImportOptions &options);

    // Whether the mapping can import anything: it needs a handle (or profile URL) and a
    // followers column. The error says what to do.
    static Status checkMapping(const HeaderMapping &mapping);

    // Rates without "%" are read per column: if any sampled value of a column is above 1, the
    // whole column is in percent ("1.39" = 1.39 %), else in fractions ("0.0139"). Call with the
    // first records before reading; columns never sampled read each value on its own.
    void learnScales(const QList<QStringList> &sampleRecords);

    std::optional<Creator> read(const CsvRecord &record, RejectedRow *rejection) const;

    // The creators columns this mapping fills: what an update of an existing creator overwrites.
    QStringList updateColumns() const;

private:
    bool fail(RejectedRow *r, qint64 line, CreatorField field, const QString &reason) const;
    QString headerOf(CreatorField field) const;
    RatioScale scaleOf(CreatorField field) const { return m_scales.value(field, RatioScale::Auto); }

    HeaderMapping m_mapping;
    const ImportOptions &m_options;
    QHash<CreatorField, qsizetype> m_columns; // field → column
    QHash<CreatorField, RatioScale> m_scales;
    QList<qsizetype> m_extraColumns;
};

} // namespace tierscope::core
