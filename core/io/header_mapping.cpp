// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/header_mapping.h"

namespace tierscope::core {

template class ColumnMapping<CreatorField>;

} // namespace tierscope::core
