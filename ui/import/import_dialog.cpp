// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/import_dialog.h"

#include "core/io/creator_row_reader.h"
#include "core/io/header_mapper.h"
#include "ui/import/csv_format_text.h"
#include "ui/import/encoding_box.h"
#include "ui/import/import_files.h"
#include "ui/import/import_mapping_delegate.h"
#include "ui/import/import_mapping_model.h"
#include "ui/import/mapping_file.h"
#include "ui/import/mapping_file_buttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace tierscope::ui {

using core::CreatorField;

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new ImportMappingModel(this))
    , m_file(new QLabel(this))
    , m_encoding(new EncodingBox(this))
    , m_platform(new QComboBox(this))
    , m_duplicates(new QComboBox(this))
    , m_format(new QLabel(this))
    , m_table(new QTableView(this))
    , m_problem(new QLabel(this))
    , m_notesLabel(new QLabel(this))
{
    setWindowTitle(tr("Import Creators from CSV"));
    setAcceptDrops(true);

    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choose = new QPushButton(tr("C&hoose File…"), this);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_format, 1);

    m_platform->addItem(tr("None: each row says"), -1);
    for (core::Platform p : core::allPlatforms())
        m_platform->addItem(core::platformDisplayName(p), int(p));
    connect(m_platform, &QComboBox::currentIndexChanged, this, &ImportDialog::updateState);

    m_duplicates->addItem(tr("Update them with the values in the file"),
                          int(core::BulkCreatorWriter::OnDuplicate::Update));
    m_duplicates->addItem(tr("Skip those rows and keep the creators as they are"),
                          int(core::BulkCreatorWriter::OnDuplicate::Skip));

    auto *form = new QFormLayout;
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(tr("File:"), fileRow);
    form->addRow(label(tr("&Encoding:"), m_encoding), encodingRow);
    form->addRow(label(tr("&Platform of rows without one:"), m_platform), m_platform);
    form->addRow(label(tr("Creators already in the &workspace:"), m_duplicates), m_duplicates);

    auto *columnsLabel = new QLabel(
        tr("The first rows of the file. Check what each column fills, and change it in the list "
           "above the column:"),
        this);
    columnsLabel->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new ImportMappingDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers); // the combos are always open
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportDialog::openEditors);
    connect(m_model, &ImportMappingModel::mappingChanged, this, &ImportDialog::updateState);

    m_problemIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_problemIcon->setPixmap(style()
                                 ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                                 .pixmap(iconSize, iconSize));
    m_problemIcon->setAlignment(Qt::AlignTop);
    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problemIcon);
    problemRow->addWidget(m_problem, 1);

    m_notesLabel->setObjectName(QStringLiteral("importNotes"));
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notesLabel->setForegroundRole(QPalette::PlaceholderText);

    m_mappingButtons = new MappingFileButtons(
        [this](const QString &path, QString *error) { return saveMapping(path, error); },
        [this](const QString &path, QString *error) { return loadMapping(path, error); }, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_mappingButtons);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(columnsLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(problemRow);
    layout->addWidget(m_notesLabel);
    layout->addLayout(bottom);

    resize(960, 640);
    updateState();
}

ImportDialog::~ImportDialog() = default;

QComboBox *ImportDialog::encodingBox() const
{
    return m_encoding;
}

bool ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_file->setToolTip(QDir::toNativeSeparators(path));
    m_encoding->reset(); // a new file is detected afresh below
    m_mappingButtons->setSourceFile(path);
    m_model->setPreview({}, core::HeaderMapping()); // a new file: detect its mapping afresh
    refreshPreview();
    return m_previewOk;
}

void ImportDialog::refreshPreview()
{
    core::ImportOptions options;
    options.encoding = m_encoding->encoding();
    // Another encoding for the same file: keep the columns the user has set.
    if (m_model->mapping().columnCount() > 0)
        options.mapping = m_model->mapping();
    const auto preview = core::CreatorImporter::preview(m_path, options, kPreviewRows);
    if (!preview) {
        m_encoding->setDetected({});
        m_previewOk = false;
        m_previewError = preview.error().message;
        m_notes.clear();
        m_format->clear();
        m_model->setPreview({}, core::HeaderMapping());
        updateState();
        return;
    }
    showPreview(*preview);
}

void ImportDialog::showPreview(const core::ImportPreview &preview)
{
    m_previewOk = true;
    m_previewError.clear();
    m_notes = preview.warnings;
    m_encoding->setDetected(preview.encoding);
    m_format->setText(delimiterLabel(preview.delimiter));
    m_model->setPreview(preview.rows, preview.mapping);
    updateState();
}

void ImportDialog::openEditors()
{
    const QFontMetrics fm = m_table->fontMetrics();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->openPersistentEditor(m_model->index(ImportMappingModel::kMappingRow, c));
    m_table->resizeColumnsToContents();
    const int maxWidth = fm.averageCharWidth() * 36;
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), maxWidth));
    if (m_model->rowCount() > 0) {
        m_table->resizeRowToContents(ImportMappingModel::kMappingRow);
        m_table->setRowHeight(ImportMappingModel::kMappingRow,
                              m_table->rowHeight(ImportMappingModel::kMappingRow) + 4);
    }
}

core::HeaderMapping ImportDialog::mapping() const
{
    return m_model->mapping();
}

core::ImportOptions ImportDialog::options() const
{
    core::ImportOptions o;
    o.encoding = m_encoding->encoding();
    if (const int p = m_platform->currentData().toInt(); p >= 0)
        o.platform = core::Platform(p);
    o.onDuplicate = core::BulkCreatorWriter::OnDuplicate(m_duplicates->currentData().toInt());
    if (m_previewOk)
        o.mapping = m_model->mapping();
    return o;
}

QString ImportDialog::problemText() const
{
    if (m_path.isEmpty())
        return tr("Choose a CSV file to import.");
    if (!m_previewOk)
        return m_previewError;
    if (const core::Status s = core::CreatorRowReader::checkMapping(m_model->mapping()))
        return s.message;
    return {};
}

bool ImportDialog::canImport() const
{
    return m_previewOk && problemText().isEmpty();
}

QStringList ImportDialog::notes() const
{
    return m_notes;
}

void ImportDialog::updateState()
{
    QString problem = problemText();
    const core::HeaderMapping &mapping = m_model->mapping();
    if (problem.isEmpty() && mapping.columnFor(CreatorField::Platform) < 0
        && mapping.columnFor(CreatorField::ProfileUrl) < 0
        && m_platform->currentData().toInt() < 0) {
        // Not a blocker (a handle may be written as a URL), but most rows would be refused.
        problem = tr("No column gives the platform: choose the platform of the rows above, or "
                     "rows whose handle is not a profile link will be rejected.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_problemIcon->setVisible(!problem.isEmpty());
    m_notesLabel->setText(m_notes.join(u'\n'));
    m_notesLabel->setVisible(!m_notes.isEmpty());
    m_import->setEnabled(canImport());
    m_mappingButtons->setEnabled(m_previewOk && mapping.columnCount() > 0);
}

void ImportDialog::chooseFile()
{
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Creators from CSV"), dir,
                                     tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportDialog::saveMapping(const QString &path, QString *error) const
{
    return MappingFile::save(path, m_model->mapping(), error);
}

bool ImportDialog::loadMapping(const QString &path, QString *error)
{
    return MappingFile::load(
        path, m_model,
        [](const QStringList &headers, const core::HeaderMapping &saved) {
            return core::HeaderMapper::map(headers, saved);
        },
        error);
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!importableFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    const QString path = importableFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    setFile(path);
}

} // namespace tierscope::ui
