// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/text_decoder.h"

namespace tierscope::core {

// How a CSV file is read. The limits keep memory bounded on hostile or broken input (a missing
// closing quote would otherwise swallow the rest of the file into one field).
struct CsvOptions
{
    char delimiter = 0; // 0: sniffed among ',' ';' and tab
    TextEncoding encoding = TextEncoding::Auto;
    qsizetype maxFieldBytes = 1024 * 1024;
    qsizetype maxColumns = 10'000;
    qsizetype maxRecordBytes = 16 * 1024 * 1024;
    // Lines that are empty, only whitespace or only delimiters (",,,," rows of spreadsheets)
    // are skipped; their line numbers still count.
    bool skipBlankRecords = true;
};

} // namespace tierscope::core
