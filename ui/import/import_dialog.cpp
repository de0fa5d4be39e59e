// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/import_dialog.h"

#include "core/io/creator_row_reader.h"
#include "core/io/header_mapper.h"
#include "ui/import/column_reading_text.h"
#include "ui/import/csv_format_text.h"
#include "ui/import/decimal_question_panel.h"
#include "ui/import/encoding_box.h"
#include "ui/import/import_files.h"
#include "ui/import/import_mapping_delegate.h"
#include "ui/import/import_mapping_model.h"
#include "ui/import/mapping_file.h"
#include "ui/import/mapping_file_buttons.h"
#include "ui/import/subtitled_header_view.h"

#include <QCheckBox>
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
#include <QScopedValueRollback>
#include <QScreen>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace tierscope::ui {

using core::CreatorField;
using core::DecimalMark;

namespace {

QString quoted(const QString &s)
{
    return u'“' + s + u'”';
}

} // namespace

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new ImportMappingModel(this))
    , m_file(new QLabel(this))
    , m_encoding(new EncodingBox(this))
    , m_numbers(new QComboBox(this))
    , m_platform(new QComboBox(this))
    , m_duplicates(new QComboBox(this))
    , m_format(new QLabel(this))
    , m_questions(new DecimalQuestionPanel(this))
    , m_fileText(new QCheckBox(tr("Show the cells as &written in the file"), this))
    , m_table(new QTableView(this))
    , m_problem(new QLabel(this))
    , m_notesLabel(new QLabel(this))
{
    setWindowTitle(tr("Import Creators from CSV"));
    setAcceptDrops(true);

    m_file->setTextFormat(Qt::PlainText);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choose = new QPushButton(tr("C&hoose File…"), this);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);

    // Where a column's own values do not show the decimal mark ("1.200"): the file's choice.
    m_numbers->addItem(tr("Detect from the file"), int(DecimalMark::Auto));
    m_numbers->addItem(tr("Decimal comma: 1.234,5"), int(DecimalMark::Comma));
    m_numbers->addItem(tr("Decimal point: 1,234.5"), int(DecimalMark::Point));
    m_numbers->setToolTip(
        tr("How the file writes numbers whose columns do not show it, such as “1.200”. Columns "
           "whose values show their decimal mark (“12,5”, “1,234.5”) are read as they show."));
    connect(m_numbers, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    auto *numbersLabel = new QLabel(tr("&Numbers:"), this);
    numbersLabel->setBuddy(m_numbers);

    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_format, 1);
    encodingRow->addSpacing(12);
    encodingRow->addWidget(numbersLabel);
    encodingRow->addWidget(m_numbers);

    m_platform->addItem(tr("None: each row says"), -1);
    for (core::Platform p : core::allPlatforms())
        m_platform->addItem(core::platformDisplayName(p), int(p));
    connect(m_platform, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);

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
    m_platformLabel = label(tr("&Platform of rows without one:"), m_platform);
    form->addRow(tr("File:"), fileRow);
    form->addRow(label(tr("&Encoding:"), m_encoding), encodingRow);
    form->addRow(m_platformLabel, m_platform);
    form->addRow(label(tr("Creators already in the &workspace:"), m_duplicates), m_duplicates);

    auto *columnsLabel = new QLabel(
        tr("The first rows of the file as they will be stored. Check what each column fills, and "
           "change it in the list above the column. Cells marked ⚠ cannot be read and are left "
           "unknown; refused rows are in italics. Point at a cell or a header for details."),
        this);
    columnsLabel->setWordWrap(true);
    connect(m_fileText, &QCheckBox::toggled, m_model, &ImportMappingModel::setShowFileText);
    auto *columnsRow = new QHBoxLayout;
    columnsRow->addWidget(columnsLabel, 1);
    columnsRow->addWidget(m_fileText, 0, Qt::AlignBottom);

    connect(m_questions, &DecimalQuestionPanel::answered, this, &ImportDialog::answerColumn);
    connect(m_questions, &DecimalQuestionPanel::answeredAll, this, [this](DecimalMark mark) {
        // One answer for every column asked: the file's choice, replacing the single answers.
        for (const QString &header : std::as_const(m_ambiguous))
            m_columnMarks.remove(header);
        const int index = m_numbers->findData(int(mark));
        if (index == m_numbers->currentIndex())
            refreshPreview();
        else
            m_numbers->setCurrentIndex(index); // refreshes
    });

    auto *header = new SubtitledHeaderView(ImportMappingModel::SubtitleRole, m_table);
    m_table->setHorizontalHeader(header);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ImportMappingDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers); // the combos are always open
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    header->setHighlightSections(false);
    header->setSectionsClickable(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportDialog::openEditors);
    connect(m_model, &ImportMappingModel::mappingChanged, this, [this] {
        if (!m_updatingModel)
            refreshPreview(); // what each column fills changes what is stored
    });

    m_problemIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_problemIcon->setPixmap(style()
                                 ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                                 .pixmap(iconSize, iconSize));
    m_problemIcon->setAlignment(Qt::AlignTop);
    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problemIcon);
    problemRow->addWidget(m_problem, 1);

    m_notesLabel->setObjectName(QStringLiteral("importNotes"));
    m_notesLabel->setTextFormat(Qt::PlainText);
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
    layout->addLayout(columnsRow);
    layout->addWidget(m_questions);
    layout->addWidget(m_table, 1);
    layout->addLayout(problemRow);
    layout->addWidget(m_notesLabel);
    layout->addLayout(bottom);

    // Wide enough for several columns, within a 1280×800 screen.
    QSize size(1160, 700);
    if (const QScreen *screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableSize() - QSize(60, 60));
    resize(size);
    updateState();
}

