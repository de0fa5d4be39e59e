// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/creator.h"
#include "core/io/column_conventions.h"
#include "core/io/header_mapping.h"
#include "core/io/import_report.h"
#include "core/io/value_parser.h"

#include <QCoreApplication>

#include <array>

namespace tierscope::core {

class CsvRecord;

// Turns one CSV record into a Creator through a header mapping, validating every value. A row is
// refused, with its line, the column and the reason, when:
// - it has fewer fields than the header (a line break or delimiter that was not quoted), or more
//   fields that are not empty;
// - the handle is missing (neither the handle column nor the profile URL gives one);
// - no platform is known (platform column, profile URL or ImportOptions::platform), or the
//   platform column names one Tierscope does not know;
// - the follower count is negative or not a whole number (an empty or "N/A" count is unknown,
//   as any other metric);
// - a number, rate, amount or date does not parse (value_parser.h), a rate is above 100 %, or
//   likes + comments + shares add up to more than the followers (ER above 100 %);
// - the fee names another currency than the currency column, or no valid one.
//
// How values are read:
// - Numbers, rates, amounts and dates accept human formats (value_parser.h); "N/A", "NaN" and
//   empty cells are unknown. Rates without "%" and all-numeric dates are read per column for the
//   whole file (ColumnConventions).
// - Text is trimmed (notes and extra fields are kept as written). Country, language, email and
//   profile URL treat the unknown markers ("N/A", "-" …) as empty, except two-letter codes
//   ("NA" is Namibia); a two-letter country is upper-cased, a two-letter language lower-cased.
//   Display name, notes, source and extra fields keep whatever text they hold.
// - A text cell that an export guarded against formula injection ("'=…", see formula_guard.h)
//   loses that apostrophe again, so exported files import back exactly.
// - Niches: a cell with commas is split at commas only ("home/garden, diy"); otherwise at ";",
//   "|" and "/" ("fashion/beauty").
// - The handle is normalised (Creator::normaliseHandle); a profile URL gives one when the handle
//   cell is empty or unknown. The platform comes from the platform column, else the host of the
//   profile URL (or of a handle written as a URL), else ImportOptions::platform.
// - The ER is the reported one when the ER column has a value, else computed from the
//   components (Creator::applyEngagement).
class CreatorRowReader
{
    Q_DECLARE_TR_FUNCTIONS(CreatorRowReader)
public:
    CreatorRowReader(HeaderMapping mapping, const ImportOptions &options);

    // Whether the mapping can import anything: it needs a handle (or profile URL) and a
    // followers column. The error says what to do.
    static Status checkMapping(const HeaderMapping &mapping);

    // Learns how rates and dates are written from a record that is not imported (a sample).
    void observe(const CsvRecord &record);
    // The creator of a record, or nothing with the reason in *rejection.
    std::optional<Creator> read(const CsvRecord &record, RejectedRow *rejection);
    // True once a record taught something that changes how an earlier record was read (see
    // ColumnConventions): the import must start over; startOver() then begins a new pass.
    bool mustStartOver() const { return m_mustStartOver; }
    void startOver();
    // What was learned about the file's rates and dates, as sentences for the report.
    QStringList conventionNotes() const;

    // The creators columns this mapping provides: what an update of an existing creator
    // overwrites (BulkCreatorWriter's updateColumns). "engagement_rate" is listed when the file
    // has an ER column; the writer recomputes the effective ER from the merged values.
    QStringList updateColumns() const;

private:
    static constexpr int kFieldCount = int(CreatorField::Ignore) + 1;

    qsizetype columnOf(CreatorField f) const { return m_columns[size_t(f)]; }
    bool has(CreatorField f) const { return columnOf(f) >= 0; }
    QStringView cell(const CsvRecord &record, CreatorField f) const;
    QString textOf(const CsvRecord &record, CreatorField f, bool unknownIsEmpty) const;
    bool fail(RejectedRow *r, qint64 line, CreatorField field, const QString &reason) const;
    bool checkShape(const CsvRecord &record, RejectedRow *rejection) const;
    std::optional<Platform> platformOf(const CsvRecord &record, QStringView handleCell,
                                       QStringView url, RejectedRow *rejection);
    QString headerOf(CreatorField field) const { return m_mapping.header(columnOf(field)); }

    HeaderMapping m_mapping;
    const ImportOptions &m_options;
    std::array<qsizetype, kFieldCount> m_columns; // field → column, -1 when not mapped
    QList<qsizetype> m_extraColumns;
    ColumnConventions m_conventions;
    bool m_mustStartOver = false;
    QString m_lastPlatformText; // the platform cell repeats: parse each spelling once
    std::optional<Platform> m_lastPlatform;
};

} // namespace tierscope::core
