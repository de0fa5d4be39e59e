// SPDX-License-Identifier: GPL-3.0-or-later
// Time comes through a Clock so date logic (deadlines, as-of dates) is testable.
#pragma once

#include <QDate>
#include <QDateTime>

namespace tierscope::core {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }

    static const Clock &system();
};

// A clock that says what it is told: for tests.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime t) : m_now(std::move(t)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime t) { m_now = std::move(t); }

private:
    QDateTime m_now;
};

} // namespace tierscope::core
