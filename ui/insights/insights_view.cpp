// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/insights_view.h"

#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"
#include "ui/charts/tier_chart_widget.h"
#include "ui/commands/set_er_bases_command.h"
#include "ui/commands/set_tier_scheme_command.h"
#include "ui/common/background_reader.h"
#include "ui/common/message_box.h"
#include "ui/insights/benchmarks_dialog.h"
#include "ui/insights/er_basis_job.h"
#include "ui/insights/tier_summary_model.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tierscope::ui {

InsightsView::InsightsView(QWidget *parent)
    : QWidget(parent),
      m_reader(new BackgroundReader(QStringLiteral("insights"), this)),
      m_wholeWorkspace(new QRadioButton(tr("&Whole workspace"), this)),
      m_currentFilter(new QRadioButton(tr("Creators’ current &filter"), this)),
      m_heading(new QLabel(this)),
      m_editBenchmarks(new QAction(tr("Edit Tiers, Benchmarks and ER &Basis…"), this)),
      m_chart(new TierChartWidget(this)),
      m_summary(new TierSummaryModel(this)),
      m_table(new QTableView(this))
{
    m_wholeWorkspace->setObjectName(QStringLiteral("wholeWorkspace"));
    m_currentFilter->setObjectName(QStringLiteral("currentFilter"));
    m_wholeWorkspace->setChecked(true);
    auto *scope = new QButtonGroup(this);
    scope->addButton(m_wholeWorkspace);
    scope->addButton(m_currentFilter);
    connect(m_wholeWorkspace, &QRadioButton::toggled, this, [this](bool on) {
        setScope(on ? Scope::Workspace : Scope::CurrentFilter);
    });

    m_heading->setObjectName(QStringLiteral("insightsHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never widens the window

    auto *edit = new QToolButton(this);
    edit->setDefaultAction(m_editBenchmarks);
    edit->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_editBenchmarks->setEnabled(false);
    connect(m_editBenchmarks, &QAction::triggered, this, &InsightsView::editBenchmarksInteractive);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(10, 8, 10, 0);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_wholeWorkspace);
    bar->addWidget(m_currentFilter);
    bar->addSpacing(16);
    bar->addWidget(m_heading, 1);
    bar->addWidget(edit);

    m_table->setObjectName(QStringLiteral("tierSummaryTable"));
    m_table->setModel(m_summary);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setCollapsible(0, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_chart, &TierChartWidget::creatorClicked, this, [this](qint64 id) {
        setHighlightedCreator(id);
        emit creatorClicked(id);
    });
    connect(m_reader, &BackgroundReader::busyChanged, m_chart, &TierChartWidget::setBusy);
    updateHeading();
}

InsightsView::~InsightsView() = default;

void InsightsView::setWorkspace(core::Workspace *workspace, QUndoStack *undoStack)
{
    if (m_workspace)
        disconnect(m_workspace->events(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_undoStack = undoStack;
    m_reader->setWorkspace(workspace);
    m_loaded = false;
    m_highlighted = 0;
    m_editBenchmarks->setEnabled(workspace && undoStack);
    m_summary->clear();
    m_chart->clear(workspace ? tr("Reading the creators…") : tr("No workspace open."));
    if (workspace) {
        core::WorkspaceEvents *events = workspace->events();
        connect(events, &core::WorkspaceEvents::creatorsChanged, this, &InsightsView::invalidate);
        connect(events, &core::WorkspaceEvents::creatorUpdated, this, &InsightsView::invalidate);
        connect(events, &core::WorkspaceEvents::settingsChanged, this, &InsightsView::invalidate);
    }
    invalidate();
}

void InsightsView::setCreatorsFilter(const core::CreatorFilter &filter)
{
    if (filter == m_creatorsFilter)
        return;
    m_creatorsFilter = filter;
    if (m_scope == Scope::CurrentFilter)
        invalidate();
}

void InsightsView::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    m_wholeWorkspace->setChecked(scope == Scope::Workspace);
    m_currentFilter->setChecked(scope == Scope::CurrentFilter);
    invalidate();
}

void InsightsView::setHighlightedCreator(qint64 id)
{
    if (id == m_highlighted)
        return;
    m_highlighted = id;
    invalidate();
}

bool InsightsView::isLoading() const
{
    return m_reader->isBusy();
}

void InsightsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void InsightsView::invalidate()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void InsightsView::reload()
{
    m_stale = false;
    if (!m_workspace)
        return;
    const core::SettingsRepository settings(m_workspace->database());
    const auto scheme = settings.tierScheme();
    const auto currency = settings.defaultCurrency();
    if (!scheme || !currency) {
        m_chart->clear(tr("The workspace settings could not be read: %1")
                           .arg(scheme ? currency.error().message : scheme.error().message));
        return;
    }
    const core::CreatorFilter filter =
        m_scope == Scope::CurrentFilter ? m_creatorsFilter : core::CreatorFilter();
    core::TierChartOptions options;
    options.feeCurrency = *currency;
    if (m_highlighted > 0)
        options.highlightedIds = {m_highlighted};
    m_reader->request(
        [scheme = *scheme, filter, options](const QSqlDatabase &db) {
            return core::buildTierChartData(db, scheme, filter, options);
        },
        [this](const core::Result<core::TierChartData> &result) { onLoaded(result); });
}

void InsightsView::onLoaded(const core::Result<core::TierChartData> &result)
{
    if (!result) {
        m_chart->clear(tr("The chart could not be built: %1").arg(result.error().message));
        m_summary->clear();
        m_loaded = false;
        return;
    }
    m_data = *result;
    m_loaded = true;
    m_chart->setData(m_data);
    m_summary->setStatistics(m_data.statistics, m_data.scheme);
    fitTableHeight();
    updateHeading();
}

// Five rows: the table shows them all, and the chart takes the rest of the height.
void InsightsView::fitTableHeight()
{
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_summary->rowCount(); ++row)
        height += m_table->verticalHeader()->sectionSize(row);
    if (m_table->horizontalScrollBar()->isVisible() || m_table->horizontalHeader()->length() > m_table->viewport()->width())
        height += m_table->horizontalScrollBar()->sizeHint().height();
    m_table->setFixedHeight(height);
}

void InsightsView::updateHeading()
{
    const QLocale locale;
    const bool filtered = m_scope == Scope::CurrentFilter;
    QString text = filtered ? tr("Creators’ current filter") : tr("Whole workspace");
    if (filtered && m_creatorsFilter.isEmpty())
        text += u' ' + tr("(no filter set: every creator)");
    if (m_loaded) {
        const qint64 total = m_data.statistics.total;
        text += QStringLiteral(" · ")
            + (total == 1 ? tr("1 creator") : tr("%1 creators").arg(locale.toString(total)));
        if (m_data.statistics.unknownFollowers > 0)
            text += QStringLiteral(" · ")
                + tr("%1 without a follower count (no tier)")
                      .arg(locale.toString(m_data.statistics.unknownFollowers));
    }
    m_heading->setText(text);
}

void InsightsView::applyTierScheme(const core::TierScheme &scheme)
{
    if (!m_workspace || !m_undoStack)
        return;
    const auto before = core::SettingsRepository(m_workspace->database()).tierScheme();
    if (!before) {
        MessageBox::warning(this, tr("Tiers and Benchmarks"), before.error().message);
        return;
    }
    if (*before == scheme)
        return; // nothing changed: no empty undo step
    m_undoStack->push(new SetTierSchemeCommand(*m_workspace, *before, scheme,
                                               [this](const core::Error &e) {
                                                   MessageBox::warning(
                                                       this, tr("Tiers and Benchmarks"),
                                                       tr("The tiers and benchmarks could not be "
                                                          "saved."),
                                                       e.message);
                                               }));
}

void InsightsView::applyErBases(const core::ErBases &bases)
{
    if (!m_workspace || !m_undoStack)
        return;
    const auto before = core::SettingsRepository(m_workspace->database()).erBases();
    if (!before) {
        MessageBox::warning(this, tr("ER Basis"), before.error().message);
        return;
    }
    if (*before == bases)
        return;
    core::Workspace *workspace = m_workspace;
    m_undoStack->push(new SetErBasesCommand(
        *m_workspace, *before, bases,
        [this, workspace](const core::ErBases &b, bool cancellable) {
            return ErBasisJob::run(*workspace, b, this, cancellable);
        },
        [this](const core::Error &e) {
            MessageBox::warning(this, tr("ER Basis"),
                                tr("The engagement rate basis could not be changed."), e.message);
        }));
}

void InsightsView::editBenchmarksInteractive()
{
    if (!m_workspace || !m_undoStack)
        return;
    const core::SettingsRepository settings(m_workspace->database());
    const auto current = settings.tierScheme();
    const auto bases = settings.erBases();
    if (!current || !bases) {
        MessageBox::warning(this, tr("Tiers and Benchmarks"),
                            (current ? bases.error() : current.error()).message);
        return;
    }
    BenchmarksDialog dialog(*current, *bases, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::TierScheme scheme = dialog.scheme();
    const core::ErBases chosen = dialog.erBases();
    // One undo step for one OK, whatever it changed.
    const bool both = !(scheme == *current) && chosen != *bases;
    if (both)
        m_undoStack->beginMacro(tr("Edit Tiers, Benchmarks and ER Basis"));
    applyTierScheme(scheme);
    applyErBases(chosen);
    if (both)
        m_undoStack->endMacro();
}

} // namespace tierscope::ui
