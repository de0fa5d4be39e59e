// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the ui tests: temporary workspaces with known or generated creators.
#pragma once

#include "core/domain/creator.h"
#include "core/storage/workspace.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace tierscope::test {

// A creator with the fields the tests look at.
core::Creator makeCreator(const QString &handle, core::Platform platform, qint64 followers,
                          std::optional<double> er, const QString &country,
                          const QStringList &niches = {}, std::optional<qint64> feeMinor = {});

// Opens (creating) a workspace in the directory; fails the calling test when it cannot.
std::unique_ptr<core::Workspace> openWorkspace(const QTemporaryDir &dir,
                                               const QString &name = QStringLiteral("test"));

// Twelve hand-made creators (see the .cpp for the table the tests count on); @anna.fit's ER
// is reported by the source, the others' are computed. Returns their ids by handle.
QHash<QString, qint64> addKnownCreators(core::Workspace &workspace);

// Writes data to name in dir and returns the path; fails the calling test when it cannot.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data);

// n generated creators (the demo generator, without shortlists and campaigns).
void addGeneratedCreators(core::Workspace &workspace, qint64 n);

} // namespace tierscope::test
