// SPDX-License-Identifier: GPL-3.0-or-later
// What the verbs share: the --workspace option, opening it with a clear message, filters.
#pragma once

#include "core/storage/creator_filter.h"
#include "core/storage/workspace.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace tierscope::app {

// Parses a verb's arguments; prints the error (and returns false) on bad usage.
bool parseVerbArguments(QCommandLineParser &parser, const QString &verb, const QStringList &args);

void addWorkspaceOption(QCommandLineParser &parser);
// Opens --workspace (or the default workspace); prints why not and returns null on failure.
std::unique_ptr<core::Workspace> openWorkspace(const QCommandLineParser &parser,
                                               core::Workspace::Mode mode);

void addFilterOptions(QCommandLineParser &parser);
// The filter the options describe; prints the problem and returns nothing on a bad value.
std::optional<core::CreatorFilter> filterFromOptions(const QCommandLineParser &parser);

// core's value parsers (value_parser.h), with unknown ("", "N/A") as no value:
// "1.2k" → 1200, "3M" → 3000000, "15,000" → 15000.
std::optional<double> parseAmount(const QString &text);
// A share between 0 and 100 %: "5%" → 0.05, "0.05" → 0.05, "5" → 0.05 (above 1 reads as percent).
std::optional<double> parseRate(const QString &text);

} // namespace tierscope::app
