// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QMimeData;

namespace tierscope::ui {

// Creators dragged within the app (from the Creators table, from a shortlist) travel as their
// ids under one private MIME type; the handles go along as plain text for other apps.
class CreatorMime
{
public:
    static QString type();
    static QMimeData *toMimeData(const QList<qint64> &ids, const QStringList &handles = {});
    static bool canDecode(const QMimeData *data);
    static QList<qint64> ids(const QMimeData *data); // empty when there are none
};

} // namespace tierscope::ui
