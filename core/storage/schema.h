// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace schema as ordered migration steps. Version N is reached by running steps 1…N.
#pragma once

#include <QString>
#include <QStringList>

namespace tierscope::core::schema {

// PRAGMA application_id of a Tierscope workspace ("TSCP"): tells our files from other SQLite files.
constexpr int kApplicationId = 0x54534350;

int currentVersion();

// Statements that take a database from version - 1 to version (1-based).
QStringList migrationStep(int version);

// Secondary indexes on creators, dropped and rebuilt around bulk loads. Each entry creates one index.
QStringList creatorIndexStatements();
QStringList creatorIndexNames();

// Triggers that keep the full-text index in step with creators.
QStringList creatorFtsTriggerStatements();
QStringList creatorFtsTriggerNames();

} // namespace tierscope::core::schema
