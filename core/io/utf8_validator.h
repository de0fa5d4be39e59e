// SPDX-License-Identifier: GPL-3.0-or-later
// Fast UTF-8 checks over byte buffers, used by the text decoder and the CSV reader.
#pragma once

#include <QByteArrayView>

namespace tierscope::core {

class Utf8Validator
{
public:
    struct Outcome
    {
        // Length of the prefix made of whole, valid characters.
        qsizetype validLength = 0;
        // True when the byte at validLength starts an invalid sequence; false when the input is
        // valid or only ends in the middle of a character (more bytes may complete it).
        bool invalid = false;
        bool sawNonAscii = false;
    };

    // Strict RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF.
    static Outcome validate(QByteArrayView bytes);
    // Index of the first byte ≥ 0x80, or -1.
    static qsizetype firstNonAscii(QByteArrayView bytes);
};

} // namespace tierscope::core
