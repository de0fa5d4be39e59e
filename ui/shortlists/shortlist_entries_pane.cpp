// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shortlists/shortlist_entries_pane.h"

#include "core/io/creator_csv_exporter.h"
#include "core/storage/workspace.h"
#include "ui/common/app_settings.h"
#include "ui/common/count_text.h"
#include "ui/common/message_box.h"
#include "ui/shortlists/shortlist_editor.h"
#include "ui/shortlists/shortlist_entry_delegate.h"
#include "ui/shortlists/shortlist_entry_model.h"
#include "ui/shortlists/shortlist_entry_table.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace tierscope::ui {

ShortlistEntriesPane::ShortlistEntriesPane(AppSettings &settings, ShortlistEditor *editor,
                                           QWidget *parent)
    : QWidget(parent),
      m_settings(settings),
      m_editor(editor),
      m_model(new ShortlistEntryModel(this)),
      m_table(new ShortlistEntryTable(this)),
      m_title(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_empty(new QLabel(this)),
      m_stack(new QStackedWidget(this))
{
    m_model->setEditor(editor);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setWeight(QFont::DemiBold);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("shortlistTitle"));
    m_summary->setObjectName(QStringLiteral("shortlistSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setObjectName(QStringLiteral("shortlistEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);

    createActions();
    setUpTable();

    auto *heading = new QWidget(this);
    auto *headingLayout = new QHBoxLayout(heading);
    headingLayout->setContentsMargins(12, 10, 12, 8);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_summary);
    headingLayout->addLayout(texts, 1);
    const auto button = [heading](QAction *action) {
        auto *b = new QToolButton(heading);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_compareButton = button(m_compare);
    m_exportButton = button(m_export);
    headingLayout->addWidget(m_compareButton, 0, Qt::AlignBottom);
    headingLayout->addWidget(button(m_toCampaign), 0, Qt::AlignBottom);
    headingLayout->addWidget(m_exportButton, 0, Qt::AlignBottom);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(heading);
    layout->addWidget(m_stack, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ShortlistEntriesPane::updateHeading);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ShortlistEntriesPane::updateHeading);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        // Keep the place in the list: the row now current is selected, ready for the next key.
        QItemSelectionModel *selection = m_table->selectionModel();
        if (!selection->hasSelection() && selection->currentIndex().isValid())
            selection->select(selection->currentIndex(),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        updateHeading();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ShortlistEntriesPane::updateHeading);
    connect(m_model, &ShortlistEntryModel::errorOccurred, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Cannot Read the Shortlist"), message);
    });
    restoreState();
    updateHeading();
}

void ShortlistEntriesPane::createActions()
{
    m_remove = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")),
                           tr("&Remove from Shortlist"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    connect(m_remove, &QAction::triggered, this, &ShortlistEntriesPane::removeSelected);
    m_table->addAction(m_remove);

    m_editNote = new QAction(tr("Edit &Note"), this);
    m_editNote->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editNote->setShortcutContext(Qt::WidgetShortcut);
    connect(m_editNote, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid()) {
            const QModelIndex note = m_model->index(current.row(), int(ShortlistColumn::Note));
            m_table->scrollTo(note);
            m_table->edit(note);
        }
    });
    m_table->addAction(m_editNote);

    // One key each, on the table: deciding down a list is a keyboard job.
    const QList<Qt::Key> keys = {Qt::Key_U, Qt::Key_Y, Qt::Key_M, Qt::Key_N};
    const QList<core::Verdict> verdicts = core::allVerdicts();
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        const core::Verdict v = verdicts[i];
        auto *a = new QAction(core::verdictDisplayName(v), this);
        a->setShortcut(QKeySequence(keys.value(i)));
        a->setShortcutContext(Qt::WidgetShortcut);
        a->setData(int(v));
        connect(a, &QAction::triggered, this, [this, v] { setVerdictOfSelection(v); });
        m_table->addAction(a);
        m_verdicts << a;
    }

    m_compare = new QAction(tr("Open in &Compare"), this);
    connect(m_compare, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedCreatorIds();
        if (ids.size() >= kMinCompare && ids.size() <= kMaxCompare)
            emit compareRequested(ids);
    });
    m_toCampaign = new QAction(tr("Add to Cam&paign…"), this);
    connect(m_toCampaign, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedCreatorIds();
        if (m_campaignAvailable && !ids.isEmpty())
            emit addToCampaignRequested(ids);
    });
    m_export = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                           tr("&Export CSV…"), this);
    connect(m_export, &QAction::triggered, this, &ShortlistEntriesPane::exportInteractive);
}

