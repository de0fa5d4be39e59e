// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/import_files.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace tierscope::ui {

QString importableFile(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        const QString suffix = info.suffix().toLower();
        if (suffix == u"csv" || suffix == u"tsv" || suffix == u"txt")
            return info.absoluteFilePath();
    }
    return {};
}

} // namespace tierscope::ui
