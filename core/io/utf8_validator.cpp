// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/utf8_validator.h"

#include <cstring>

namespace tierscope::core {

namespace {

constexpr quint64 HighBits = 0x8080808080808080ULL;

// Skips ASCII eight bytes at a time; returns the index of the first byte that may not be ASCII.
qsizetype skipAscii(const uchar *p, qsizetype i, qsizetype n)
{
    while (i + 8 <= n) {
        quint64 w;
        std::memcpy(&w, p + i, sizeof w);
        if (w & HighBits)
            break;
        i += 8;
    }
    while (i < n && p[i] < 0x80)
        ++i;
    return i;
}

} // namespace

qsizetype Utf8Validator::firstNonAscii(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype i = skipAscii(p, 0, bytes.size());
    return i < bytes.size() ? i : -1;
}

Utf8Validator::Outcome Utf8Validator::validate(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    Outcome out;
    qsizetype i = 0;
    for (;;) {
        i = skipAscii(p, i, n);
        if (i >= n)
            break;
        out.sawNonAscii = true;
        const uchar c = p[i];
        int len = 0;
        uchar lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90; // overlong
            else if (c == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else {
            out.validLength = i;
            out.invalid = true;
            return out;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n) { // character cut at the end of the buffer
                out.validLength = i;
                return out;
            }
            const uchar b = p[i + k];
            const bool ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
            if (!ok) {
                out.validLength = i;
                out.invalid = true;
                return out;
            }
        }
        i += len;
    }
    out.validLength = n;
    return out;
}

} // namespace tierscope::core