void ShortlistEntriesPane::setUpTable()
{
    m_table->setEntryModel(m_model);
    m_table->setItemDelegate(new ShortlistEntryDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(32);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    applyDefaultColumns();
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &ShortlistEntriesPane::showColumnMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this,
            &ShortlistEntriesPane::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ShortlistEntriesPane::updateActions);
}

void ShortlistEntriesPane::applyDefaultColumns()
{
    // Logical order stays the model's (Creators columns first, so their delegate applies);
    // shown: #, handle, verdict, note, then the Creators columns in their order.
    QHeaderView *header = m_table->horizontalHeader();
    const QList<int> order = {int(ShortlistColumn::Position), int(CreatorColumn::Handle),
                              int(ShortlistColumn::Verdict), int(ShortlistColumn::Note)};
    for (int c = 0; c < ShortlistEntryModel::kColumnCount; ++c)
        header->setSectionHidden(c, false);
    for (int c = 0; c < ShortlistEntryModel::kColumnCount; ++c)
        header->moveSection(header->visualIndex(c), c);
    for (qsizetype i = 0; i < order.size(); ++i)
        header->moveSection(header->visualIndex(order[i]), int(i));
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    const int creatorWidths[CreatorColumns::count] = {12, 10, 7, 6, 8, 6, 6, 8, 11, 5, 4, 6, 6, 9,
                                                      6, 7};
    for (int c = 0; c < CreatorColumns::count; ++c)
        header->resizeSection(c, creatorWidths[c] * em);
    header->resizeSection(int(ShortlistColumn::Position), 3 * em);
    header->resizeSection(int(ShortlistColumn::Verdict), 7 * em);
    header->resizeSection(int(ShortlistColumn::Note), 16 * em);
}

void ShortlistEntriesPane::restoreState()
{
    const QByteArray header = m_settings.value(settings::shortlistsHeader);
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
}

void ShortlistEntriesPane::saveState()
{
    m_settings.setValue(settings::shortlistsHeader, m_table->horizontalHeader()->saveState());
}

void ShortlistEntriesPane::setWorkspace(core::Workspace *workspace)
{
    m_workspace = workspace;
    m_shortlist = {};
    m_model->setWorkspace(workspace);
    updateHeading();
}

void ShortlistEntriesPane::setShortlist(const core::Shortlist &shortlist)
{
    const bool other = shortlist.id != m_shortlist.id;
    m_shortlist = shortlist;
    m_model->setShortlist(shortlist.id);
    if (other && m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, int(CreatorColumn::Handle)),
                                                   QItemSelectionModel::NoUpdate);
    updateHeading();
}

qint64 ShortlistEntriesPane::shortlistId() const
{
    return m_model->shortlistId();
}

void ShortlistEntriesPane::updateHeading()
{
    const int rows = m_model->rowCount();
    const QString key = QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText);
    if (m_shortlist.id == 0) {
        m_title->setText(tr("Shortlists"));
        m_summary->setText(QString());
        m_empty->setText(tr("No shortlist yet.\n\nCreate one with New Shortlist, or select "
                            "creators on the Creators page and press %1.").arg(key));
    } else {
        m_title->setText(m_shortlist.name);
        int tally[4] = {0, 0, 0, 0};
        for (int r = 0; r < rows; ++r)
            ++tally[int(m_model->rowAt(r)->entry.verdict)];
        QStringList parts{CountText::creators(rows)};
        for (core::Verdict v : {core::Verdict::Yes, core::Verdict::Maybe, core::Verdict::No}) {
            if (tally[int(v)] > 0)
                parts << tr("%1 %2").arg(QLocale().toString(tally[int(v)]),
                                         core::verdictDisplayName(v).toLower());
        }
        m_summary->setText(parts.join(QStringLiteral(" · ")));
        m_empty->setText(tr("“%1” is empty.\n\nOn the Creators page, select creators and press "
                            "%2, or drag them onto this shortlist in the sidebar.")
                             .arg(m_shortlist.name, key));
    }
    m_stack->setCurrentWidget(rows > 0 ? static_cast<QWidget *>(m_table) : m_empty);
    updateActions();
}

