// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/compare_view.h"

#include "core/analytics/comparison.h"
#include "core/analytics/er_percentile.h"
#include "core/io/comparison_csv.h"
#include "core/storage/creator_repository.h"
#include "core/storage/settings_repository.h"
#include "core/storage/workspace.h"
#include "ui/charts/tier_chart_widget.h"
#include "ui/common/background_reader.h"
#include "ui/common/message_box.h"
#include "ui/compare/comparison_model.h"
#include "ui/compare/creator_search_box.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tierscope::ui {

namespace {

// What the worker reads for one comparison.
struct Loaded
{
    core::Status error;
    QList<core::Creator> creators;
    QHash<qint64, double> percentiles;
    core::TierChartData chart;
};

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent),
      m_reader(new BackgroundReader(QStringLiteral("compare"), this)),
      m_model(new ComparisonModel(this)),
      m_search(new CreatorSearchBox(this)),
      m_table(new QTableView(this)),
      m_hint(new QLabel(this)),
      m_chart(new TierChartWidget(this))
{
    createActions();
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    m_table->horizontalHeader()->setSectionsMovable(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->addActions({m_remove, m_moveLeft, m_moveRight});
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &CompareView::showHeaderMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        showHeaderMenu(m_table->horizontalHeader()->mapFromGlobal(
            m_table->viewport()->mapToGlobal(pos)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CompareView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CompareView::updateActions);

    m_hint->setObjectName(QStringLiteral("compareHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    m_search->setMinimumWidth(160);
    bar->addWidget(m_search, 1);
    // Moving columns lives in the column menu and on Alt+Shift+arrows: the bar stays narrow.
    for (QAction *a : {m_remove, m_toShortlist, m_toCampaign, m_export, m_clear}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        bar->addWidget(button);
    }

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(10, 8, 4, 4);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_hint);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({640, 560}); // the chart needs room for its legend
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_search, &CreatorSearchBox::creatorChosen, this,
            [this](qint64 id) { addCreators({id}); });
    connect(m_chart, &TierChartWidget::creatorClicked, this, &CompareView::creatorClicked);
    connect(m_reader, &BackgroundReader::busyChanged, m_chart, &TierChartWidget::setBusy);
    setWorkspace(nullptr);
}

CompareView::~CompareView() = default;

void CompareView::createActions()
{
    m_remove = new QAction(tr("&Remove"), this);
    m_remove->setToolTip(tr("Remove the chosen creators from the comparison"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    connect(m_remove, &QAction::triggered, this, [this] {
        const QList<qint64> chosen = chosenIds();
        if (chosen.size() == m_ids.size() && m_table->selectionModel()->selectedColumns().isEmpty())
            return; // nothing chosen: never remove everything by accident
        QList<qint64> ids = m_ids;
        for (qint64 id : chosen)
            ids.removeAll(id);
        setCreators(ids);
    });
    m_moveLeft = new QAction(tr("Move &Left"), this);
    m_moveLeft->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left));
    m_moveLeft->setShortcutContext(Qt::WidgetShortcut);
    connect(m_moveLeft, &QAction::triggered, this, [this] {
        const int c = currentColumn();
        moveCreator(c, c - 1);
    });
    m_moveRight = new QAction(tr("Move R&ight"), this);
    m_moveRight->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right));
    m_moveRight->setShortcutContext(Qt::WidgetShortcut);
    connect(m_moveRight, &QAction::triggered, this, [this] {
        const int c = currentColumn();
        moveCreator(c, c + 1);
    });
    m_toShortlist = new QAction(tr("Add to &Shortlist…"), this);
    m_toShortlist->setToolTip(tr("Add the chosen creators (or all) to a shortlist"));
    connect(m_toShortlist, &QAction::triggered, this,
            [this] { emit addToShortlistRequested(chosenIds()); });
    m_toCampaign = new QAction(tr("Add to Cam&paign…"), this);
    m_toCampaign->setToolTip(tr("Add the chosen creators (or all) to a campaign's roster"));
    connect(m_toCampaign, &QAction::triggered, this,
            [this] { emit addToCampaignRequested(chosenIds()); });
    m_export = new QAction(tr("&Export CSV…"), this);
    connect(m_export, &QAction::triggered, this, &CompareView::exportInteractive);
    m_clear = new QAction(tr("C&lear"), this);
    connect(m_clear, &QAction::triggered, this, [this] { setCreators({}); });
}

