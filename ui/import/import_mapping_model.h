// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/header_mapping.h"
#include "ui/import/column_mapping_model.h"

namespace tierscope::ui {

// The creator import preview (ColumnMappingModel): row 0 holds what each column fills (a
// creator field, Extra or Ignore); the rows below are the first records of the file as text.
// TargetRole holds int(core::CreatorField).
class ImportMappingModel : public TypedColumnMappingModel<core::CreatorField>
{
public:
    using TypedColumnMappingModel::TypedColumnMappingModel;
};

} // namespace tierscope::ui
