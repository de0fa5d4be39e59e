// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/pdf_render_job.h"

#include "ui/report/report_document.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace tierscope::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PdfRenderJob)
};

core::Status ioError(const QString &message)
{
    return core::Status{core::Error::Code::Io, message};
}

} // namespace

PdfRenderJob::PdfRenderJob(const ReportDocument &document, QString path)
    : m_document(document), m_path(std::move(path))
{
}

PdfRenderJob::~PdfRenderJob()
{
    cancel();
}

int PdfRenderJob::pageCount() const
{
    return m_document.pageCount();
}

core::Status PdfRenderJob::begin()
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString why = m_file->errorString();
        m_file.reset();
        return ioError(Text::tr("Cannot write “%1”: %2.").arg(m_path, why));
    }
    m_writer = std::make_unique<QPdfWriter>(m_file.get());
    m_writer->setResolution(72); // painter units are points
    m_writer->setPageSize(m_document.pageSetup().pageSize());
    m_writer->setPageOrientation(QPageLayout::Portrait);
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    m_writer->setTitle(m_document.title());
    m_writer->setCreator(QStringLiteral("Tierscope %1").arg(QCoreApplication::applicationVersion()));
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(m_writer.get())) {
        cancel();
        return ioError(Text::tr("Cannot start the PDF “%1”.").arg(m_path));
    }
    m_next = 0;
    return {};
}

bool PdfRenderJob::atEnd() const
{
    return !m_painter || m_next >= m_document.pageCount();
}

void PdfRenderJob::paintNextPage()
{
    if (atEnd())
        return;
    if (m_next > 0)
        m_writer->newPage();
    m_document.paintPage(m_painter.get(), m_next);
    ++m_next;
}

core::Status PdfRenderJob::finish()
{
    if (!m_painter)
        return ioError(Text::tr("The PDF “%1” was not started.").arg(m_path));
    while (!atEnd())
        paintNextPage();
    m_painter->end();
    m_painter.reset();
    m_writer.reset(); // flushes into the file
    if (!m_file->commit()) {
        const QString why = m_file->errorString();
        m_file.reset();
        return ioError(Text::tr("Cannot write “%1”: %2.").arg(m_path, why));
    }
    m_file.reset();
    return {};
}

void PdfRenderJob::cancel()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
    m_painter.reset();
    m_writer.reset();
    if (m_file)
        m_file->cancelWriting();
    m_file.reset(); // an uncommitted QSaveFile removes its temporary file
}

core::Status PdfRenderJob::write(const ReportDocument &document, const QString &path)
{
    PdfRenderJob job(document, path);
    if (const core::Status s = job.begin())
        return s;
    return job.finish();
}

void printReport(const ReportDocument &document, QPrinter *printer)
{
    printer->setFullPage(true);
    if (printer->resolution() != 72)
        printer->setResolution(72); // the report is laid out in points
    QPainter painter;
    if (!painter.begin(printer))
        return;
    int from = 0;
    int to = document.pageCount() - 1;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        from = printer->fromPage() - 1;
        to = std::min(to, printer->toPage() - 1);
    }
    for (int i = from; i <= to; ++i) {
        if (i > from)
            printer->newPage();
        document.paintPage(&painter, i);
    }
    painter.end();
}

} // namespace tierscope::ui
