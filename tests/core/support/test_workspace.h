// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the core tests: temp workspaces, raw SQLite connections, file bytes.
#pragma once

#include "core/domain/creator.h"
#include "core/storage/workspace.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace tierscope::test {

// Opens (or creates) a workspace; on failure prints the error and returns nullptr.
std::unique_ptr<core::Workspace> openWorkspace(const QString &path,
                                               core::Workspace::Mode mode = core::Workspace::Mode::ReadWrite);

// Creates a workspace at path and inserts the creators through CreatorRepository (ids in order
// into *ids). Returns nullptr (after printing why) when anything fails.
std::unique_ptr<core::Workspace> workspaceWith(const QString &path, const QList<core::Creator> &creators,
                                               QList<qint64> *ids = nullptr);

// Inserts demo creators 0 … n − 1 through BulkCreatorWriter; false (after printing why) on error.
bool bulkInsertDemo(core::Workspace &ws, qint64 n, quint64 seed = 20261101);

QByteArray fileBytes(const QString &path);
bool writeFileBytes(const QString &path, const QByteArray &bytes);
QStringList dirEntries(const QString &dirPath); // file names, sorted

// First column of the first row of sql (invalid QVariant when the query fails or has no row).
QVariant scalar(const QSqlDatabase &db, const QString &sql);
// Names in sqlite_master of the given type ("index", "trigger", "table"), sorted.
QStringList schemaNames(const QSqlDatabase &db, const QString &type);

// A plain QSQLITE connection (no workspace logic) that is removed when it goes out of scope.
class RawDb
{
public:
    explicit RawDb(const QString &path, const QString &options = QString());
    ~RawDb();
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const;
    QSqlDatabase db() const;
    bool exec(const QString &sql); // prints the error on failure
    QVariant scalar(const QString &sql) const { return test::scalar(db(), sql); }

private:
    QString m_name;
};

// A creator with the fields most tests care about and the niche "lifestyle"; everything else
// unknown/empty.
core::Creator makeCreator(core::Platform platform, const QString &handle,
                          std::optional<qint64> followers = std::nullopt,
                          std::optional<double> engagementRate = std::nullopt);

// Field-by-field difference between two creators ("" when equal). Compares ids and times only
// when compareIdentity is true.
QString creatorDiff(const core::Creator &expected, const core::Creator &actual,
                    bool compareIdentity = true);

} // namespace tierscope::test

// Verifies that a Result<T> or Status expression succeeded, printing the error otherwise.
#define TS_VERIFY_OK(expr)                                                                         \
    do {                                                                                           \
        const auto &ts_r_ = (expr);                                                                \
        QVERIFY2(::tierscope::test::succeeded(ts_r_), qPrintable(::tierscope::test::errorText(ts_r_))); \
    } while (false)

namespace tierscope::test {
template<typename T>
bool succeeded(const core::Result<T> &r) { return r.ok(); }
inline bool succeeded(const core::Status &s) { return !s; }
template<typename T>
QString errorText(const core::Result<T> &r) { return r.ok() ? QString() : r.error().message; }
inline QString errorText(const core::Status &s) { return s.message; }
} // namespace tierscope::test
