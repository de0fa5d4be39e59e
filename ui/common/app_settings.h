// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <memory>

namespace tierscope::ui {

// One setting: its key and default, typed. All of them are declared in the table below.
template<typename T>
struct Setting
{
    const char *key;
    T (*defaultValue)();
};

// The table: every per-user setting of the app, its key and its default, in one place.
namespace settings {
inline const Setting<QByteArray> windowGeometry{"window/geometry", [] { return QByteArray(); }};
inline const Setting<QByteArray> windowState{"window/state", [] { return QByteArray(); }};
inline const Setting<QByteArray> sidebarSplitter{"window/sidebarSplitter", [] { return QByteArray(); }};
inline const Setting<QByteArray> creatorsSplitter{"creators/splitter", [] { return QByteArray(); }};
inline const Setting<QByteArray> creatorsHeader{"creators/header", [] { return QByteArray(); }};
inline const Setting<QVariantMap> creatorsFilter{"creators/filter", [] { return QVariantMap(); }};
inline const Setting<bool> creatorsFiltersShown{"creators/filtersShown", [] { return true; }};
inline const Setting<bool> creatorsDetailShown{"creators/detailShown", [] { return true; }};
inline const Setting<QByteArray> shortlistsSplitter{"shortlists/splitter", [] { return QByteArray(); }};
inline const Setting<QByteArray> shortlistsHeader{"shortlists/header", [] { return QByteArray(); }};
inline const Setting<QStringList> recentWorkspaces{"workspaces/recent", [] { return QStringList(); }};
inline const Setting<QString> lastDirectory{"workspaces/lastDirectory", [] { return QString(); }};
inline const Setting<int> sampleCreators{"workspaces/sampleCreators", [] { return 5000; }};
// The daily automatic backup of the open workspace, and for how many days daily backups are kept.
inline const Setting<bool> backupDaily{"backups/daily", [] { return true; }};
inline const Setting<int> backupKeepDays{"backups/keepDays", [] { return 14; }};
// "" follows the system; else a language code ("en", "de"). Read at start-up.
inline const Setting<QString> uiLanguage{"appearance/language", [] { return QString(); }};
// "system", "light" or "dark".
inline const Setting<QString> uiTheme{"appearance/theme", [] { return QStringLiteral("system"); }};
} // namespace settings

// Typed access to the table above through QSettings (the user's config; test mode in tests).
class AppSettings
{
public:
    AppSettings();
    explicit AppSettings(const QString &iniFile); // for tests and portable setups
    ~AppSettings();

    template<typename T>
    T value(const Setting<T> &s) const
    {
        const QVariant v = raw(QLatin1String(s.key));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : s.defaultValue();
    }

    template<typename T>
    void setValue(const Setting<T> &s, const T &value)
    {
        setRaw(QLatin1String(s.key), QVariant::fromValue(value));
    }

    template<typename T>
    void reset(const Setting<T> &s)
    {
        remove(QLatin1String(s.key));
    }

    static constexpr int kMaxRecentWorkspaces = 8;
    // Moves a workspace to the front of the recent list (no duplicates, at most the maximum).
    void addRecentWorkspace(const QString &path);
    void removeRecentWorkspace(const QString &path);

private:
    QVariant raw(const QString &key) const;
    void setRaw(const QString &key, const QVariant &value);
    void remove(const QString &key);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace tierscope::ui