void ShortlistEntriesPane::updateActions()
{
    const bool writable = m_editor->canEdit() && m_shortlist.id > 0;
    const qsizetype selected = m_table->selectedRowNumbers().size();
    m_remove->setEnabled(writable && selected > 0);
    m_editNote->setEnabled(writable && m_table->currentIndex().isValid());
    for (QAction *a : std::as_const(m_verdicts))
        a->setEnabled(writable && selected > 0);
    m_compare->setEnabled(m_compareAvailable && selected >= kMinCompare
                          && selected <= kMaxCompare);
    m_compare->setToolTip(m_compareAvailable
                              ? tr("Select %1 to %2 creators to compare them side by side")
                                    .arg(kMinCompare)
                                    .arg(kMaxCompare)
                              : tr("Available once the Compare view exists"));
    m_toCampaign->setEnabled(m_campaignAvailable && selected > 0);
    m_toCampaign->setToolTip(m_campaignAvailable
                                 ? tr("Add the selected creators to a campaign's roster")
                                 : tr("Available once the Campaigns view exists"));
    m_export->setEnabled(m_workspace && m_shortlist.id > 0);
}

void ShortlistEntriesPane::setCompareAvailable(bool available)
{
    m_compareAvailable = available;
    updateActions();
}

void ShortlistEntriesPane::setCampaignAvailable(bool available)
{
    m_campaignAvailable = available;
    updateActions();
}

QList<qint64> ShortlistEntriesPane::selectedCreatorIds() const
{
    QList<qint64> ids;
    for (int r : m_table->selectedRowNumbers())
        ids << m_model->creatorIdAt(r);
    return ids;
}

void ShortlistEntriesPane::removeSelected()
{
    if (!m_remove->isEnabled())
        return;
    m_editor->removeCreators(m_shortlist.id, selectedCreatorIds());
}

void ShortlistEntriesPane::setVerdictOfSelection(core::Verdict verdict)
{
    QHash<qint64, core::Verdict> before;
    for (int r : m_table->selectedRowNumbers()) {
        if (const ShortlistEntryModel::Row *row = m_model->rowAt(r))
            before.insert(row->creator.id, row->entry.verdict);
    }
    m_editor->setVerdict(m_shortlist.id, before, verdict);
}

void ShortlistEntriesPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.addAction(m_editNote);
    QMenu *verdict = menu.addMenu(tr("&Verdict"));
    verdict->setEnabled(m_remove->isEnabled());
    verdict->addActions(m_verdicts);
    menu.addSeparator();
    menu.addAction(m_remove);
    menu.addSeparator();
    menu.addAction(m_compare);
    menu.addAction(m_toCampaign);
    menu.addAction(m_export);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ShortlistEntriesPane::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int v = 0; v < ShortlistEntryModel::kColumnCount; ++v) {
        const int c = header->logicalIndex(v);
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        // The handle identifies a row: it stays.
        a->setEnabled(c != int(CreatorColumn::Handle));
        connect(a, &QAction::toggled, header,
                [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset Columns")), &QAction::triggered, this, [this] {
        m_settings.reset(settings::shortlistsHeader);
        applyDefaultColumns();
    });
    menu.exec(header->mapToGlobal(pos));
}

bool ShortlistEntriesPane::exportCsv(const QString &path)
{
    if (!m_workspace || m_shortlist.id == 0)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        MessageBox::warning(this, tr("Export Shortlist"),
                            tr("“%1” cannot be written.").arg(QDir::toNativeSeparators(path)),
                            file.errorString());
        return false;
    }
    const auto written = core::CreatorCsvExporter::exportShortlist(m_workspace->database(),
                                                                   m_shortlist.id, &file);
    if (!written) {
        file.cancelWriting();
        MessageBox::warning(this, tr("Export Shortlist"), written.error().message);
        return false;
    }
    if (!file.commit()) {
        MessageBox::warning(this, tr("Export Shortlist"),
                            tr("“%1” cannot be written.").arg(QDir::toNativeSeparators(path)),
                            file.errorString());
        return false;
    }
    emit statusMessage(tr("Exported %1 to %2")
                           .arg(CountText::creators(*written), QDir::toNativeSeparators(path)));
    return true;
}

void ShortlistEntriesPane::exportInteractive()
{
    if (!m_export->isEnabled())
        return;
    const QString dir = m_settings.value(settings::lastDirectory);
    QString name = m_shortlist.name;
    static const QString unsafe = QStringLiteral("\\/:*?\"<>|");
    for (QChar &ch : name) {
        if (unsafe.contains(ch))
            ch = u'-';
    }
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Shortlist"),
        QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(name + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    m_settings.setValue(settings::lastDirectory, QFileInfo(path).absolutePath());
    exportCsv(path);
}

} // namespace tierscope::ui