void CompareView::setWorkspace(core::Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace->events(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_reader->setWorkspace(workspace);
    m_search->setWorkspace(workspace);
    m_ids.clear();
    if (workspace) {
        core::WorkspaceEvents *events = workspace->events();
        connect(events, &core::WorkspaceEvents::creatorsChanged, this, &CompareView::reload);
        connect(events, &core::WorkspaceEvents::settingsChanged, this, &CompareView::reload);
        connect(events, &core::WorkspaceEvents::creatorUpdated, this, [this](qint64 id) {
            if (m_ids.contains(id))
                reload();
        });
    }
    reload();
}

bool CompareView::isLoading() const
{
    return m_reader->isBusy();
}

void CompareView::setCreators(const QList<qint64> &ids)
{
    QList<qint64> unique;
    for (qint64 id : ids) {
        if (id > 0 && !unique.contains(id) && unique.size() < kMaxCreators)
            unique << id;
    }
    m_ids = unique;
    reload();
}

int CompareView::addCreators(const QList<qint64> &ids)
{
    QList<qint64> next = m_ids;
    int added = 0;
    int skipped = 0;
    for (qint64 id : ids) {
        if (id <= 0 || next.contains(id))
            continue;
        if (next.size() >= kMaxCreators) {
            ++skipped;
            continue;
        }
        next << id;
        ++added;
    }
    if (skipped > 0)
        emit statusMessage(tr("Compare holds up to %1 creators: %2 more not added.")
                               .arg(kMaxCreators)
                               .arg(skipped));
    if (added > 0) {
        m_ids = next;
        reload();
    }
    return added;
}

void CompareView::removeCreatorAt(int column)
{
    if (column < 0 || column >= m_ids.size())
        return;
    QList<qint64> ids = m_ids;
    ids.removeAt(column);
    setCreators(ids);
}

void CompareView::moveCreator(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_ids.size() || to >= m_ids.size() || from == to)
        return;
    m_ids.move(from, to);
    reload();
    m_table->setCurrentIndex(m_model->index(0, to));
}

void CompareView::reload()
{
    updateHint();
    if (!m_workspace) {
        m_reader->cancel();
        m_model->setComparison({}, {});
        m_chart->clear(tr("No workspace open."));
        updateActions();
        return;
    }
    // With nobody to compare yet the chart still shows the workspace, for context.
    const core::SettingsRepository settings(m_workspace->database());
    const auto storedScheme = settings.tierScheme();
    const core::TierScheme scheme = storedScheme ? *storedScheme : core::TierScheme();
    QMap<core::Platform, double> viewRates;
    for (core::Platform p : core::allPlatforms()) {
        if (const auto rate = settings.defaultViewRate(p))
            viewRates.insert(p, *rate);
    }
    core::TierChartOptions options;
    const auto currency = settings.defaultCurrency();
    options.feeCurrency = currency ? *currency : QStringLiteral("USD");
    options.highlightedIds = m_ids;
    const QList<qint64> ids = m_ids;
    m_reader->request(
        [ids, scheme, options](const QSqlDatabase &db) {
            Loaded out;
            const auto creators = ids.isEmpty() ? core::Result<QList<core::Creator>>(QList<core::Creator>())
                                                : core::CreatorRepository(db).getMany(ids);
            if (!creators) {
                out.error = creators.error();
                return out;
            }
            out.creators = *creators;
            const auto percentiles = ids.isEmpty()
                ? core::Result<QList<std::optional<double>>>(QList<std::optional<double>>())
                : core::erPercentilesInTier(db, scheme, out.creators);
            if (percentiles) {
                for (int i = 0; i < out.creators.size(); ++i) {
                    if (const auto p = percentiles->value(i))
                        out.percentiles.insert(out.creators[i].id, *p);
                }
            }
            // The chart shows the compared creators against the whole workspace.
            auto chart = core::buildTierChartData(db, scheme, {}, options);
            if (chart)
                out.chart = std::move(chart).value();
            else
                out.error = chart.error();
            return out;
        },
        [this, scheme, viewRates](const Loaded &loaded) {
            core::ComparisonContext context;
            context.scheme = scheme;
            context.defaultViewRates = viewRates;
            context.erPercentiles = loaded.percentiles;
            m_model->setComparison(loaded.creators,
                                   core::Comparison::rows(loaded.creators, context));
            if (loaded.error)
                m_chart->clear(tr("The chart could not be built: %1").arg(loaded.error.message));
            else
                m_chart->setData(loaded.chart);
            updateActions();
            updateHint();
        });
}

