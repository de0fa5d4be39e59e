// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QDBusVariant;

namespace tierscope::ui {

// Whether the desktop asks for a dark look: the XDG desktop portal's
// org.freedesktop.appearance color-scheme (1 = prefer dark), as GNOME, KDE and others publish
// it. False without a session bus or portal (answers within a quarter second).
bool systemPrefersDark();

// Tells when the desktop's colour-scheme preference changes (the portal's SettingChanged
// signal), so "System" can follow it while the app runs.
class SystemColorSchemeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SystemColorSchemeWatcher(QObject *parent = nullptr);

signals:
    void changed();

private slots:
    void onSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);
};

} // namespace tierscope::ui
