// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/csv_format_text.h"

#include <QCoreApplication>

namespace tierscope::ui {

QString encodingLabel(core::TextEncoding encoding)
{
    using core::TextEncoding;
    switch (encoding) {
    case TextEncoding::Auto:
        return QCoreApplication::translate("ImportDialog", "Detect automatically");
    case TextEncoding::Utf8:
        return QCoreApplication::translate("ImportDialog", "UTF-8");
    case TextEncoding::Utf16:
        return QCoreApplication::translate("ImportDialog", "UTF-16 (byte-order mark)");
    case TextEncoding::Utf16LE:
        return QCoreApplication::translate("ImportDialog", "UTF-16 little endian");
    case TextEncoding::Utf16BE:
        return QCoreApplication::translate("ImportDialog", "UTF-16 big endian");
    case TextEncoding::Windows1252:
        return QCoreApplication::translate("ImportDialog", "Windows-1252 (Western)");
    case TextEncoding::Latin1:
        return QCoreApplication::translate("ImportDialog", "Latin-1 (ISO 8859-1)");
    }
    return {};
}

QString delimiterLabel(const QString &coreName)
{
    if (coreName == u"comma")
        return QCoreApplication::translate("ImportDialog", "comma-separated");
    if (coreName == u"semicolon")
        return QCoreApplication::translate("ImportDialog", "semicolon-separated");
    if (coreName == u"tab")
        return QCoreApplication::translate("ImportDialog", "tab-separated");
    return QCoreApplication::translate("ImportDialog", "separated by “%1”").arg(coreName);
}

} // namespace tierscope::ui
