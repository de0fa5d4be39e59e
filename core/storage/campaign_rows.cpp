// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/campaign_rows.h"

#include "core/domain/metric_limits.h"
#include "core/storage/sql_helpers.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace tierscope::core::campaign_rows {

using sql::decodeDate;
using sql::decodeTime;
using sql::encodeDate;
using sql::encodeTime;
using sql::text;

namespace {

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QVariant opt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : nullInt();
}

QVariant optMinor(const std::optional<Money> &m)
{
    return m ? QVariant(m->minor()) : nullInt();
}

std::optional<qint64> optInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

std::optional<Money> optMoney(const QVariant &minor, const QString &currency)
{
    if (minor.isNull())
        return std::nullopt;
    return Money(minor.toLongLong(), currency);
}

QString prefixed(const QString &alias, const QStringList &columns)
{
    QStringList out;
    for (const QString &c : columns)
        out << alias + u'.' + c;
    return out.join(QStringLiteral(", "));
}

} // namespace

// ---- campaigns

const QStringList &campaignColumns()
{
    static const QStringList cols = {
        QStringLiteral("name"),        QStringLiteral("brand"),      QStringLiteral("objective"),
        QStringLiteral("budget_minor"), QStringLiteral("currency"),  QStringLiteral("starts_on"),
        QStringLiteral("ends_on"),     QStringLiteral("targets"),    QStringLiteral("key_message"),
        QStringLiteral("hashtags"),    QStringLiteral("disclosure"), QStringLiteral("notes"),
        QStringLiteral("archived"),    QStringLiteral("created_at"), QStringLiteral("updated_at"),
    };
    return cols;
}

QString campaignSelect()
{
    return QStringLiteral("SELECT c.id, %1 FROM campaigns c")
        .arg(prefixed(QStringLiteral("c"), campaignColumns()));
}

QVariantList campaignValues(const Campaign &c)
{
    return {
        c.name,
        text(c.brand),
        objectiveKey(c.objective),
        c.budget.minor(),
        c.budget.currency(),
        encodeDate(c.startsOn),
        encodeDate(c.endsOn),
        QString::fromUtf8(QJsonDocument(c.targets.toJson()).toJson(QJsonDocument::Compact)),
        text(c.keyMessage),
        text(c.hashtags),
        text(c.disclosure),
        text(c.notes),
        c.archived ? 1 : 0,
        encodeTime(c.createdAt),
        encodeTime(c.updatedAt),
    };
}

Campaign campaignFromQuery(const QSqlQuery &q)
{
    Campaign c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.name = q.value(i++).toString();
    c.brand = q.value(i++).toString();
    c.objective = objectiveFromKey(q.value(i++).toString()).value_or(Objective::Awareness);
    const qint64 budget = q.value(i++).toLongLong();
    c.budget = Money(budget, q.value(i++).toString());
    c.startsOn = decodeDate(q.value(i++));
    c.endsOn = decodeDate(q.value(i++));
    c.targets = CampaignTargets::fromJson(
        QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).object());
    c.keyMessage = q.value(i++).toString();
    c.hashtags = q.value(i++).toString();
    c.disclosure = q.value(i++).toString();
    c.notes = q.value(i++).toString();
    c.archived = q.value(i++).toInt() != 0;
    c.createdAt = decodeTime(q.value(i++));
    c.updatedAt = decodeTime(q.value(i++));
    return c;
}

// ---- roster entries

const QStringList &rosterColumns()
{
    static const QStringList cols = {
        QStringLiteral("campaign_id"),   QStringLiteral("creator_id"),   QStringLiteral("stage"),
        QStringLiteral("fee_minor"),     QStringLiteral("payment_state"), QStringLiteral("usage_rights"),
        QStringLiteral("contact"),       QStringLiteral("notes"),        QStringLiteral("position"),
    };
    return cols;
}

QString rosterSelect()
{
    return QStringLiteral("SELECT r.id, %1, c.currency FROM roster_entries r "
                          "JOIN campaigns c ON c.id = r.campaign_id")
        .arg(prefixed(QStringLiteral("r"), rosterColumns()));
}

QVariantList rosterValues(const RosterEntry &e)
{
    return {
        e.campaignId,
        e.creatorId,
        stageKey(e.stage),
        optMinor(e.fee),
        paymentStateKey(e.paymentState),
        text(e.usageRights),
        text(e.contact),
        text(e.notes),
        e.position,
    };
}

