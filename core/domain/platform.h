// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tierscope::core {

// Stored as its lowercase key ("instagram"); the enum is the closed set the app knows today.
enum class Platform { Instagram, TikTok, YouTube };

QList<Platform> allPlatforms();
QString platformKey(Platform p);          // "instagram", "tiktok", "youtube"
QString platformDisplayName(Platform p);  // "Instagram", "TikTok", "YouTube"
// Accepts keys, display names and common spellings ("IG", "Tik Tok", "yt"), case-insensitive.
std::optional<Platform> platformFromString(const QString &text);
// Recognises profile URLs (instagram.com, tiktok.com, youtube.com, youtu.be).
std::optional<Platform> platformFromUrl(const QString &url);

} // namespace tierscope::core
