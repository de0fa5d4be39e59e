// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/clock.h"

namespace tierscope::core {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace tierscope::core
