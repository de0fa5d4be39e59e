// SPDX-License-Identifier: GPL-3.0-or-later
// Errors from core are values: a Result<T> holds either a T or an Error.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace tierscope::core {

struct Error
{
    enum class Code {
        None,
        NotFound,
        InvalidArgument,
        NotAWorkspace,
        NewerVersion,
        NeedsUpgrade, // an older format: opening it for writing upgrades it
        Corrupt,
        ReadOnly,
        Locked,
        DiskFull,
        Io,
        Database,
        Cancelled,
        Conflict,
        NeedsChoice, // the input needs a choice only the user can make (e.g. the rows' platform)
    };

    Code code = Code::None;
    QString message;

    explicit operator bool() const { return code != Code::None; }
};

template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing but may fail.
using Status = Error;

} // namespace tierscope::core
