// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/text_decoder.h"

#include <QComboBox>

namespace tierscope::ui {

// The encoding choice of an import dialog: "Detect automatically" (saying what was detected)
// or one encoding the CSV reader knows. Changing it is the user's override: the dialog reads
// its preview again (currentIndexChanged).
class EncodingBox : public QComboBox
{
    Q_OBJECT
public:
    explicit EncodingBox(QWidget *parent = nullptr);

    core::TextEncoding encoding() const;
    void setEncoding(core::TextEncoding encoding); // emits currentIndexChanged when it changes
    // Back to "Detect automatically" for a new file, without a signal.
    void reset();
    // What detection chose ("utf-8", "windows-1252": TextDecoder::encodingName), shown on the
    // automatic entry while it is the current one; empty: nothing detected.
    void setDetected(const QString &coreName);
};

} // namespace tierscope::ui
