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
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <climits>

namespace tierscope::ui {

ImportSummaryDialog::ImportSummaryDialog(const QString &fileName, const core::ImportReport &report,
                                         QWidget *parent,
                                         core::BulkCreatorWriter::OnDuplicate onDuplicate)
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
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setWordWrap(true);

    // A creator import carries its header mapping; a results import leaves it empty and never
    // leaves a cell unknown.
    const bool creatorImport = report.mapping.columnCount() > 0 || report.cellIssueCount > 0;
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    int column = 0;
    addCount(grid, column++, tr("New"), report.inserted, QStringLiteral("new"));
    addCount(grid, column++, tr("Updated"), report.updated, QStringLiteral("updated"));
    addCount(grid, column++, tr("Skipped"), report.skipped, QStringLiteral("skipped"))
        ->setToolTip(tr("Already in the workspace and left as they were"));
    addCount(grid, column++, tr("Rejected"), report.rejected, QStringLiteral("rejected"))
        ->setToolTip(tr("Not imported: see the reasons below"));
    if (creatorImport)
        addCount(grid, column++, tr("Cells left unknown"), report.cellIssueCount,
                 QStringLiteral("unknownCells"))
            ->setToolTip(tr("Cells that could not be read: their creators were imported without "
                            "those fields (listed below)"));
    grid->addWidget(new QLabel(tr("of %1 rows read").arg(locale.toString(report.rowsRead)), this),
                    1, column, Qt::AlignBottom);
    grid->setColumnStretch(column, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(grid);

    // The notes and the list share the room below the counts (a splitter when both are shown).
    QWidget *notesPart = nullptr;
    QWidget *listPart = nullptr;
    m_noteLines = buildNotes(onDuplicate);
    if (!m_noteLines.isEmpty()) {
        notesPart = new QWidget(this);
        auto *notesLayout = new QVBoxLayout(notesPart);
        notesLayout->setContentsMargins(0, 0, 0, 0);
        notesLayout->addWidget(new QLabel(tr("How the file was read:"), notesPart));
        QStringList bullets;
        for (const QString &line : std::as_const(m_noteLines))
            bullets << QStringLiteral("• ") + line;
        auto *notes = new QPlainTextEdit(bullets.join(u'\n'), notesPart);
        notes->setObjectName(QStringLiteral("importNotes"));
        notes->setReadOnly(true);
        notes->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        const int lines = int(std::min<qsizetype>(m_noteLines.size(), 8)) + 1;
        notes->setMinimumHeight(notes->fontMetrics().lineSpacing() * 2 + 2 * notes->frameWidth());
        notes->setFixedHeight(notes->fontMetrics().lineSpacing() * lines + 2 * notes->frameWidth()
                              + 8);
        notesLayout->addWidget(notes, 1);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_model->setEntries(RejectedRowsModel::entriesOf(report, onDuplicate));
    const bool onlyRefused = report.cellIssues.isEmpty() && report.repeatedRows.isEmpty();
    if (m_model->rowCount() > 0) {
        listPart = new QWidget(this);
        auto *listLayout = new QVBoxLayout(listPart);
        listLayout->setContentsMargins(0, 0, 0, 0);
        QString title;
        if (onlyRefused) {
            title = tr("Rejected rows (not imported):");
            if (report.rejected > report.rejectedRows.size())
                title = tr("Rejected rows (not imported); the first %1 of %2 are listed:")
                            .arg(locale.toString(report.rejectedRows.size()),
                                 locale.toString(report.rejected));
        } else {
            title = tr("To check, by line: rows refused (not imported), fields left unknown (the "
                       "creator was imported without them) and rows that repeat a creator:");
            if (report.rejected > report.rejectedRows.size()
                || report.cellIssueCount > report.cellIssues.size()
                || report.repeatedInFile > report.repeatedRows.size())
                title += u' '
                    + tr("The first %1 of each kind are listed.")
                          .arg(locale.toString(core::ImportReport::kMaxKeptRejections));
        }
        auto *titleLabel = new QLabel(title, listPart);
        titleLabel->setWordWrap(true);
        listLayout->addWidget(titleLabel);
        m_table->setModel(m_model);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setWordWrap(false);
        m_table->verticalHeader()->hide();
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
        m_table->horizontalHeader()->setStretchLastSection(true);
        const QFontMetrics fm = m_table->fontMetrics();
        m_table->setColumnWidth(RejectedRowsModel::LineColumn,
                                fm.horizontalAdvance(QStringLiteral("0000000")) + 12);
        int kindWidth = fm.horizontalAdvance(tr("What happened")) + 24;
        for (auto kind : {RejectedRowsModel::Kind::RowRefused,
                          RejectedRowsModel::Kind::FieldUnknown, RejectedRowsModel::Kind::Repeat})
            kindWidth =
                std::max(kindWidth, fm.horizontalAdvance(RejectedRowsModel::kindText(kind)) + 16);
        m_table->setColumnWidth(RejectedRowsModel::KindColumn, kindWidth);
        m_table->setColumnWidth(RejectedRowsModel::ColumnColumn, fm.averageCharWidth() * 18);
        auto *copy = new QAction(tr("&Copy"), m_table);
        copy->setShortcuts(QKeySequence::Copy);
        copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(copy, &QAction::triggered, this, &ImportSummaryDialog::copySelectedRows);
        auto *selectAll = new QAction(tr("Select &All"), m_table);
        connect(selectAll, &QAction::triggered, m_table, &QAbstractItemView::selectAll);
        m_table->addAction(copy);
        m_table->addAction(selectAll);
        m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
        m_table->setParent(listPart);
        listLayout->addWidget(m_table, 1);
        // The reason of the current row in full: the table cuts long ones.
        auto *detail = new QLabel(listPart);
        detail->setObjectName(QStringLiteral("rejectionDetail"));
        detail->setTextFormat(Qt::PlainText);
        detail->setWordWrap(true);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        detail->setMinimumHeight(detail->fontMetrics().lineSpacing() * 2);
        detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, detail,
                [this, detail](const QModelIndex &current) {
                    if (!current.isValid()) {
                        detail->clear();
                        return;
                    }
                    const RejectedRowsModel::Entry &e = m_model->entries()[current.row()];
                    detail->setText(RejectedRowsModel::kindText(e.kind) + QStringLiteral(" — ")
                                    + e.row.toString());
                });
        listLayout->addWidget(detail);
        auto *save =
            buttons->addButton(onlyRefused ? tr("&Save Rejected Rows…") : tr("&Save List…"),
                               QDialogButtonBox::ActionRole);
        connect(save, &QPushButton::clicked, this, &ImportSummaryDialog::saveInteractive);
    } else {
        m_table->hide();
    }
    if (notesPart && listPart) {
        auto *notes = notesPart->findChild<QPlainTextEdit *>();
        notes->setMaximumHeight(QWIDGETSIZE_MAX); // the splitter sizes it from here on
        auto *splitter = new QSplitter(Qt::Vertical, this);
        splitter->setChildrenCollapsible(false);
        splitter->addWidget(notesPart);
        splitter->addWidget(listPart);
        splitter->setStretchFactor(1, 1);
        splitter->setSizes(
            {notes->height() + notesPart->sizeHint().height() - notes->sizeHint().height(), 400});
        layout->addWidget(splitter, 1);
    } else if (listPart) {
        layout->addWidget(listPart, 1);
    } else {
        if (notesPart)
            layout->addWidget(notesPart);
        layout->addStretch(1);
    }
    layout->addWidget(buttons);
    if (m_model->rowCount() > 0)
        resize(920, 600);
    else
        resize(std::max(560, sizeHint().width()), sizeHint().height());
}

QStringList ImportSummaryDialog::buildNotes(core::BulkCreatorWriter::OnDuplicate onDuplicate) const
{
    const core::ImportReport &r = m_report;
    QStringList out;
    // The columns the file did not settle come first, with the reading that was used.
    QStringList used;
    for (const QString &header : r.ambiguousColumns) {
        const QString name = u'“' + header + u'”';
        QString sentence;
        for (const QString &reading : r.readings) {
            if (reading.contains(name) && !used.contains(reading)) {
                sentence = reading;
                used << reading;
                break;
            }
        }
        out << (sentence.isEmpty()
                    ? tr("Column %1 does not show its decimal mark; it was read as the language "
                         "settings write numbers.")
                          .arg(name)
                    : tr("Not settled by the file: %1").arg(sentence));
    }
    for (const QString &reading : r.readings) {
        if (!used.contains(reading))
            out << reading;
    }
    for (const core::UnknownTally &t : r.unknownValues)
        out << t.toString();
    if (r.repeatedInFile > 0) {
        const bool skip = onDuplicate == core::BulkCreatorWriter::OnDuplicate::Skip;
        QString example;
        if (!r.repeatedRows.isEmpty()) {
            const core::RepeatedRow &first = r.repeatedRows.constFirst();
            example = tr("line %1 repeats @%2 from line %3")
                          .arg(first.line)
                          .arg(first.handle)
                          .arg(first.earlierLine);
        }
        out << (skip ? tr("%n row(s) repeat a creator from earlier in the file (%1); the earlier "
                          "values were kept.",
                          nullptr, int(std::min<qint64>(r.repeatedInFile, INT_MAX)))
                     : tr("%n row(s) repeat a creator from earlier in the file (%1); the later "
                          "values were kept.",
                          nullptr, int(std::min<qint64>(r.repeatedInFile, INT_MAX))))
                   .arg(example);
    }
    if (r.engagementAboveFollowers > 0)
        out << tr("%n creator(s) have more interactions than followers (real on video "
                  "platforms): imported and flagged.",
                  nullptr, int(std::min<qint64>(r.engagementAboveFollowers, INT_MAX)));
    out << r.warnings;
    return out;
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
        csv.writeRecord({tr("line"), tr("what happened"), tr("column"), tr("reason")});
        for (const RejectedRowsModel::Entry &e : m_model->entries()) {
            csv.addNumber(QByteArray::number(e.row.line));
            csv.addField(RejectedRowsModel::kindText(e.kind));
            csv.addField(e.row.column);
            csv.addField(e.row.reason);
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
        if (m_report.cellIssueCount > 0)
            text += tr("%1 cells left unknown.").arg(m_report.cellIssueCount) + u'\n';
        for (const QString &line : m_noteLines)
            text += line + u'\n';
        for (const RejectedRowsModel::Entry &e : m_model->entries())
            text += RejectedRowsModel::kindText(e.kind) + QStringLiteral(" — ") + e.row.toString()
                + u'\n';
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
        this, tr("Save the List"),
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
