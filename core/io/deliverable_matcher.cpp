// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/deliverable_matcher.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace tierscope::core {

namespace {

bool isTrackingParameter(const QString &key)
{
    static const QStringList names = {QStringLiteral("igshid"),
                                      QStringLiteral("igsh"),
                                      QStringLiteral("si"),
                                      QStringLiteral("feature"),
                                      QStringLiteral("fbclid"),
                                      QStringLiteral("gclid"),
                                      QStringLiteral("is_from_webapp"),
                                      QStringLiteral("sender_device"),
                                      QStringLiteral("ref"),
                                      QStringLiteral("_r"),
                                      QStringLiteral("_t")};
    return key.startsWith(u"utm_") || names.contains(key);
}

} // namespace

DeliverableMatcher::DeliverableMatcher(const CampaignPlan &plan)
    : m_plan(plan)
{
    for (const RosterEntry &e : plan.roster) {
        const Creator *creator = plan.creatorOf(e);
        const auto it = plan.deliverables.constFind(e.id);
        if (it == plan.deliverables.cend())
            continue;
        for (const Deliverable &d : *it) {
            m_byId.insert(d.id, m_all.size());
            if (!d.url.trimmed().isEmpty())
                m_byUrl.insert(urlKey(d.url), m_all.size());
            m_all.append({&d, creator});
        }
    }
}

const Deliverable *DeliverableMatcher::deliverable(qint64 id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : m_all[*it].deliverable;
}

QString DeliverableMatcher::urlKey(const QString &url)
{
    QString text = url.trimmed();
    if (!text.contains(u"://"))
        text.prepend(QStringLiteral("https://"));
    const QUrl u(text);
    if (!u.isValid() || u.host().isEmpty())
        return url.trimmed().toLower();
    QString host = u.host().toLower();
    for (const QStringView prefix : {QStringView(u"www."), QStringView(u"m.")}) {
        if (host.startsWith(prefix))
            host = host.mid(prefix.size());
    }
    QString path = u.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    QList<std::pair<QString, QString>> kept;
    for (const auto &item : QUrlQuery(u).queryItems()) {
        if (!isTrackingParameter(item.first.toLower()))
            kept << item;
    }
    std::sort(kept.begin(), kept.end());
    QString key = host + path;
    for (qsizetype i = 0; i < kept.size(); ++i)
        key += (i ? u'&' : u'?') + kept[i].first + u'=' + kept[i].second;
    return key;
}

QString DeliverableMatcher::describe(const Candidate &c) const
{
    const QString who = c.creator ? QStringLiteral("@") + c.creator->handle : tr("a creator");
    return tr("%1’s %2 (ID %3)")
        .arg(who, deliverableKindDisplayName(c.deliverable->kind).toLower())
        .arg(c.deliverable->id);
}

QString DeliverableMatcher::contradiction(const ResultsRow &row, const Candidate &c) const
{
    if (!row.handle.isEmpty() && (!c.creator || c.creator->handle != row.handle))
        return tr("the row names @%1 but it is %2").arg(row.handle, describe(c));
    if (row.platform && c.creator && c.creator->platform != *row.platform)
        return tr("the row says %1 but %2 is on %3")
            .arg(platformDisplayName(*row.platform), describe(c),
                 platformDisplayName(c.creator->platform));
    if (row.kind && c.deliverable->kind != *row.kind)
        return tr("the row says %1 but it is %2")
            .arg(deliverableKindDisplayName(*row.kind).toLower(), describe(c));
    return {};
}