ImportDialog::~ImportDialog() = default;

QComboBox *ImportDialog::encodingBox() const
{
    return m_encoding;
}

void ImportDialog::setWorkspaceDefaults(const QString &defaultCurrency,
                                        const core::ErBases &erBases)
{
    if (defaultCurrency == m_defaultCurrency && erBases == m_erBases)
        return;
    m_defaultCurrency = defaultCurrency;
    m_erBases = erBases;
    if (!m_path.isEmpty())
        refreshPreview();
}

bool ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_file->setToolTip(QDir::toNativeSeparators(path));
    {
        // A new file is detected afresh: encoding, mapping, how it writes numbers.
        const QScopedValueRollback guard(m_updatingModel, true);
        const QSignalBlocker blockEncoding(m_encoding);
        const QSignalBlocker blockNumbers(m_numbers);
        m_encoding->reset();
        m_numbers->setCurrentIndex(0);
        m_columnMarks.clear();
        m_ambiguous.clear();
        m_mappingButtons->setSourceFile(path);
        m_model->setPreview({}, core::HeaderMapping());
        m_model->clearStored();
        m_headers.clear();
        m_records.clear();
    }
    refreshPreview();
    return m_previewOk;
}

DecimalMark ImportDialog::fileMark() const
{
    return DecimalMark(m_numbers->currentData().toInt());
}

core::ImportOptions ImportDialog::previewOptions() const
{
    core::ImportOptions o;
    o.encoding = m_encoding->encoding();
    // Another encoding or choice for the same file: keep the columns the user has set.
    if (m_model->mapping().columnCount() > 0)
        o.mapping = m_model->mapping();
    if (const int p = m_platform->currentData().toInt(); p >= 0)
        o.platform = core::Platform(p);
    o.decimalMark = fileMark();
    // Only the columns asked about: an answer must not outlive the question (a column mapped
    // to followers afterwards reads "1.200" as thousands by itself).
    for (const QString &header : m_ambiguous) {
        if (const auto it = m_columnMarks.constFind(header); it != m_columnMarks.cend())
            o.columnDecimalMarks.insert(header, it.value());
    }
    o.locale = QLocale();
    o.defaultCurrency = m_defaultCurrency;
    o.erBases = m_erBases;
    return o;
}

