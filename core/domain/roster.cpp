// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/roster.h"

#include <QCoreApplication>

namespace tierscope::core {

QList<Stage> allStages()
{
    return {Stage::Prospect,   Stage::Contacted,   Stage::Negotiating, Stage::Contracted,
            Stage::ContentLive, Stage::Completed, Stage::Declined};
}

QString stageKey(Stage s)
{
    switch (s) {
    case Stage::Prospect: return QStringLiteral("prospect");
    case Stage::Contacted: return QStringLiteral("contacted");
    case Stage::Negotiating: return QStringLiteral("negotiating");
    case Stage::Contracted: return QStringLiteral("contracted");
    case Stage::ContentLive: return QStringLiteral("content_live");
    case Stage::Completed: return QStringLiteral("completed");
    case Stage::Declined: return QStringLiteral("declined");
    }
    return {};
}

std::optional<Stage> stageFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Stage s : allStages()) {
        if (stageKey(s) == k)
            return s;
    }
    return std::nullopt;
}

QString stageDisplayName(Stage s)
{
    switch (s) {
    case Stage::Prospect: return QCoreApplication::translate("Stage", "Prospect");
    case Stage::Contacted: return QCoreApplication::translate("Stage", "Contacted");
    case Stage::Negotiating: return QCoreApplication::translate("Stage", "Negotiating");
    case Stage::Contracted: return QCoreApplication::translate("Stage", "Contracted");
    case Stage::ContentLive: return QCoreApplication::translate("Stage", "Content live");
    case Stage::Completed: return QCoreApplication::translate("Stage", "Completed");
    case Stage::Declined: return QCoreApplication::translate("Stage", "Declined");
    }
    return {};
}

bool isCommitted(Stage s)
{
    return s == Stage::Contracted || s == Stage::ContentLive || s == Stage::Completed;
}

bool inPipeline(Stage s)
{
    return s != Stage::Declined;
}

QList<PaymentState> allPaymentStates()
{
    return {PaymentState::Unpaid, PaymentState::Invoiced, PaymentState::Paid};
}

QString paymentStateKey(PaymentState p)
{
    switch (p) {
    case PaymentState::Unpaid: return QStringLiteral("unpaid");
    case PaymentState::Invoiced: return QStringLiteral("invoiced");
    case PaymentState::Paid: return QStringLiteral("paid");
    }
    return {};
}

std::optional<PaymentState> paymentStateFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (PaymentState p : allPaymentStates()) {
        if (paymentStateKey(p) == k)
            return p;
    }
    return std::nullopt;
}

QString paymentStateDisplayName(PaymentState p)
{
    switch (p) {
    case PaymentState::Unpaid: return QCoreApplication::translate("PaymentState", "Unpaid");
    case PaymentState::Invoiced: return QCoreApplication::translate("PaymentState", "Invoiced");
    case PaymentState::Paid: return QCoreApplication::translate("PaymentState", "Paid");
    }
    return {};
}

} // namespace tierscope::core
