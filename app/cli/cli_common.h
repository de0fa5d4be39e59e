// SPDX-License-Identifier: GPL-3.0-or-later
// What the verbs share: strict argument parsing, the --workspace option, opening it with a
// clear message, filters, and the check of every output file.
#pragma once

#include "core/storage/creator_filter.h"
#include "core/storage/workspace.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace tierscope::app {

// Parses a verb's arguments; prints the error (and returns false) on bad usage: an unknown
// option, an option without its value, a positional argument the verb does not take (import
// and restore take one file, the others none; the first stray one is named, followed by
// strayHint), or a file option without a file name (checkPathOptions()). Every usage error is
// exit code 2 (ExitUsage).
bool parseVerbArguments(QCommandLineParser &parser, const QString &verb, const QStringList &args,
                        const QString &strayHint = {});
// The options that name a file (--workspace, -o/--output, --report, --mapping) must name one:
// not empty, and not a word that starts with "-" (an option taken as the value, as in
// "--workspace --asc"); "-" alone is standard output for -o and --report. Prints why not.
bool checkPathOptions(const QCommandLineParser &parser, const QString &verb);

void addWorkspaceOption(QCommandLineParser &parser);
// The workspace file --workspace names, or the default one.
QString workspacePath(const QCommandLineParser &parser);
// Opens --workspace (or the default workspace); prints why not and returns null on failure.
std::unique_ptr<core::Workspace> openWorkspace(const QCommandLineParser &parser,
                                               core::Workspace::Mode mode);

// Whether the verb may write its output file at path (core::OutputTarget: never the workspace
// or its side files, another database, one of the inputs, a folder, a device or a pipe). "-"
// (standard output) passes when allowStandardOutput. Prints why not; the caller exits 1.
bool checkOutputFile(const QCommandLineParser &parser, const QString &verb, const QString &path,
                     bool allowStandardOutput, const QStringList &inputs = {});

void addFilterOptions(QCommandLineParser &parser);
// The filter the options describe; prints the problem and returns nothing on a bad value.
// Bounds beyond any possible value keep their meaning (a minimum matches no one, a maximum
// everyone whose value is known); negative values, NaN and infinities are refused.
std::optional<core::CreatorFilter> filterFromOptions(const QCommandLineParser &parser);

// core's value parsers (value_parser.h), with unknown ("", "N/A") as no value:
// "1.2k" → 1200, "3M" → 3000000, "15,000" → 15000.
std::optional<double> parseAmount(const QString &text);
// A share between 0 and 100 %: "5%" → 0.05, "0.05" → 0.05, "5" → 0.05 (above 1 reads as percent).
std::optional<double> parseRate(const QString &text);

} // namespace tierscope::app