void ImportDialog::refreshPreview()
{
    if (m_path.isEmpty()) {
        updateState();
        return;
    }
    // Nothing in the file names a platform and none is chosen yet: Import waits for the choice
    // (problemText), and the preview shows the values meanwhile instead of refusing every row.
    // No column shows the platform, so the stand-in is not seen.
    core::ImportOptions options = previewOptions();
    const auto needsPlatform = [&options](const core::HeaderMapping &mapping) {
        return !options.platform
            && core::CreatorRowReader::checkPlatform(mapping, options).code
            == core::Error::Code::NeedsChoice;
    };
    if (options.mapping && needsPlatform(*options.mapping))
        options.platform = core::Platform::Instagram;
    auto preview = core::CreatorImporter::preview(m_path, options, kPreviewRows);
    if (preview && needsPlatform(preview->mapping)) { // a new file: its mapping is known now
        options.platform = core::Platform::Instagram;
        options.mapping = preview->mapping;
        preview = core::CreatorImporter::preview(m_path, options, kPreviewRows);
    }
    if (!preview) {
        const QScopedValueRollback guard(m_updatingModel, true);
        m_encoding->setDetected({});
        m_previewOk = false;
        m_previewError = preview.error().message;
        m_notes.clear();
        m_format->clear();
        m_ambiguous.clear();
        m_headers.clear();
        m_records.clear();
        m_model->setPreview({}, core::HeaderMapping());
        m_model->clearStored();
        m_questions->setQuestions({});
        updateState();
        return;
    }
    showPreview(*preview);
}

void ImportDialog::showPreview(const core::ImportPreview &preview)
{
    const QScopedValueRollback guard(m_updatingModel, true);
    m_previewOk = true;
    m_previewError.clear();
    // The columns' readings are shown on their headers; the notes keep the rest.
    const QStringList readings = preview.survey.notes();
    m_notes.clear();
    for (const QString &w : preview.warnings) {
        if (!readings.contains(w))
            m_notes << w;
    }
    if (preview.surveyedRows >= 0)
        m_notes << tr("How the columns write their numbers is read here from the first %1 rows; "
                      "the import reads it from every row.")
                       .arg(QLocale().toString(preview.surveyedRows));
    m_encoding->setDetected(preview.encoding);
    m_format->setText(delimiterLabel(preview.delimiter));

    const bool sameRecords = preview.headers == m_headers && preview.rows == m_records
        && m_model->mapping().columnCount() == preview.headers.size();
    if (sameRecords) {
        m_model->setMapping(preview.mapping); // unchanged unless a saved mapping was remapped
    } else {
        m_headers = preview.headers;
        m_records = preview.rows;
        m_model->setPreview(preview.rows, preview.mapping);
    }

    // The columns the file does not settle, whatever was answered: the questions stay asked.
    core::ColumnSurvey unanswered = preview.survey;
    core::ColumnSurvey::Options open;
    open.locale = QLocale();
    unanswered.decide(open);
    m_ambiguous.clear();
    for (qsizetype c : unanswered.ambiguousColumns())
        m_ambiguous << preview.mapping.header(c);

    QList<ImportMappingModel::ColumnReading> readingsByColumn;
    const DecimalMark file = fileMark();
    for (const core::ColumnSurvey::Reading &r : preview.survey.readings()) {
        ImportMappingModel::ColumnReading cr;
        cr.reading = r;
        const QString header = preview.mapping.header(r.column);
        if (m_ambiguous.contains(header)) {
            cr.decision = m_columnMarks.contains(header) ? ColumnReadingText::Decision::Answered
                : file != DecimalMark::Auto              ? ColumnReadingText::Decision::FileChoice
                                                         : ColumnReadingText::Decision::Open;
        }
        readingsByColumn << cr;
    }
    m_model->setStored(preview.stored, readingsByColumn);
    if (!sameRecords)
        fitColumns();
    else
        widenColumns(); // a new reading or value may need more room; never narrower
    showQuestions(preview);
    updateState();
}

