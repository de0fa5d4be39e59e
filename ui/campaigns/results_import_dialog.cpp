// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/results_import_dialog.h"

#include "core/io/results_header_mapper.h"
#include "core/io/results_row_reader.h"
#include "core/storage/workspace.h"
#include "ui/campaigns/campaign_document.h"
#include "ui/campaigns/campaign_editor.h"
#include "ui/common/message_box.h"
#include "ui/import/csv_format_text.h"
#include "ui/import/encoding_box.h"
#include "ui/import/import_mapping_delegate.h"
#include "ui/import/import_summary_dialog.h"
#include "ui/import/mapping_file.h"
#include "ui/import/mapping_file_buttons.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tierscope::ui {

namespace {
constexpr int kPreviewRows = 20;
}

ResultsImportDialog::ResultsImportDialog(CampaignDocument *document, CampaignEditor *editor,
                                         QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_editor(editor),
      m_model(new ResultsMappingModel(this)),
      m_file(new QLabel(this)),
      m_encoding(new EncodingBox(this)),
      m_format(new QLabel(this)),
      m_table(new QTableView(this)),
      m_problem(new QLabel(this)),
      m_notesLabel(new QLabel(this)),
      m_mappingButtons(new MappingFileButtons(
          [this](const QString &path, QString *error) { return saveMapping(path, error); },
          [this](const QString &path, QString *error) { return loadMapping(path, error); }, this))
{
    setWindowTitle(tr("Import Results into “%1”").arg(document->plan().campaign.name));

    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_format->setObjectName(QStringLiteral("importFormat"));
    auto *choose = new QPushButton(tr("C&hoose File…"), this);
    connect(choose, &QPushButton::clicked, this, &ResultsImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    connect(m_encoding, &QComboBox::currentIndexChanged, this,
            &ResultsImportDialog::refreshPreview);
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_format, 1);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(encodingLabel, encodingRow);

    auto *howLabel = new QLabel(
        tr("Each row finds its deliverable by its deliverable ID, else by a post URL the "
           "deliverable already has, else by the creator's handle (with the platform and the "
           "kind when the creator has several deliverables). Empty cells leave the results as "
           "they are. Check what each column fills, and change it in the list above the column:"),
        this);
    howLabel->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("resultsPreview"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ImportMappingDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers); // the combos are always open
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResultsImportDialog::openEditors);
    connect(m_model, &ColumnMappingModel::mappingChanged, this, &ResultsImportDialog::updateState);

    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notesLabel->setObjectName(QStringLiteral("importNotes"));
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notesLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (runImport())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_mappingButtons);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(howLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_notesLabel);
    layout->addLayout(bottom);
    resize(900, 520);
    updateState();
}

ResultsImportDialog::~ResultsImportDialog() = default;

QComboBox *ResultsImportDialog::encodingBox() const
{
    return m_encoding;
}

ImportSummaryDialog *ResultsImportDialog::summary() const
{
    return m_summary;
}

void ResultsImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Results"), m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).path(),
        tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ResultsImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_encoding->reset(); // a new file is detected afresh
    m_mappingButtons->setSourceFile(path);
    m_model->setPreview({}, core::ResultsMapping()); // and its columns too
    refreshPreview();
    return m_previewOk;
}

void ResultsImportDialog::refreshPreview()
{
    core::ResultsImportOptions options;
    options.encoding = m_encoding->encoding();
    // Another encoding for the same file: keep the columns the user has set.
    if (m_model->mapping().columnCount() > 0)
        options.mapping = m_model->mapping();
    const auto preview = core::ResultsImporter::preview(m_path, options, kPreviewRows);
    m_previewOk = bool(preview);
    if (!preview) {
        m_previewError = preview.error().message;
        m_notes.clear();
        m_encoding->setDetected({});
        m_format->clear();
        m_model->setPreview({}, core::ResultsMapping());
    } else {
        m_previewError.clear();
        m_notes = preview->warnings;
        m_encoding->setDetected(preview->encoding);
        // Spelled out for one and many, so it reads right without a translation loaded.
        const qsizetype rows = preview->rows.size();
        m_format->setText(rows == 1 ? tr("%1 (1 row shown)").arg(delimiterLabel(preview->delimiter))
                                    : tr("%1 (%2 rows shown)")
                                          .arg(delimiterLabel(preview->delimiter))
                                          .arg(rows));
        m_model->setPreview(preview->rows, preview->mapping);
    }
    updateState();
}

void ResultsImportDialog::openEditors()
{
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->openPersistentEditor(m_model->index(ColumnMappingModel::kMappingRow, c));
    m_table->resizeColumnsToContents();
    const int maxWidth = m_table->fontMetrics().averageCharWidth() * 30;
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), maxWidth));
}

core::ResultsMapping ResultsImportDialog::mapping() const
{
    return m_model->mapping();
}

core::TextEncoding ResultsImportDialog::encoding() const
{
    return m_encoding->encoding();
}

bool ResultsImportDialog::saveMapping(const QString &path, QString *error) const
{
    return MappingFile::save(path, m_model->mapping(), error);
}

bool ResultsImportDialog::loadMapping(const QString &path, QString *error)
{
    return MappingFile::load(
        path, m_model,
        [](const QStringList &headers, const core::ResultsMapping &saved) {
            return core::ResultsHeaderMapper::map(headers, saved);
        },
        error);
}

QString ResultsImportDialog::problemText() const
{
    if (!m_document->isLoaded())
        return tr("Choose a campaign first.");
    if (!m_editor->canEdit())
        return tr("The workspace is read-only.");
    if (m_path.isEmpty())
        return tr("Choose the CSV file with the campaign's results.");
    if (!m_previewOk)
        return m_previewError;
    if (const core::Status s = core::ResultsRowReader::checkMapping(m_model->mapping()))
        return s.message;
    return {};
}

void ResultsImportDialog::updateState()
{
    const QString problem = problemText();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_import->setEnabled(problem.isEmpty());
    m_notesLabel->setText(m_notes.join(u'\n'));
    m_notesLabel->setVisible(!m_notes.isEmpty());
    m_mappingButtons->setEnabled(m_previewOk && m_model->mapping().columnCount() > 0);
}

bool ResultsImportDialog::runImport()
{
    if (!problemText().isEmpty())
        return false;
    core::ResultsImportOptions options;
    options.mapping = m_model->mapping();
    options.encoding = m_encoding->encoding(); // what the preview was read with
    // Synchronous on purpose: a results sheet has hundreds of rows, read and matched in well
    // under a second; the write is one short transaction. No worker thread is needed.
    const auto prepared = core::ResultsImporter::prepare(m_editor->workspace()->database(),
                                                         m_document->campaignId(), m_path, options);
    if (!prepared) {
        MessageBox::warning(this, tr("Import Results"), prepared.error().message);
        return false;
    }
    m_last = *prepared;
    const QString fileName = QFileInfo(m_path).fileName();
    if (m_last.hasChanges()
        && !m_editor->importResults(m_last.before, m_last.after,
                                    tr("Import results from “%1”").arg(fileName))) {
        return false; // the editor has said why; nothing was written
    }
    m_summary = new ImportSummaryDialog(fileName, m_last.report, parentWidget());
    m_summary->setAttribute(Qt::WA_DeleteOnClose);
    m_summary->open();
    return true;
}

} // namespace tierscope::ui
