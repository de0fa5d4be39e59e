// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace tierscope::core {

// Writes RFC 4180 CSV in UTF-8 to a device, through a bounded buffer:
//
//     CsvWriter csv(&file);
//     csv.addField(name); csv.addNumber("1200"); csv.endRecord();
//     if (!csv.finish()) report(csv.errorString());
//
// Records end with CRLF. A field is quoted when it holds the delimiter, a quote, CR or LF, or
// one of the other usual delimiters (, ; tab), so a reader that sniffs the delimiter is never
// misled; quotes inside are doubled; line breaks inside a quoted field are written as they are.
// Text fields are guarded against formula injection (formula_guard.h): one that begins with
// = + - @ tab or CR gets a leading apostrophe. Numbers the caller formatted go through
// addNumber(), unguarded.
class CsvWriter
{
public:
    struct Options
    {
        char delimiter = ',';
        bool byteOrderMark = false; // a UTF-8 BOM first (some spreadsheets need it to read UTF-8)
        bool guardFormulas = true;
    };

    explicit CsvWriter(QIODevice *device);
    CsvWriter(QIODevice *device, const Options &options);
    ~CsvWriter();
    Q_DISABLE_COPY_MOVE(CsvWriter)

    void addField(QStringView text);
    void addNumber(QByteArrayView ascii);
    void endRecord();
    void writeRecord(const QStringList &fields); // text fields, then endRecord()

    // Writes what is buffered; false (see errorString()) when the device refused it.
    bool flush();
    // flush(), and whether everything written so far reached the device.
    bool finish();
    bool hasError() const { return !m_error.isEmpty(); }
    const QString &errorString() const { return m_error; }

    // The field as it is written (quoted and guarded), for tests and previews.
    static QString encodeField(QStringView text, char delimiter = ',', bool guardFormulas = true);

private:
    void separate();
    void appendUtf8(QStringView text);
    void maybeFlush();

    QIODevice *m_device;
    Options m_options;
    QByteArray m_buffer;
    QStringEncoder m_encoder;
    bool m_fieldWritten = false; // a field has been written in the current record
    QString m_error;
};

} // namespace tierscope::core
