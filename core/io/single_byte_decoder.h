// SPDX-License-Identifier: GPL-3.0-or-later
// Windows-1252 and ISO-8859-1 to UTF-8 with an exact table, so the result does not depend on
// whether Qt was built with ICU.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace tierscope::core {

class SingleByteDecoder
{
public:
    enum class Charset { Windows1252, Latin1 };

    // Unicode code point of one byte. Windows-1252's five unassigned bytes (0x81, 0x8D, 0x8F,
    // 0x90, 0x9D) map to the C1 control of the same value, as the WHATWG encoding standard does.
    static char32_t codePoint(uchar byte, Charset charset);
    // Appends the UTF-8 form of `in` to `out`.
    static void appendUtf8(QByteArrayView in, Charset charset, QByteArray &out);
};

} // namespace tierscope::core
