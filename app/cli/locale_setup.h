// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tierscope::app {

// Numbers and money follow the system locale; under the bare "C" locale (no LANG set) they fall
// back to English (United States) rather than C's symbol-less formats.
void applyDefaultLocale();

} // namespace tierscope::app
