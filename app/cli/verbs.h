// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line verbs: thin callers of core. Each gets its arguments after the verb name.
#pragma once

#include <QStringList>

class QCommandLineParser;

namespace tierscope::app {

int runCampaign(const QStringList &args);  // campaign show NAME|ID, campaign import-results …
// campaign import-results NAME|ID FILE.csv (positional: the sub-command, campaign and file)
int runCampaignImportResults(const QCommandLineParser &parser, const QStringList &positional);
int runCampaigns(const QStringList &args);
int runDemo(const QStringList &args);
int runExportCsv(const QStringList &args);
int runExportPdf(const QStringList &args);
int runImport(const QStringList &args);
int runList(const QStringList &args);
int runBackup(const QStringList &args);
int runRestore(const QStringList &args); // restore BACKUP
int runStats(const QStringList &args);

} // namespace tierscope::app
