// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/deliverable.h"
#include "core/domain/platform.h"
#include "core/io/column_conventions.h"
#include "core/io/import_report.h"
#include "core/io/results_field.h"

#include <QCoreApplication>
#include <QDate>

#include <array>
#include <optional>

namespace tierscope::core {

class CsvRecord;

// One row of a results sheet: what names the deliverable, and the results it brings. Only the
// cells with a value are set; an empty or unknown cell ("", "N/A", "-") stays unknown here.
struct ResultsRow
{
    qint64 line = 0;
    std::optional<qint64> deliverableId;
    QString handle; // normalised (Creator::normaliseHandle); empty when the row names none
    std::optional<Platform> platform; // from the platform cell, else the host of the handle or URL
    std::optional<DeliverableKind> kind;
    QString url;
    QDate publishedOn;
    DeliverableActuals actuals; // revenue in the campaign currency

    bool hasResults() const { return !url.isEmpty() || publishedOn.isValid() || !actuals.isEmpty(); }
};

// Reads and validates one record of a results sheet through a ResultsMapping. A row is refused,
// with its line, column and reason, when it is shorter (or, with values, longer) than the header;
// a count is negative, fractional or not a number ("12.5k" is fine); the date does not parse;
// the platform or kind is not one Tierscope knows; or the revenue is in another currency than
// the campaign's. The revenue's currency is the one the cell names ("€1,200", "1200 EUR"), else
// the currency column's, else the one the column header names ("Revenue (€)"), else the
// campaign's. Dates written all in numbers are read per column (ColumnConventions): observe()
// every record first.
class ResultsRowReader
{
    Q_DECLARE_TR_FUNCTIONS(ResultsRowReader)
public:
    ResultsRowReader(ResultsMapping mapping, QString campaignCurrency);

    // Whether the mapping can find deliverables and bring results; the error says what to do.
    static Status checkMapping(const ResultsMapping &mapping);

    void observe(const CsvRecord &record);
    std::optional<ResultsRow> read(const CsvRecord &record, RejectedRow *rejection) const;
    QStringList conventionNotes() const;

    const ResultsMapping &mapping() const { return m_mapping; }
    QString headerOf(ResultsField field) const { return m_mapping.header(columnOf(field)); }

private:
    static constexpr int kFieldCount = int(ResultsField::Ignore) + 1;

    qsizetype columnOf(ResultsField f) const { return m_columns[size_t(f)]; }
    QStringView cell(const CsvRecord &record, ResultsField f) const;
    bool fail(RejectedRow *r, qint64 line, ResultsField field, const QString &reason) const;
    bool readCount(const CsvRecord &record, ResultsField field, std::optional<qint64> &out,
                   RejectedRow *rejection) const;
    bool readRevenue(const CsvRecord &record, ResultsRow &row, RejectedRow *rejection) const;

    ResultsMapping m_mapping;
    QString m_currency;
    QString m_headerCurrency; // named by the revenue column's header
    std::array<qsizetype, kFieldCount> m_columns; // field → column, -1 when not mapped
    ColumnConventions m_conventions;
};

} // namespace tierscope::core
