// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/text_decoder.h"

#include <QString>

namespace tierscope::ui {

// How the import dialogs name what the CSV reader found or was told. The strings keep the
// translation context ("ImportDialog") they had when only creators were imported.
QString encodingLabel(core::TextEncoding encoding); // "Windows-1252 (Western)"
QString delimiterLabel(const QString &coreName); // "comma" → "comma-separated"

} // namespace tierscope::ui
