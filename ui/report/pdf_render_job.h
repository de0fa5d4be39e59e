// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

#include <memory>

class QPainter;
class QPdfWriter;
class QPrinter;
class QSaveFile;

namespace tierscope::ui {

class ReportDocument;

// Writes a laid-out report to a PDF file one page at a time, so a caller on the GUI thread can
// paint a page per turn of the event loop and show progress. The file is written beside the
// target and renamed by finish(): a cancelled or failed export leaves no half-written file.
// Fonts are embedded (subsets); text stays text, drawings stay vectors.
class PdfRenderJob
{
public:
    PdfRenderJob(const ReportDocument &document, QString path);
    ~PdfRenderJob(); // discards the file unless finish() succeeded

    core::Status begin();
    bool atEnd() const;
    void paintNextPage();
    int pagesDone() const { return m_next; }
    int pageCount() const;
    core::Status finish();
    void cancel();

    // The whole document at once (command line, tests, benchmarks).
    static core::Status write(const ReportDocument &document, const QString &path);

private:
    const ReportDocument &m_document;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    int m_next = 0;
};

// Paints a laid-out report on a printer (or a print preview), at 72 units per inch, full page.
void printReport(const ReportDocument &document, QPrinter *printer);

} // namespace tierscope::ui
