// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/app_settings.h"

#include <QFileInfo>

namespace tierscope::ui {

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QVariant AppSettings::raw(const QString &key) const
{
    return m_settings->value(key);
}

void AppSettings::setRaw(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

void AppSettings::remove(const QString &key)
{
    m_settings->remove(key);
}

void AppSettings::addRecentWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = value(settings::recentWorkspaces);
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentWorkspaces)
        recent.removeLast();
    setValue(settings::recentWorkspaces, recent);
}

void AppSettings::removeRecentWorkspace(const QString &path)
{
    QStringList recent = value(settings::recentWorkspaces);
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    setValue(settings::recentWorkspaces, recent);
}

} // namespace tierscope::ui
