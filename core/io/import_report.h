// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/platform.h"
#include "core/io/header_mapping.h"
#include "core/io/text_decoder.h"
#include "core/storage/bulk_creator_writer.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tierscope::core {

struct RejectedRow
{
    qint64 line = 0;  // 1-based physical line where the record starts
    QString column;   // the header of the offending column; empty for the whole row
    QString reason;

    QString toString() const; // "line 12, column Followers: “-5” is negative"
    bool operator==(const RejectedRow &) const = default;
};

struct ImportProgress
{
    qint64 rows = 0;
    qint64 bytesRead = 0;
    qint64 totalBytes = -1; // unknown for a pipe
};

struct ImportOptions
{
    std::optional<Platform> platform; // for rows whose platform nothing else tells
    BulkCreatorWriter::OnDuplicate onDuplicate = BulkCreatorWriter::OnDuplicate::Update;
    std::optional<HeaderMapping> mapping; // the user's; else detected from the header
    TextEncoding encoding = TextEncoding::Auto;
    char delimiter = 0;          // 0: sniffed among ',' ';' and tab
    QString defaultCurrency = QStringLiteral("USD"); // for fees that name none
    QString source;              // stored as each creator's source; default: the file name
    bool dryRun = false;         // validate and count, write nothing
    // Called every 4,096 rows and once when every row is in (before the indexes are rebuilt);
    // return false to cancel (the workspace stays as before). When the import has to start over
    // (see CreatorRowReader::mustStartOver) the row count starts again from 0.
    std::function<bool(const ImportProgress &)> progress;
    // Called for every rejected row, in file order (the report keeps only the first
    // ImportReport::kMaxKeptRejections). pass is 1 for the first pass over the file; when the
    // import starts over, the rows come again with pass 2 …: drop what earlier passes gave.
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
    qint64 skipped = 0;  // duplicates left alone (OnDuplicate::Skip)
    qint64 rejected = 0;
    QList<RejectedRow> rejectedRows; // the first kMaxKeptRejections, in file order
    // Encoding guesses, columns kept as extra fields, how rates and dates were read …
    QStringList warnings;
    HeaderMapping mapping;
    QString encoding;
    QString delimiter;
    bool dryRun = false;

    static constexpr qsizetype kMaxKeptRejections = 100'000;
};

} // namespace tierscope::core
