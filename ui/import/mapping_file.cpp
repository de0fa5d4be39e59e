// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/mapping_file.h"

#include "core/io/synonym_mapper.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include <algorithm>

namespace tierscope::ui {

bool MappingFile::write(const QString &path, const QJsonObject &json, QString *error)
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(json).toJson()) >= 0 && f.commit())
        return true;
    if (error)
        *error = f.errorString();
    return false;
}

std::optional<QJsonObject> MappingFile::read(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    // A mapping is a few kilobytes; a bigger file is not one, and is not read whole.
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(4 * 1024 * 1024), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("ImportDialog", "The file is not JSON: %1.")
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

bool MappingFile::sharesAColumn(const QStringList &headers, const QStringList &saved)
{
    QStringList known;
    for (const QString &h : saved)
        known << core::normaliseColumnHeader(h);
    return std::any_of(headers.cbegin(), headers.cend(), [&known](const QString &h) {
        return known.contains(core::normaliseColumnHeader(h));
    });
}

QString MappingFile::noSharedColumn()
{
    return QCoreApplication::translate("ImportDialog", "None of its columns is in this file.");
}

} // namespace tierscope::ui
