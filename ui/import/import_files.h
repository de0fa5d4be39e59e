// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QMimeData;

namespace tierscope::ui {

// The first local file among dropped data that looks like something to import (.csv, .tsv or
// .txt), or an empty string.
QString importableFile(const QMimeData *data);

} // namespace tierscope::ui