void CompareView::updateHint()
{
    QString text;
    if (m_ids.size() < core::Comparison::kMinCreators)
        text = tr("Add at least two creators: from the Creators page (Add to Comparison, "
                  "Ctrl+Shift+M), a shortlist (Open in Compare) or the search box above.")
            + u' ';
    text += tr("%1 best value in its row · %2 higher is better · %3 lower is better · unknown "
               "values never win; fees are compared within one currency.")
                .arg(ComparisonModel::bestMark(),
                     ComparisonModel::ruleMark(core::BetterWhen::Higher),
                     ComparisonModel::ruleMark(core::BetterWhen::Lower));
    m_hint->setText(text);
}

int CompareView::currentColumn() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.column() : -1;
}

QList<qint64> CompareView::chosenIds() const
{
    QList<qint64> out;
    for (const QModelIndex &index : m_table->selectionModel()->selectedColumns())
        out << m_ids.value(index.column());
    if (out.isEmpty() && currentColumn() >= 0 && m_table->selectionModel()->hasSelection())
        out << m_ids.value(currentColumn());
    if (out.isEmpty())
        return m_ids;
    std::sort(out.begin(), out.end(), [this](qint64 a, qint64 b) {
        return m_ids.indexOf(a) < m_ids.indexOf(b);
    });
    return out;
}

void CompareView::updateActions()
{
    const bool any = !m_ids.isEmpty();
    const int c = currentColumn();
    m_remove->setEnabled(any && m_table->selectionModel()->hasSelection());
    m_moveLeft->setEnabled(c > 0);
    m_moveRight->setEnabled(c >= 0 && c + 1 < m_ids.size());
    m_toShortlist->setEnabled(any);
    m_toCampaign->setEnabled(any);
    m_export->setEnabled(m_model->columnCount() > 0);
    m_clear->setEnabled(any);
}

void CompareView::showHeaderMenu(const QPoint &pos)
{
    const int column = m_table->horizontalHeader()->logicalIndexAt(pos);
    if (column < 0)
        return;
    if (!m_table->selectionModel()->isColumnSelected(column, {}))
        m_table->selectColumn(column);
    QMenu menu(this);
    menu.addAction(m_remove);
    menu.addAction(m_moveLeft);
    menu.addAction(m_moveRight);
    menu.addSeparator();
    menu.addAction(m_toShortlist);
    menu.addAction(m_toCampaign);
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

bool CompareView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (const core::Status s = core::ComparisonCsv::write(&file, m_model->creators(),
                                                          m_model->rows())) {
        file.cancelWriting();
        if (error)
            *error = s.message;
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void CompareView::exportInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Comparison"),
                                                      tr("comparison.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        MessageBox::warning(this, tr("Export Comparison"),
                            tr("The comparison could not be exported."), error);
    else
        emit statusMessage(tr("Exported the comparison to %1").arg(path));
}

} // namespace tierscope::ui
