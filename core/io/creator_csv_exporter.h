// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/tier_scheme.h"
#include "core/storage/creator_filter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

class QIODevice;

namespace tierscope::core {

struct CsvExportOptions
{
    bool byteOrderMark = false; // UTF-8 BOM first, for spreadsheets that need it
    // Called after each page with the rows written so far; return false to cancel.
    std::function<bool(qint64 rows)> progress;
};

// Writes creators as RFC 4180 CSV (CsvWriter: UTF-8, CRLF, text guarded against formula
// injection) that CreatorImporter reads back to the same creators:
// - columns: fixedColumns() (the names HeaderMapper maps back to the same fields), then one per
//   extra-field key found among the exported creators, in key order;
// - numbers in full precision (the shortest decimal that reads back to the same double), rates
//   as fractions ("0.0421"), the follower count as an integer, dates as YYYY-MM-DD, the fee as
//   a plain decimal in its currency's units ("420.00") with the currency beside it;
// - the ER only when the source reported it; a computed ER is left empty, so the import
//   computes the identical value from the components again;
// - niches joined by ", " (a lone niche that holds ";", "|" or "/" gets a trailing "," so it is
//   not split on import); a handle that reads as "unknown" ("none", "n/a") is written "@none".
// What does not survive a round trip: spaces around text other than notes and extra fields
// (the import trims them), and country, language, email or profile URL values that are
// themselves unknown markers ("N/A"). Ids, times and shortlists are not part of the file.
// Creators are read a page at a time (keyset paging), so memory stays bounded.
class CreatorCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CreatorCsvExporter)
public:
    static QStringList fixedColumns();
    // The columns a shortlist export adds in front: position, verdict and note of each entry.
    // They are no creator fields, so an import keeps them as extra fields.
    static QStringList shortlistColumns();

    // The creators that match the filter, in the order they were added (by id). Returns how
    // many were written.
    static Result<qint64> exportCreators(const QSqlDatabase &db, const CreatorFilter &filter,
                                         const TierScheme &scheme, QIODevice *out,
                                         const CsvExportOptions &options = {});
    // A shortlist's creators in its order. NotFound for an unknown shortlist (nothing written).
    static Result<qint64> exportShortlist(const QSqlDatabase &db, qint64 shortlistId,
                                          QIODevice *out, const CsvExportOptions &options = {});
};

} // namespace tierscope::core
