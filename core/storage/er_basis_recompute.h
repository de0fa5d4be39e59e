// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/engagement.h"

#include <QSqlDatabase>

#include <functional>

namespace tierscope::core {

// Told how far a recompute is (done of total, in creator ids); returns false to cancel it.
using ErBasisProgress = std::function<bool(qint64 done, qint64 total)>;

// Recomputes the computed ERs of the creators on the platforms whose basis differs between
// `from` and `to`, from their stored components, as effectiveEngagementRate() would on `to`
// (docs/ENGAGEMENT.md): reported ERs are left alone; creators whose interactions are above their
// followers keep their ER by views; without avg views the ER stays by followers. Only rows
// whose ER can depend on the basis are written: the ones with avg views and interactions.
//
// Set-based: one UPDATE over the changed platforms, run by ranges of ids (the table is read in
// order, once) so progress can be told and a cancel honoured between ranges. Call it inside the
// caller's transaction: a cancel or failure returns an error and leaves the rolling back to it.
Status recomputeErBasis(const QSqlDatabase &db, const ErBases &from, const ErBases &to,
                        const ErBasisProgress &progress = {});

} // namespace tierscope::core
