// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace tierscope::ui {

// What an empty workspace shows instead of an empty table: a welcome and the two ways to fill
// it — import a CSV file or create a sample workspace.
class EmptyWorkspacePage : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyWorkspacePage(QWidget *parent = nullptr);

    QPushButton *importButton() const { return m_import; }
    QPushButton *sampleButton() const { return m_sample; }
    void setImportAvailable(bool available);
    void setWritable(bool writable);
    void setSampleSize(qint64 creators);

signals:
    void importRequested();
    void sampleRequested();

private:
    QPushButton *m_import;
    QPushButton *m_sample;
    QLabel *m_hint;
    qint64 m_sampleSize = 0;
};

} // namespace tierscope::ui
