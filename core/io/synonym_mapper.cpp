// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/synonym_mapper.h"

namespace tierscope::core {

QString normaliseColumnHeader(QStringView header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

} // namespace tierscope::core
