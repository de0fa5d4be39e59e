// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/single_byte_decoder.h"

namespace tierscope::core {

namespace {

// Windows-1252 bytes 0x80–0x9F; the rest of the upper half equals Latin-1.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87 € . ‚ ƒ „ … † ‡
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F ˆ ‰ Š ‹ Œ . Ž .
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97 . ‘ ’ “ ” • – —
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F ˜ ™ š › œ . ž Ÿ
};

} // namespace

char32_t SingleByteDecoder::codePoint(uchar byte, Charset charset)
{
    if (charset == Charset::Windows1252 && byte >= 0x80 && byte <= 0x9F)
        return Cp1252High[byte - 0x80];
    return byte;
}

void SingleByteDecoder::appendUtf8(QByteArrayView in, Charset charset, QByteArray &out)
{
    const qsizetype start = out.size();
    out.resize(start + in.size() * 3); // worst case: every byte becomes three
    char *o = out.data() + start;
    for (const char ch : in) {
        const auto b = static_cast<uchar>(ch);
        if (b < 0x80) {
            *o++ = ch;
            continue;
        }
        const char32_t cp = codePoint(b, charset);
        if (cp < 0x800) {
            *o++ = static_cast<char>(0xC0 | (cp >> 6));
            *o++ = static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            *o++ = static_cast<char>(0xE0 | (cp >> 12));
            *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            *o++ = static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    out.resize(o - out.constData());
}

} // namespace tierscope::core
