// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/domain/engagement.h"
#include "core/domain/platform.h"
#include "core/domain/tier_scheme.h"
#include "core/storage/er_basis_recompute.h"

#include <QJsonValue>
#include <QSqlDatabase>

namespace tierscope::core {

class WorkspaceEvents;

// Workspace settings stored in the workspace file (the settings table, JSON values). Each
// setting has its key and default here, in one place.
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db, WorkspaceEvents *events = nullptr);

    Result<TierScheme> tierScheme() const;
    Status setTierScheme(const TierScheme &scheme);

    // Default share of followers who see a post, per platform, when avg views are unknown.
    Result<double> defaultViewRate(Platform platform) const;
    Status setDefaultViewRate(Platform platform, double rate);
    static double builtInViewRate(Platform platform);

    // What a computed ER divides by, per platform (docs/ENGAGEMENT.md); the built-in ErBases
    // when unset.
    Result<ErBases> erBases() const;
    // Stores the bases and recomputes the computed ERs of the platforms whose basis changed
    // (recomputeErBasis), in one transaction; then settingsChanged, and creatorsChanged when a
    // basis changed. Seconds at a million creators: a worker thread's job. Cancelled (progress
    // returned false) or failed, nothing changed.
    Status setErBases(const ErBases &bases, const ErBasisProgress &progress = {});

    Result<QString> defaultCurrency() const;
    Status setDefaultCurrency(const QString &code);

private:
    Result<QJsonValue> value(const QString &key) const; // Null when unset
    Status setValue(const QString &key, const QJsonValue &value); // store(), then notifies
    Status store(const QString &key, const QJsonValue &value);

    QSqlDatabase m_db;
    WorkspaceEvents *m_events;
};

} // namespace tierscope::core
