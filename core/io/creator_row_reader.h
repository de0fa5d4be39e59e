// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/creator.h"
#include "core/io/column_survey.h"
#include "core/io/header_mapping.h"
#include "core/io/import_report.h"
#include "core/io/value_parser.h"

#include <QCoreApplication>

#include <array>

namespace tierscope::core {

class CsvRecord;

// Turns one CSV record into a Creator through a header mapping, validating every value
// (docs/IMPORT.md). Only a row that cannot be a creator is refused, with its line, the column
// and the reason:
// - it has fewer fields than the header (a line break or delimiter that was not quoted), or more
//   fields that are not empty;
// - the handle is missing (neither the handle column nor the profile URL gives one);
// - no platform is known (platform column, profile URL or ImportOptions::platform), or the
//   platform column names one Tierscope does not know.
// A bad cell costs only its field: a number, rate, amount or date that does not parse
// (value_parser.h), a count above its plausible bound (metric_limits.h), a fee in another currency
// than the currency column: the creator is read with that field unknown and the cell is listed
// in *cellIssues (line, column, value, reason). Missing-value markers ("N/A", "NaN%", "#DIV/0!",
// "-" …) are unknown, not errors, and tallied per column (unknownTallies()).
//
// How values are read:
// - Numbers, rates, amounts and dates accept human formats (value_parser.h) with each column's
//   decimal mark, rate scale and date order as the whole file shows them (ColumnSurvey,
//   setSurvey()).
// - Engagement above the followers is real on video platforms: such a creator is read as it is,
//   with its ER on the workspace's basis (Creator::applyEngagement) and flagged.
// - Text is trimmed (notes and extra fields are kept as written). Country, language, email and
//   profile URL treat the unknown markers ("N/A", "-" …) as empty, except two-letter codes
//   ("NA" is Namibia); a two-letter country is upper-cased, a two-letter language lower-cased.
//   Display name, notes, source and extra fields keep whatever text they hold.
// - A text cell that an export guarded against formula injection ("'=…", see formula_guard.h)
//   loses that apostrophe again, so exported files import back exactly.
// - Niches: a cell with commas is split at commas only ("home/garden, diy"); otherwise at ";",
//   "|" and "/" ("fashion/beauty").
// - The handle is normalised (Creator::normaliseHandle); a profile URL gives one when the handle
//   cell is empty or unknown. A handle cell with spaces is a name, not a handle ("Anna Fit"): it
//   becomes the display name when there is none, and the handle is made from it by the stated
//   rule: lower case, spaces removed (@annafit); the import reports how many were made so.
// - The platform comes from the platform column, else the host of the profile URL (or of a
//   handle written as a URL), else ImportOptions::platform.
// - The ER is the reported one when the ER column has a value, else computed from the
//   components.
class CreatorRowReader
{
    Q_DECLARE_TR_FUNCTIONS(CreatorRowReader)
public:
    CreatorRowReader(HeaderMapping mapping, const ImportOptions &options);

    // Whether the mapping can import anything: it needs a handle (or profile URL) and a
    // followers column. The error says what to do.
    static Status checkMapping(const HeaderMapping &mapping);
    // Whether rows can have a platform at all: a platform column, a profile URL column, or the
    // options' platform. Else one error for the whole file (Error::Code::NeedsChoice) instead of
    // a rejection per row.
    static Status checkPlatform(const HeaderMapping &mapping, const ImportOptions &options);

    // The columns to survey and how (ColumnSurvey::addColumn for each mapped value column).
    void describeColumns(ColumnSurvey &survey) const;
    // The whole file's readings; before it, each value is read by its own shape.
    void setSurvey(const ColumnSurvey *survey) { m_survey = survey; }

    // The creator of a record, or nothing with the reason in *rejection. Cells that lost their
    // field are appended to *cellIssues.
    std::optional<Creator> read(const CsvRecord &record, RejectedRow *rejection,
                                QList<RejectedRow> *cellIssues);
    // (platform, handle) of a record, as read() gives them; nothing when it has none. Cheap: no
    // metric is read.
    std::optional<std::pair<Platform, QString>> identify(const CsvRecord &record);

    // Cells read as unknown because they held a missing-value marker, per column in file order.
    QList<UnknownTally> unknownTallies() const;
    // Handles made from names with spaces (see above): how many, and the first example.
    qint64 handlesMadeFromNames() const { return m_handlesFromNames; }
    QString handleFromNameExample() const { return m_handleFromNameExample; }
    void resetCounts();

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
    QString handleOf(QStringView handleCell, QStringView url, QString *nameFromHandle) const;
    QString headerOf(CreatorField field) const { return m_mapping.header(columnOf(field)); }
    DecimalMark markOf(const CsvRecord &record, CreatorField f) const;
    RatioScale scaleOf(CreatorField f) const;
    // A metric cell: true when it holds a value to parse; false when empty or a missing-value
    // marker (tallied).
    bool hasValue(const CsvRecord &record, CreatorField f);

    HeaderMapping m_mapping;
    const ImportOptions &m_options;
    const ColumnSurvey *m_survey = nullptr;
    std::array<qsizetype, kFieldCount> m_columns; // field → column, -1 when not mapped
    QList<qsizetype> m_extraColumns;
    QString m_lastPlatformText; // the platform cell repeats: parse each spelling once
    std::optional<Platform> m_lastPlatform;
    struct Tally
    {
        qint64 count = 0;
        QStringList tokens;
    };
    std::array<Tally, kFieldCount> m_unknown;
    qint64 m_handlesFromNames = 0;
    QString m_handleFromNameExample;
};

} // namespace tierscope::core