void ImportDialog::showQuestions(const core::ImportPreview &preview)
{
    QList<DecimalQuestionPanel::Question> questions;
    for (const core::ColumnSurvey::Reading &r : preview.survey.readings()) {
        const QString header = preview.mapping.header(r.column);
        if (!m_ambiguous.contains(header))
            continue;
        DecimalQuestionPanel::Question q;
        q.header = header;
        q.example =
            ColumnReadingText::example(r, m_model->columnValues(int(r.column)), m_defaultCurrency);
        q.answer = m_columnMarks.value(header, fileMark());
        questions << q;
    }
    m_questions->setQuestions(questions);
}

void ImportDialog::answerColumn(const QString &header, DecimalMark mark)
{
    if (m_columnMarks.value(header, DecimalMark::Auto) == mark)
        return;
    m_columnMarks.insert(header, mark);
    refreshPreview();
}

void ImportDialog::openEditors()
{
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->openPersistentEditor(m_model->index(ImportMappingModel::kMappingRow, c));
}

void ImportDialog::fitColumns()
{
    const QFontMetrics fm = m_table->fontMetrics();
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

void ImportDialog::widenColumns()
{
    const int maxWidth = m_table->fontMetrics().averageCharWidth() * 36;
    QHeaderView *header = m_table->horizontalHeader();
    const QAbstractItemView *view = m_table; // sizeHintForColumn is public there
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const int wanted =
            std::min(std::max(header->sectionSizeHint(c), view->sizeHintForColumn(c)), maxWidth);
        if (m_table->columnWidth(c) < wanted)
            m_table->setColumnWidth(c, wanted);
    }
}

core::HeaderMapping ImportDialog::mapping() const
{
    return m_model->mapping();
}

core::ImportOptions ImportDialog::options() const
{
    core::ImportOptions o = previewOptions();
    o.onDuplicate = core::BulkCreatorWriter::OnDuplicate(m_duplicates->currentData().toInt());
    if (!m_previewOk)
        o.mapping.reset();
    return o;
}

QStringList ImportDialog::undecidedColumns() const
{
    if (fileMark() != DecimalMark::Auto)
        return {};
    QStringList out;
    for (const QString &header : m_ambiguous) {
        if (!m_columnMarks.contains(header))
            out << header;
    }
    return out;
}

bool ImportDialog::platformNeeded() const
{
    return m_previewOk
        && core::CreatorRowReader::checkPlatform(m_model->mapping(), options()).code
        == core::Error::Code::NeedsChoice;
}

QString ImportDialog::problemText() const
{
    if (m_path.isEmpty())
        return tr("Choose a CSV file to import.");
    if (!m_previewOk)
        return m_previewError;
    if (const core::Status s = core::CreatorRowReader::checkMapping(m_model->mapping()))
        return s.message;
    // Both choices may be missing: say both, so that one answer does not reveal another.
    QStringList problems;
    if (platformNeeded())
        problems << tr("The file does not say which platform its creators are on: it has no "
                       "platform column and no profile URLs. Choose the platform of its rows "
                       "above, or map a column to Platform.");
    if (const QStringList open = undecidedColumns(); !open.isEmpty()) {
        QStringList names;
        for (const QString &h : open)
            names << quoted(h);
        problems << tr("%n column(s) do not show how they write decimals (%1): answer the "
                       "question above the table, or choose how the file writes numbers.",
                       nullptr, int(open.size()))
                        .arg(names.join(QStringLiteral(", ")));
    }
    return problems.join(u'\n');
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
    const QString problem = problemText();
    const bool needPlatform = platformNeeded();
    // A required choice reads as one: nothing in the file says "each row says".
    m_platform->setItemText(0,
                            needPlatform ? tr("Choose the platform…") : tr("None: each row says"));
    QFont labelFont = m_platformLabel->font();
    labelFont.setBold(needPlatform);
    m_platformLabel->setFont(labelFont);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_problemIcon->setVisible(!problem.isEmpty());
    m_notesLabel->setText(m_notes.join(u'\n'));
    m_notesLabel->setVisible(!m_notes.isEmpty());
    m_import->setEnabled(canImport());
    m_mappingButtons->setEnabled(m_previewOk && m_model->mapping().columnCount() > 0);
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
