// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/platform.h"

#include <QUrl>

namespace tierscope::core {

QList<Platform> allPlatforms()
{
    return {Platform::Instagram, Platform::TikTok, Platform::YouTube};
}

QString platformKey(Platform p)
{
    switch (p) {
    case Platform::Instagram: return QStringLiteral("instagram");
    case Platform::TikTok: return QStringLiteral("tiktok");
    case Platform::YouTube: return QStringLiteral("youtube");
    }
    return {};
}

QString platformDisplayName(Platform p)
{
    switch (p) {
    case Platform::Instagram: return QStringLiteral("Instagram");
    case Platform::TikTok: return QStringLiteral("TikTok");
    case Platform::YouTube: return QStringLiteral("YouTube");
    }
    return {};
}

std::optional<Platform> platformFromString(const QString &text)
{
    QString k;
    k.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            k.append(c.toLower());
    }
    if (k == u"instagram" || k == u"ig" || k == u"insta")
        return Platform::Instagram;
    if (k == u"tiktok" || k == u"tt" || k == u"douyin")
        return Platform::TikTok;
    if (k == u"youtube" || k == u"yt" || k == u"youtubeshorts")
        return Platform::YouTube;
    return std::nullopt;
}

std::optional<Platform> platformFromUrl(const QString &url)
{
    QString text = url.trimmed();
    if (!text.contains(u"://"))
        text.prepend(u"https://");
    const QString host = QUrl(text).host().toLower();
    const auto is = [&host](QStringView domain) {
        return host == domain || host.endsWith(u'.' + domain.toString());
    };
    if (is(u"instagram.com") || is(u"instagr.am"))
        return Platform::Instagram;
    if (is(u"tiktok.com"))
        return Platform::TikTok;
    if (is(u"youtube.com") || is(u"youtu.be"))
        return Platform::YouTube;
    return std::nullopt;
}

} // namespace tierscope::core
