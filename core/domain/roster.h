// SPDX-License-Identifier: GPL-3.0-or-later
// A creator on a campaign's roster: where the deal stands, the fee and the payment.
#pragma once

#include "core/domain/money.h"

#include <QList>
#include <QString>

#include <optional>

namespace tierscope::core {

// Pipeline stages in order; Declined leaves the pipeline but keeps the entry's history.
enum class Stage { Prospect, Contacted, Negotiating, Contracted, ContentLive, Completed, Declined };

QList<Stage> allStages(); // pipeline order, Declined last
QString stageKey(Stage s); // "prospect", "contacted", "negotiating", "contracted", "content_live", …
std::optional<Stage> stageFromKey(const QString &key);
QString stageDisplayName(Stage s); // translated
// The fee counts as committed budget: contracted, content live, completed.
bool isCommitted(Stage s);
// Every stage but Declined.
bool inPipeline(Stage s);

enum class PaymentState { Unpaid, Invoiced, Paid };

QList<PaymentState> allPaymentStates();
QString paymentStateKey(PaymentState p); // "unpaid", "invoiced", "paid"
std::optional<PaymentState> paymentStateFromKey(const QString &key);
QString paymentStateDisplayName(PaymentState p); // translated

struct RosterEntry
{
    qint64 id = 0; // 0 until stored
    qint64 campaignId = 0;
    qint64 creatorId = 0;
    Stage stage = Stage::Prospect;
    std::optional<Money> fee; // in the campaign currency; unknown until agreed
    PaymentState paymentState = PaymentState::Unpaid;
    QString usageRights;
    QString contact;
    QString notes;
    int position = 0; // ascending; gaps are allowed

    bool operator==(const RosterEntry &) const = default;
};

} // namespace tierscope::core
