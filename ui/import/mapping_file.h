// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/column_mapping.h"
#include "ui/import/column_mapping_model.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace tierscope::ui {

// A column mapping saved as a JSON file (ColumnMapping::toJson) and applied again to the
// preview of another file, for any import (creators, campaign results). The messages keep the
// translation context ("ImportDialog") they had when only creators were imported.
class MappingFile
{
public:
    static bool write(const QString &path, const QJsonObject &json, QString *error = nullptr);
    // The JSON object in the file; nullopt (with why) when it cannot be read or is no object.
    static std::optional<QJsonObject> read(const QString &path, QString *error = nullptr);
    // Whether a column of `headers` is among `saved` (compared as header mapping compares).
    static bool sharesAColumn(const QStringList &headers, const QStringList &saved);
    static QString noSharedColumn(); // "None of its columns is in this file."

    template<typename Field>
    static bool save(const QString &path, const core::ColumnMapping<Field> &mapping,
                     QString *error = nullptr)
    {
        return write(path, mapping.toJson(), error);
    }

    // Reads the mapping saved at `path` and applies it to the model's columns:
    // `remap(headers, saved)` is the import's header mapper (HeaderMapper::map,
    // ResultsHeaderMapper::map), so that columns the saved mapping does not name are detected
    // as usual. Fails, changing nothing, when no column of the file is in the saved mapping.
    template<typename Field, typename Remap>
    static bool load(const QString &path, TypedColumnMappingModel<Field> *model, Remap remap,
                     QString *error = nullptr)
    {
        const auto fail = [error](const QString &why) {
            if (error)
                *error = why;
            return false;
        };
        const std::optional<QJsonObject> json = read(path, error);
        if (!json)
            return false;
        const auto saved = core::ColumnMapping<Field>::fromJson(*json);
        if (!saved)
            return fail(saved.error().message);
        const QStringList headers = model->mapping().headers();
        if (!sharesAColumn(headers, saved->headers()))
            return fail(noSharedColumn());
        model->setMapping(remap(headers, *saved));
        return true;
    }
};

} // namespace tierscope::ui
