// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/import_dialog.h"

#include "core/io/creator_row_reader.h"
#include "core/io/header_mapper.h"
#include "ui/common/message_box.h"
#include "ui/import/import_files.h"
#include "ui/import/import_mapping_delegate.h"
#include "ui/import/import_mapping_model.h"

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
#include <QJsonDocument>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace tierscope::ui {

using core::CreatorField;
using core::TextEncoding;

namespace {

QString encodingLabel(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Auto:
        return ImportDialog::tr("Detect automatically");
    case TextEncoding::Utf8:
        return ImportDialog::tr("UTF-8");
    case TextEncoding::Utf16:
        return ImportDialog::tr("UTF-16 (byte-order mark)");
    case TextEncoding::Utf16LE:
        return ImportDialog::tr("UTF-16 little endian");
    case TextEncoding::Utf16BE:
        return ImportDialog::tr("UTF-16 big endian");
    case TextEncoding::Windows1252:
        return ImportDialog::tr("Windows-1252 (Western)");
    case TextEncoding::Latin1:
        return ImportDialog::tr("Latin-1 (ISO 8859-1)");
    }
    return {};
}

QString delimiterLabel(const QString &coreName)
{
    if (coreName == u"comma")
        return ImportDialog::tr("comma-separated");
    if (coreName == u"semicolon")
        return ImportDialog::tr("semicolon-separated");
    if (coreName == u"tab")
        return ImportDialog::tr("tab-separated");
    return ImportDialog::tr("separated by “%1”").arg(coreName);
}

} // namespace

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new ImportMappingModel(this))
    , m_file(new QLabel(this))
    , m_encoding(new QComboBox(this))
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

    for (TextEncoding e :
         {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Utf16, TextEncoding::Utf16LE,
          TextEncoding::Utf16BE, TextEncoding::Windows1252, TextEncoding::Latin1}) {
        m_encoding->addItem(encodingLabel(e), int(e));
    }
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
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

    m_loadMapping = new QPushButton(tr("&Load Mapping…"), this);
    m_loadMapping->setToolTip(tr("Apply a column mapping saved from an earlier import"));
    connect(m_loadMapping, &QPushButton::clicked, this, &ImportDialog::loadMappingInteractive);
    m_saveMapping = new QPushButton(tr("&Save Mapping…"), this);
    m_saveMapping->setToolTip(tr("Save this column mapping to reuse it for files like this one"));
    connect(m_saveMapping, &QPushButton::clicked, this, &ImportDialog::saveMappingInteractive);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_loadMapping);
    bottom->addWidget(m_saveMapping);
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

bool ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_file->setToolTip(QDir::toNativeSeparators(path));
    {
        const QSignalBlocker blocker(m_encoding); // a new file is detected afresh below
        m_encoding->setCurrentIndex(0);
    }
    m_model->setPreview({}, core::HeaderMapping()); // a new file: detect its mapping afresh
    refreshPreview();
    return m_previewOk;
}

void ImportDialog::refreshPreview()
{
    core::ImportOptions options;
    options.encoding = TextEncoding(m_encoding->currentData().toInt());
    // Another encoding for the same file: keep the columns the user has set.
    if (m_model->mapping().columnCount() > 0)
        options.mapping = m_model->mapping();
    const auto preview = core::CreatorImporter::preview(m_path, options, kPreviewRows);
    m_encoding->setItemText(0, encodingLabel(TextEncoding::Auto));
    if (!preview) {
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
    const auto detected = core::TextDecoder::encodingFromName(preview.encoding);
    if (detected && m_encoding->currentIndex() == 0)
        m_encoding->setItemText(0, tr("Detect automatically (%1)").arg(encodingLabel(*detected)));
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
    o.encoding = TextEncoding(m_encoding->currentData().toInt());
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
    m_saveMapping->setEnabled(m_previewOk && mapping.columnCount() > 0);
    m_loadMapping->setEnabled(m_previewOk && mapping.columnCount() > 0);
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

QString ImportDialog::mappingDirectory() const
{
    return m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
}

bool ImportDialog::saveMapping(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)
        && f.write(QJsonDocument(m_model->mapping().toJson()).toJson()) >= 0 && f.commit()) {
        return true;
    }
    if (error)
        *error = f.errorString();
    return false;
}

bool ImportDialog::loadMapping(const QString &path, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(4 * 1024 * 1024), &parseError);
    if (!doc.isObject())
        return fail(tr("The file is not JSON: %1.").arg(parseError.errorString()));
    const auto saved = core::HeaderMapping::fromJson(doc.object());
    if (!saved)
        return fail(saved.error().message);
    const QStringList &headers = m_model->mapping().headers();
    QStringList known;
    for (const QString &h : saved->headers())
        known << core::HeaderMapper::normaliseHeader(h);
    const bool overlaps = std::any_of(headers.cbegin(), headers.cend(), [&known](const QString &h) {
        return known.contains(core::HeaderMapper::normaliseHeader(h));
    });
    if (!overlaps)
        return fail(tr("None of its columns is in this file."));
    m_model->setMapping(core::HeaderMapper::map(headers, *saved));
    return true;
}

void ImportDialog::saveMappingInteractive()
{
    const QString suggested = QFileInfo(m_path).completeBaseName() + tr("-mapping") + u".json";
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Column Mapping"),
                                                      QDir(mappingDirectory()).filePath(suggested),
                                                      tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveMapping(path, &error))
        MessageBox::warning(
            this, tr("Save Column Mapping"),
            tr("The mapping could not be saved to “%1”.").arg(QFileInfo(path).fileName()), error);
}

void ImportDialog::loadMappingInteractive()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load Column Mapping"), mappingDirectory(),
                                     tr("Column mappings (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadMapping(path, &error))
        MessageBox::warning(
            this, tr("Load Column Mapping"),
            tr("“%1” cannot be applied to this file.").arg(QFileInfo(path).fileName()), error);
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
