// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/creator_filter.h"

#include <QVariantMap>

namespace tierscope::ui {

// A CreatorFilter as a plain map, for remembering the filter in the user's settings.
struct CreatorFilterCodec
{
    static QVariantMap toMap(const core::CreatorFilter &filter);
    static core::CreatorFilter fromMap(const QVariantMap &map); // unknown entries are ignored
};

} // namespace tierscope::ui