qint64 DeliverableMatcher::find(const ResultsRow &row, QString *why) const
{
    const auto fail = [why](const QString &reason) -> qint64 {
        if (why)
            *why = reason;
        return 0;
    };
    const auto confirm = [&](const Candidate &c) -> qint64 {
        if (const QString problem = contradiction(row, c); !problem.isEmpty())
            return fail(problem);
        return c.deliverable->id;
    };
    const QString campaign = m_plan.campaign.name;

    // 1. The deliverable ID.
    if (row.deliverableId) {
        const auto it = m_byId.constFind(*row.deliverableId);
        if (it == m_byId.cend())
            return fail(tr("there is no deliverable with ID %1 in “%2”")
                            .arg(*row.deliverableId)
                            .arg(campaign));
        return confirm(m_all[*it]);
    }

    // 2. A URL already on a deliverable.
    const QString url = row.url.isEmpty() ? QString() : urlKey(row.url);
    if (!url.isEmpty()) {
        const QList<qsizetype> hits = m_byUrl.values(url);
        if (hits.size() > 1) {
            QStringList names;
            for (qsizetype i : hits)
                names << describe(m_all[i]);
            names.sort();
            return fail(tr("the URL is on %1 deliverables (%2); add a deliverable ID column")
                            .arg(hits.size())
                            .arg(names.join(QStringLiteral(", "))));
        }
        if (hits.size() == 1)
            return confirm(m_all[hits.first()]);
    }

    // 3. Handle, platform and kind.
    if (row.handle.isEmpty())
        return fail(url.isEmpty()
                        ? tr("the row names no deliverable: it needs a deliverable ID, a post URL "
                             "or a creator handle")
                        : tr("no deliverable of “%1” has this URL, and the row names no creator")
                              .arg(campaign));
    QList<const Candidate *> found;
    bool creatorOnRoster = false;
    bool otherUrls = false;
    for (const Candidate &c : m_all) {
        if (!c.creator || c.creator->handle != row.handle)
            continue;
        if (row.platform && c.creator->platform != *row.platform)
            continue;
        creatorOnRoster = true;
        if (row.kind && c.deliverable->kind != *row.kind)
            continue;
        if (!url.isEmpty() && !c.deliverable->url.trimmed().isEmpty()) {
            otherUrls = true; // another post of this creator
            continue;
        }
        found << &c;
    }
    if (!creatorOnRoster) {
        // A creator on the roster without deliverables is not found above either.
        bool onRoster = false;
        for (const RosterEntry &e : m_plan.roster) {
            const Creator *creator = m_plan.creatorOf(e);
            onRoster = onRoster
                || (creator && creator->handle == row.handle
                    && (!row.platform || creator->platform == *row.platform));
        }
        if (!onRoster)
            return fail(row.platform
                            ? tr("@%1 on %2 is not on the roster of “%3”")
                                  .arg(row.handle, platformDisplayName(*row.platform), campaign)
                            : tr("@%1 is not on the roster of “%2”").arg(row.handle, campaign));
        return fail(tr("@%1 has no deliverables in “%2”").arg(row.handle, campaign));
    }
    const QString what =
        row.kind ? deliverableKindDisplayName(*row.kind).toLower() : tr("deliverable");
    if (found.isEmpty()) {
        if (otherUrls)
            return fail(tr("every %1 of @%2 already has another URL").arg(what, row.handle));
        return fail(tr("@%1 has no %2 in “%3”").arg(row.handle, what, campaign));
    }
    if (found.size() > 1) {
        QStringList ids;
        for (const Candidate *c : found)
            ids << QString::number(c->deliverable->id);
        bool platforms = false; // the same handle on two platforms
        for (const Candidate *c : found)
            platforms = platforms || c->creator->platform != found.first()->creator->platform;
        QString hint = tr("add a deliverable ID column");
        if (platforms && !row.platform)
            hint = tr("add the platform or a deliverable ID column");
        else if (!row.kind)
            hint = tr("add the deliverable kind or a deliverable ID column");
        else if (url.isEmpty())
            hint = tr("add the post URL or a deliverable ID column");
        return fail(tr("ambiguous: %1 deliverables of @%2 match (IDs %3); %4")
                        .arg(found.size())
                        .arg(row.handle, ids.join(QStringLiteral(", ")), hint));
    }
    return found.first()->deliverable->id;
}

} // namespace tierscope::core
