// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/creator_mime.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace tierscope::ui {

QString CreatorMime::type()
{
    return QStringLiteral("application/x-tierscope-creator-ids");
}

QMimeData *CreatorMime::toMimeData(const QList<qint64> &ids, const QStringList &handles)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto *data = new QMimeData;
    data->setData(type(), bytes);
    if (!handles.isEmpty())
        data->setText(handles.join(u'\n'));
    return data;
}

bool CreatorMime::canDecode(const QMimeData *data)
{
    return data && data->hasFormat(type());
}

QList<qint64> CreatorMime::ids(const QMimeData *data)
{
    if (!canDecode(data))
        return {};
    QDataStream in(data->data(type()));
    QList<qint64> ids;
    in >> ids;
    return in.status() == QDataStream::Ok ? ids : QList<qint64>();
}

} // namespace tierscope::ui
