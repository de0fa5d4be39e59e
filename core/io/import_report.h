// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/platform.h"
#include "core/io/header_mapping.h"
#include "core/io/human_number.h"
#include "core/io/text_decoder.h"
#include "core/storage/bulk_creator_writer.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

#include <functional>
#include <optional>

namespace tierscope::core {

struct RejectedRow
{
    qint64 line = 0; // 1-based physical line where the record starts
    QString column; // the header of the offending column; empty for the whole row
    QString reason;

    QString toString() const; // "line 12, column Followers: “-5” is negative"
    bool operator==(const RejectedRow &) const = default;
};

// Missing-value markers read as unknown in one column: how many, and which spellings.
struct UnknownTally
{
    QString column;
    qint64 count = 0;
    QStringList tokens; // the distinct markers seen, at most a few, in file order

    QString toString() const; // "60 values of column X read as unknown: NaN%, N/A"
    bool operator==(const UnknownTally &) const = default;
};

// A creator that appears again later in the same file: the later row updates the earlier one
// (or is skipped, with OnDuplicate::Skip).
struct RepeatedRow
{
    qint64 line = 0;
    qint64 earlierLine = 0; // 0 when not known
    QString handle;
    bool operator==(const RepeatedRow &) const = default;
};

struct ImportProgress
{
    qint64 rows = 0;
    qint64 bytesRead = 0;
    qint64 totalBytes = -1; // unknown for a pipe
    // A creator import reads the file twice: first to learn how its columns write numbers,
    // rates and dates (ColumnSurvey), then to import.
    enum class Phase { Surveying, Importing } phase = Phase::Importing;
};

struct ImportOptions
{
    std::optional<Platform> platform; // for rows whose platform nothing else tells
    BulkCreatorWriter::OnDuplicate onDuplicate = BulkCreatorWriter::OnDuplicate::Update;
    std::optional<HeaderMapping> mapping; // the user's; else detected from the header
    TextEncoding encoding = TextEncoding::Auto;
    char delimiter = 0; // 0: sniffed among ',' ';' and tab
    QString defaultCurrency = QStringLiteral("USD"); // for fees that name none
    // How numbers are written where the file's columns do not tell (ColumnSurvey): the user's
    // reading per column (by header) and for the whole file; Auto: not chosen, the locale
    // decides and the column is reported as ambiguous.
    QHash<QString, DecimalMark> columnDecimalMarks;
    DecimalMark decimalMark = DecimalMark::Auto;
    QLocale locale;
    ErBases erBases; // the workspace's (SettingsRepository::erBases)
    QString source; // stored as each creator's source; default: the file name
    bool dryRun = false; // validate and count, write nothing
    // Called every 4,096 rows of each phase and once when every row is in (before the indexes
    // are rebuilt); return false to cancel (the workspace stays as before).
    std::function<bool(const ImportProgress &)> progress;
    // Called for every rejected row, in file order (the report keeps only the first
    // ImportReport::kMaxKeptRejections). pass is always 1 (kept for callers that drop rows of
    // an earlier pass).
    std::function<void(int pass, const RejectedRow &)> rejected;
};

// Every data record is counted once in inserted, updated, skipped or rejected. A creator that
// appears twice in the file counts as inserted, then as updated (or skipped): later rows update
// earlier ones, as they update creators already in the workspace.
struct ImportReport
{
    qint64 rowsRead = 0; // data records, blank lines not counted
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 skipped = 0; // duplicates left alone (OnDuplicate::Skip)
    qint64 rejected = 0;
    QList<RejectedRow> rejectedRows; // the first kMaxKeptRejections, in file order
    // Cells that lost their field (the creator landed without it), the first
    // kMaxKeptRejections in file order; cellIssueCount counts them all.
    qint64 cellIssueCount = 0;
    QList<RejectedRow> cellIssues;
    QList<UnknownTally> unknownValues;
    qint64 repeatedInFile = 0;
    QList<RepeatedRow> repeatedRows; // the first kMaxKeptRejections
    // Creators whose interactions are above their followers (QualityFlag), kept and flagged.
    qint64 engagementAboveFollowers = 0;
    // How each column's numbers, rates and dates were read, and the columns whose decimal mark
    // the file did not decide (read by the file's choice or the locale: the CLI names them).
    QStringList readings;
    QStringList ambiguousColumns;
    // Encoding guesses, columns kept as extra fields, how rates and dates were read …
    QStringList warnings;
    HeaderMapping mapping;
    QString encoding;
    QString delimiter;
    bool dryRun = false;

    static constexpr qsizetype kMaxKeptRejections = 100'000;
};

} // namespace tierscope::core
