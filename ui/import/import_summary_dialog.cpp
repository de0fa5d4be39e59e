// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/import_summary_dialog.h"

#include "core/io/csv_writer.h"
#include "ui/common/message_box.h"
#include "ui/import/rejected_rows_model.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace tierscope::ui {

ImportSummaryDialog::ImportSummaryDialog(const QString &fileName, const core::ImportReport &report,
                                         QWidget *parent)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_report(report)
    , m_model(new RejectedRowsModel(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Import Finished"));
    const QLocale locale;
    auto *heading = new QLabel(
        report.rejected == 0 ? tr("“%1” is imported.").arg(fileName)
                             : tr("“%1” is imported, except the rejected rows.").arg(fileName),
        this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    addCount(grid, 0, tr("New"), report.inserted, QStringLiteral("new"));
    addCount(grid, 1, tr("Updated"), report.updated, QStringLiteral("updated"));
    addCount(grid, 2, tr("Skipped"), report.skipped, QStringLiteral("skipped"))
        ->setToolTip(tr("Already in the workspace and left as they were"));
    addCount(grid, 3, tr("Rejected"), report.rejected, QStringLiteral("rejected"))
        ->setToolTip(tr("Not imported: see the reasons below"));
    grid->addWidget(new QLabel(tr("of %1 rows read").arg(locale.toString(report.rowsRead)), this),
                    1, 4, Qt::AlignBottom);
    grid->setColumnStretch(4, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(grid);

    if (!report.warnings.isEmpty()) {
        layout->addWidget(new QLabel(tr("Notes:"), this));
        auto *notes = new QPlainTextEdit(report.warnings.join(u'\n'), this);
        notes->setObjectName(QStringLiteral("importNotes"));
        notes->setReadOnly(true);
        notes->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        const int lines = int(std::min<qsizetype>(report.warnings.size(), 4)) + 1;
        notes->setFixedHeight(notes->fontMetrics().lineSpacing() * lines + 2 * notes->frameWidth()
                              + 8);
        layout->addWidget(notes);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (report.rejected > 0) {
        QString title = tr("Rejected rows (not imported):");
        if (report.rejected > report.rejectedRows.size())
            title = tr("Rejected rows (not imported); the first %1 of %2 are listed:")
                        .arg(locale.toString(report.rejectedRows.size()),
                             locale.toString(report.rejected));
        layout->addWidget(new QLabel(title, this));
        m_model->setRows(report.rejectedRows);
        m_table->setModel(m_model);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setWordWrap(false);
        m_table->verticalHeader()->hide();
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->setColumnWidth(RejectedRowsModel::LineColumn,
                                m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000000"))
                                    + 12);
        m_table->setColumnWidth(RejectedRowsModel::ColumnColumn,
                                m_table->fontMetrics().averageCharWidth() * 18);
        auto *copy = new QAction(tr("&Copy"), m_table);
        copy->setShortcuts(QKeySequence::Copy);
        copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(copy, &QAction::triggered, this, &ImportSummaryDialog::copySelectedRows);
        auto *selectAll = new QAction(tr("Select &All"), m_table);
        connect(selectAll, &QAction::triggered, m_table, &QAbstractItemView::selectAll);
        m_table->addAction(copy);
        m_table->addAction(selectAll);
        m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
        layout->addWidget(m_table, 1);
        // The reason of the current row in full: the table cuts long ones.
        auto *detail = new QLabel(this);
        detail->setObjectName(QStringLiteral("rejectionDetail"));
        detail->setWordWrap(true);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        detail->setMinimumHeight(detail->fontMetrics().lineSpacing() * 2);
        detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, detail,
                [this, detail](const QModelIndex &current) {
                    detail->setText(current.isValid() ? m_model->rows()[current.row()].toString()
                                                      : QString());
                });
        layout->addWidget(detail);
        auto *save = buttons->addButton(tr("&Save Rejected Rows…"), QDialogButtonBox::ActionRole);
        connect(save, &QPushButton::clicked, this, &ImportSummaryDialog::saveInteractive);
    } else {
        m_table->hide();
        layout->addStretch(1);
    }
    layout->addWidget(buttons);
    if (report.rejected > 0)
        resize(880, 560);
    else
        resize(std::max(520, sizeHint().width()), sizeHint().height());
}

ImportSummaryDialog::~ImportSummaryDialog() = default;

QLabel *ImportSummaryDialog::addCount(QGridLayout *grid, int column, const QString &name,
                                      qint64 value, const QString &key)
{
    auto *number = new QLabel(QLocale().toString(value), this);
    number->setObjectName(key + QStringLiteral("Count"));
    QFont big = number->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    number->setFont(big);
    auto *caption = new QLabel(name, this);
    caption->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(number, 0, column);
    grid->addWidget(caption, 1, column);
    return number;
}

QString ImportSummaryDialog::countText(const QString &which) const
{
    const auto *label = findChild<QLabel *>(which + QStringLiteral("Count"));
    return label ? label->text() : QString();
}

void ImportSummaryDialog::copySelectedRows() const
{
    QList<int> rows;
    if (m_table->selectionModel()) {
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            rows << i.row();
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    QApplication::clipboard()->setText(m_model->toText(rows));
}

bool ImportSummaryDialog::saveRejectedRows(const QString &path, QString *error) const
{
    QSaveFile f(path);
    const auto fail = [&f, error] {
        if (error)
            *error = f.errorString();
        return false;
    };
    if (!f.open(QIODevice::WriteOnly))
        return fail();
    if (QFileInfo(path).suffix().compare(u"csv", Qt::CaseInsensitive) == 0) {
        core::CsvWriter csv(&f);
        csv.writeRecord({tr("line"), tr("column"), tr("reason")});
        for (const core::RejectedRow &r : m_report.rejectedRows) {
            csv.addNumber(QByteArray::number(r.line));
            csv.addField(r.column);
            csv.addField(r.reason);
            csv.endRecord();
        }
        if (!csv.finish()) {
            if (error)
                *error = csv.errorString();
            return false;
        }
    } else {
        QString text = tr("Import of “%1”: %2 rows read, %3 new, %4 updated, %5 skipped, %6 "
                          "rejected.")
                           .arg(m_fileName)
                           .arg(m_report.rowsRead)
                           .arg(m_report.inserted)
                           .arg(m_report.updated)
                           .arg(m_report.skipped)
                           .arg(m_report.rejected)
            + u'\n';
        for (const core::RejectedRow &r : m_report.rejectedRows)
            text += r.toString() + u'\n';
        if (f.write(text.toUtf8()) < 0)
            return fail();
    }
    return f.commit() || fail();
}

void ImportSummaryDialog::saveInteractive()
{
    const QString csv = tr("CSV files (*.csv)");
    const QString txt = tr("Text files (*.txt)");
    QString filter = txt;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Rejected Rows"),
        QDir::home().filePath(QFileInfo(m_fileName).completeBaseName() + tr("-rejected") + u".txt"),
        txt + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".txt");
    QString error;
    if (!saveRejectedRows(path, &error))
        MessageBox::warning(this, tr("Save Rejected Rows"),
                            tr("“%1” could not be written.").arg(QFileInfo(path).fileName()),
                            error);
}

} // namespace tierscope::ui
