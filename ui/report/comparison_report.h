// SPDX-License-Identifier: GPL-3.0-or-later
// ComparisonReport is declared with ShortlistReport: the two list documents share their shape.
#pragma once

#include "ui/report/shortlist_report.h"
