// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <memory>

namespace tierscope::app {

// The application object of a command-line run: a QCoreApplication, or for verbs that lay out
// text with real fonts and paint charts (export-pdf: Qt Charts draws through QGraphicsWidget,
// which needs a QApplication) a QApplication on the offscreen platform unless QT_QPA_PLATFORM
// says otherwise, so they work without a display.
std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char *argv[]);

} // namespace tierscope::app
