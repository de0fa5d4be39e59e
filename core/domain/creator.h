// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/engagement.h"
#include "core/domain/money.h"
#include "core/domain/platform.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace tierscope::core {

// One creator on one platform. Unknown metrics are std::nullopt, never 0.
struct Creator
{
    qint64 id = 0; // 0 until stored
    Platform platform = Platform::Instagram;
    QString handle; // normalised: lowercase, no leading @
    QString displayName;
    std::optional<qint64> followers;
    std::optional<double> avgLikes;
    std::optional<double> avgComments;
    std::optional<double> avgShares;
    std::optional<double> avgViews;
    std::optional<double> engagementRate; // fraction; reported by the source or computed
    ErSource erSource = ErSource::Unknown;
    std::optional<ErBasis> erBasis; // what a computed ER divides by; unknown when reported
    QualityFlags qualityFlags = 0;
    QStringList niches;
    QString country; // ISO 3166-1 alpha-2, upper case
    QString language; // ISO 639-1, lower case
    std::optional<double> authenticity; // audience authenticity, 0–1
    std::optional<double> sponsoredRatio; // share of sponsored posts, 0–1
    std::optional<Money> fee; // typical fee per post
    QString email;
    QString profileUrl;
    QString notes;
    QVariantMap extra; // columns from imports that map to no field, name → value
    QString source; // where the metrics came from (file name, tool)
    QDate metricsAsOf;
    QDateTime createdAt;
    QDateTime updatedAt;

    Interactions interactions() const { return {avgLikes, avgComments, avgShares}; }

    // Sets engagementRate, erSource, erBasis and the engagement flag from a reported rate (kept)
    // or from the components on the workspace's basis for this creator's platform.
    void applyEngagement(std::optional<double> reportedRate, const ErBases &bases);
    // What the ER is a share of: avg views for an ER by views, else followers (a reported ER is
    // taken as by followers, as sources report it). Expected engagements per post = this × ER.
    std::optional<double> engagementBase() const;
    // The basis the ER is benchmarked on: its computed basis, by followers for a reported one.
    ErBasis benchmarkBasis() const { return erBasis.value_or(ErBasis::Followers); }

    // "@Anna.Fit " → "anna.fit"; profile URLs give their user part.
    static QString normaliseHandle(const QString &raw);
};

} // namespace tierscope::core
