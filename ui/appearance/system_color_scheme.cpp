// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appearance/system_color_scheme.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QVariant>

namespace tierscope::ui {

bool systemPrefersDark()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.portal.Desktop"),
        QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("Read"));
    call << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme");
    const QDBusMessage reply = bus.call(call, QDBus::Block, 250);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    // The value comes wrapped in a variant, sometimes twice.
    QVariant v = reply.arguments().constFirst();
    while (v.metaType() == QMetaType::fromType<QDBusVariant>())
        v = qvariant_cast<QDBusVariant>(v).variant();
    return v.toUInt() == 1;
}

SystemColorSchemeWatcher::SystemColorSchemeWatcher(QObject *parent)
    : QObject(parent)
{
    // D-Bus signals can only be connected by signature.
    QDBusConnection::sessionBus().connect(QStringLiteral("org.freedesktop.portal.Desktop"),
                                          QStringLiteral("/org/freedesktop/portal/desktop"),
                                          QStringLiteral("org.freedesktop.portal.Settings"),
                                          QStringLiteral("SettingChanged"), this,
                                          SLOT(onSettingChanged(QString, QString, QDBusVariant)));
}

void SystemColorSchemeWatcher::onSettingChanged(const QString &group, const QString &key,
                                                const QDBusVariant &)
{
    if (group == u"org.freedesktop.appearance" && key == u"color-scheme")
        emit changed();
}

} // namespace tierscope::ui
