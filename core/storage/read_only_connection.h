// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace tierscope::core {

// A raw, read-only SQLite connection to a workspace file, for a worker thread that reads beside
// the workspace's own connection (a pass over the creators split across cores, say). It sees
// what was committed when its statements start, like any other reader of the file.
class ReadOnlyConnection
{
public:
    static Result<std::unique_ptr<ReadOnlyConnection>> open(const QString &path);
    ~ReadOnlyConnection();

    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    sqlite3 *handle() const { return m_db; }

private:
    explicit ReadOnlyConnection(sqlite3 *db) : m_db(db) {}
    sqlite3 *m_db;
};

} // namespace tierscope::core
