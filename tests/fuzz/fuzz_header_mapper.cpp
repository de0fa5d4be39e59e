// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the header mapper and the saved-mapping JSON. The input's lines are the
// headers of a file. Checks: each field is filled by at most one column, a mapping survives its
// JSON round trip, and applying a mapping to its own headers gives it back.
#include "core/io/header_mapper.h"
#include "core/io/header_mapping.h"

#include <QJsonDocument>

#include <cstdlib>

using namespace tierscope::core;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList headers = QString::fromUtf8(bytes).split(u'\n');
    for (const QString &h : headers) {
        (void)HeaderMapper::normaliseHeader(h);
        (void)HeaderMapper::match(h);
    }
    const HeaderMapping mapping = HeaderMapper::map(headers);
    require(mapping.columnCount() == headers.size());
    for (int f = 0; f < int(CreatorField::Extra); ++f) {
        const qsizetype column = mapping.columnFor(CreatorField(f));
        if (column >= 0)
            require(mapping.target(column) == CreatorField(f));
        int filled = 0;
        for (qsizetype c = 0; c < mapping.columnCount(); ++c)
            filled += mapping.target(c) == CreatorField(f);
        require(filled <= 1);
    }
    const auto back = HeaderMapping::fromJson(mapping.toJson());
    require(back.ok());
    require(HeaderMapper::map(headers, *back) == mapping);

    // The same bytes as a saved mapping file (what --mapping reads).
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        const auto saved = HeaderMapping::fromJson(doc.object());
        if (saved)
            (void)HeaderMapper::map(headers, *saved);
    }
    return 0;
}
