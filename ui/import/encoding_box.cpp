// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/encoding_box.h"

#include "ui/import/csv_format_text.h"

#include <QCoreApplication>
#include <QSignalBlocker>

namespace tierscope::ui {

using core::TextEncoding;

EncodingBox::EncodingBox(QWidget *parent)
    : QComboBox(parent)
{
    for (TextEncoding e :
         {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Utf16, TextEncoding::Utf16LE,
          TextEncoding::Utf16BE, TextEncoding::Windows1252, TextEncoding::Latin1}) {
        addItem(encodingLabel(e), int(e));
    }
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

TextEncoding EncodingBox::encoding() const
{
    return TextEncoding(currentData().toInt());
}

void EncodingBox::setEncoding(TextEncoding encoding)
{
    setCurrentIndex(findData(int(encoding)));
}

void EncodingBox::reset()
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(0);
    setDetected({});
}

void EncodingBox::setDetected(const QString &coreName)
{
    const auto detected = core::TextDecoder::encodingFromName(coreName);
    setItemText(0,
                detected && currentIndex() == 0
                    ? QCoreApplication::translate("ImportDialog", "Detect automatically (%1)")
                          .arg(encodingLabel(*detected))
                    : encodingLabel(TextEncoding::Auto));
}

} // namespace tierscope::ui