RosterEntry rosterFromQuery(const QSqlQuery &q)
{
    RosterEntry e;
    e.id = q.value(0).toLongLong();
    e.campaignId = q.value(1).toLongLong();
    e.creatorId = q.value(2).toLongLong();
    e.stage = stageFromKey(q.value(3).toString()).value_or(Stage::Prospect);
    e.fee = optMoney(q.value(4), q.value(10).toString());
    e.paymentState = paymentStateFromKey(q.value(5).toString()).value_or(PaymentState::Unpaid);
    e.usageRights = q.value(6).toString();
    e.contact = q.value(7).toString();
    e.notes = q.value(8).toString();
    e.position = q.value(9).toInt();
    return e;
}

// ---- deliverables

const QStringList &deliverableColumns()
{
    static const QStringList cols = {
        QStringLiteral("roster_entry_id"), QStringLiteral("kind"),     QStringLiteral("quantity"),
        QStringLiteral("due_on"),          QStringLiteral("status"),   QStringLiteral("url"),
        QStringLiteral("published_on"),    QStringLiteral("views"),    QStringLiteral("likes"),
        QStringLiteral("comments"),        QStringLiteral("shares"),   QStringLiteral("saves"),
        QStringLiteral("clicks"),          QStringLiteral("conversions"),
        QStringLiteral("revenue_minor"),
    };
    return cols;
}

QString deliverableSelect()
{
    return QStringLiteral("SELECT d.id, %1, c.currency FROM deliverables d "
                          "JOIN roster_entries r ON r.id = d.roster_entry_id "
                          "JOIN campaigns c ON c.id = r.campaign_id")
        .arg(prefixed(QStringLiteral("d"), deliverableColumns()));
}

QVariantList deliverableValues(const Deliverable &d)
{
    const DeliverableActuals &a = d.actuals;
    return {
        d.rosterEntryId,
        deliverableKindKey(d.kind),
        d.quantity,
        encodeDate(d.dueOn),
        deliverableStatusKey(d.status),
        text(d.url),
        encodeDate(d.publishedOn),
        opt(a.views),
        opt(a.likes),
        opt(a.comments),
        opt(a.shares),
        opt(a.saves),
        opt(a.clicks),
        opt(a.conversions),
        optMinor(a.revenue),
    };
}

Deliverable deliverableFromQuery(const QSqlQuery &q)
{
    Deliverable d;
    int i = 0;
    d.id = q.value(i++).toLongLong();
    d.rosterEntryId = q.value(i++).toLongLong();
    d.kind = deliverableKindFromKey(q.value(i++).toString()).value_or(DeliverableKind::Post);
    d.quantity = q.value(i++).toInt();
    d.dueOn = decodeDate(q.value(i++));
    d.status = deliverableStatusFromKey(q.value(i++).toString()).value_or(DeliverableStatus::Planned);
    d.url = q.value(i++).toString();
    d.publishedOn = decodeDate(q.value(i++));
    DeliverableActuals &a = d.actuals;
    a.views = optInt(q.value(i++));
    a.likes = optInt(q.value(i++));
    a.comments = optInt(q.value(i++));
    a.shares = optInt(q.value(i++));
    a.saves = optInt(q.value(i++));
    a.clicks = optInt(q.value(i++));
    a.conversions = optInt(q.value(i++));
    const QVariant revenue = q.value(i++);
    a.revenue = optMoney(revenue, q.value(i++).toString());
    return d;
}

// ---- checks

Error notFound(const char *what, qint64 id)
{
    return {Error::Code::NotFound,
            QStringLiteral("No %1 with id %2.").arg(QLatin1String(what)).arg(id)};
}

Error invalid(const QString &message)
{
    return {Error::Code::InvalidArgument, message};
}

Status normalise(Campaign &c)
{
    if (const QString why = c.problem(); !why.isEmpty())
        return invalid(why);
    c.name = c.name.trimmed();
    c.budget = Money(c.budget.minor(), c.budget.currency().trimmed().toUpper());
    return {};
}

Status checkAmount(const std::optional<Money> &m, const QString &currency, const QString &what)
{
    if (!m)
        return {};
    if (m->minor() < 0)
        return invalid(QStringLiteral("%1 cannot be negative.").arg(what));
    if (m->minor() > limits::kMaxMoneyMinor) // sums of it would leave qint64 (metric_limits.h)
        return invalid(QStringLiteral("%1 is too large.").arg(what));
    if (!m->currency().isEmpty() && m->currency().compare(currency, Qt::CaseInsensitive) != 0)
        return invalid(QStringLiteral("%1 is in %2 but the campaign is budgeted in %3.")
                           .arg(what, m->currency(), currency));
    return {};
}

Status checkDeliverable(const Deliverable &d, const QString &currency)
{
    if (const QString why = d.problem(); !why.isEmpty())
        return invalid(why);
    return checkAmount(d.actuals.revenue, currency, QStringLiteral("The revenue"));
}

} // namespace tierscope::core::campaign_rows
