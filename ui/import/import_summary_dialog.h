// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/import_report.h"

#include <QDialog>

class QGridLayout;
class QLabel;
class QTableView;

namespace tierscope::ui {

class RejectedRowsModel;

// Import › the end: how many rows came in new, updated, skipped or rejected, the import's notes,
// and the rejected rows (line, column, reason) in a table that copies (Ctrl+C: the selected rows
// as tab-separated text) and saves (.txt or .csv).
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    ImportSummaryDialog(const QString &fileName, const core::ImportReport &report,
                        QWidget *parent = nullptr);
    ~ImportSummaryDialog() override;

    const core::ImportReport &report() const { return m_report; }
    QTableView *rejectedTable() const { return m_table; }
    RejectedRowsModel *rejectedModel() const { return m_model; }
    QString countText(const QString &which) const; // "new", "updated", "skipped", "rejected"

    void copySelectedRows() const;
    // .csv (by the suffix) writes line, column, reason as CSV; anything else a text report.
    bool saveRejectedRows(const QString &path, QString *error = nullptr) const;

private:
    QLabel *addCount(QGridLayout *grid, int column, const QString &name, qint64 value,
                     const QString &key);
    void saveInteractive();

    QString m_fileName;
    core::ImportReport m_report;
    RejectedRowsModel *m_model;
    QTableView *m_table;
};

} // namespace tierscope::ui
